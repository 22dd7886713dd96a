import { test, expect, tenderIdsOnDisk } from './fixtures';

test.describe('Security', () => {
  test('the API refuses calls without the token or with a wrong one, and does nothing', async ({ request, token, workspace }) => {
    const body = { title: 'Should not exist', reference: '', buyer: '', lots: ['Lot 1'] };

    const missing = await request.post('/api/tenders.list', { data: {} });
    expect(missing.status()).toBe(401);
    expect((await missing.json()).ok).toBe(false);

    const wrong = await request.post('/api/tenders.list', { headers: { 'x-tenderwright-token': `${token}x` }, data: {} });
    expect(wrong.status()).toBe(401);

    const sneaky = await request.post('/api/tenders.create', { headers: { 'x-tenderwright-token': 'not-the-token' }, data: body });
    expect(sneaky.status()).toBe(401);
    expect(await tenderIdsOnDisk(workspace)).toEqual([]);

    const right = await request.post('/api/tenders.list', { headers: { 'x-tenderwright-token': token }, data: {} });
    expect(right.status()).toBe(200);
    expect(await right.json()).toEqual({ ok: true, data: [] });
  });

  test('the page has no Node or Electron internals', async ({ page }) => {
    const exposed = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { require: typeof w.require, process: typeof w.process, ipcRenderer: typeof w.ipcRenderer };
    });
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' });
  });

  test('the page runs under the strict CSP without a single violation on any screen', async ({ page, cspViolations }) => {
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain('unsafe-inline');

    // Modals, menus, notifications and tooltips are where UI libraries like to inject <style> tags.
    await page.getByRole('button', { name: 'Create your first tender' }).click();
    const dialog = page.getByRole('dialog', { name: 'New tender' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Road salt');
    await dialog.getByRole('button', { name: 'Create tender' }).click();
    await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).hover();
    await page.getByLabel('Description').fill('Autosize grows this field');
    for (const name of ['Criteria', 'Clauses', 'Questions', 'Evaluation', 'Export', 'Settings', 'Tenders']) {
      await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: 'Delete tender?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('“Road salt” was deleted.')).toBeVisible();

    expect(await page.locator('style').count()).toBe(0);
    expect(cspViolations).toEqual([]);
  });
});
