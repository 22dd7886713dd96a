import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousViolations, expectSaved, readTenderFile, saveState, seedTender } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });
const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });

test.describe('Keyboard shortcuts', () => {
  test('Ctrl+1 … Ctrl+7 go to the Tenders list and the open tender’s screens, in navigation order', async ({ page, api }) => {
    const tender = await seedTender(api, { title: 'Road salt 2027' });
    await page.reload();
    await page.getByRole('link', { name: tender.title }).click();
    await expect(heading(page, 'Tender details')).toBeVisible();
    const order = ['Tenders', 'Tender details', 'Criteria', 'Clauses', 'Questions', 'Evaluation', 'Export'];
    for (const [index, title] of [...order.entries()].reverse()) {
      await page.keyboard.press(`Control+${index + 1}`);
      await expect(heading(page, title)).toBeVisible();
      await expect(nav(page, title)).toHaveAttribute('aria-current', 'page');
    }
    // The tender stays open: Ctrl+3 from the list shows its criteria.
    await page.keyboard.press('Control+3');
    await expect(page).toHaveURL(new RegExp(`#/tender/${tender.id}/criteria$`));
  });

  test('Ctrl+N opens the new-tender dialog from any screen', async ({ page }) => {
    await nav(page, 'Settings').click();
    await expect(heading(page, 'Settings')).toBeVisible();
    await page.keyboard.press('Control+N');
    const dialog = page.getByRole('dialog', { name: 'New tender' });
    await expect(dialog).toBeVisible();
    await expect(heading(page, 'Tenders')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Winter road gritting');
    await dialog.getByRole('button', { name: 'Create tender' }).click();
    await expect(heading(page, 'Tender details')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Winter road gritting');
  });

  test('Ctrl+S saves the pending edit at once, without waiting for the autosave', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt 2027' });
    await page.reload();
    await page.getByRole('link', { name: tender.title }).click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await expect(title).toHaveValue(tender.title);
    // With the page's clock stopped the autosave timer never fires: only Ctrl+S can save.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await title.fill('De-icing salt 2027');
    await expect(saveState(page)).not.toHaveText(/^Saved/);
    expect((await readTenderFile(workspace, tender.id))?.title).toBe('Road salt 2027');
    await page.keyboard.press('Control+S');
    await expectSaved(page);
    expect((await readTenderFile(workspace, tender.id))?.title).toBe('De-icing salt 2027');
  });

  test('Ctrl+F focuses the screen’s search box where it has one, and otherwise opens a find bar that highlights matches', async ({
    page,
    api,
  }) => {
    const register = await api('suppliers.get', {});
    await api('suppliers.save', {
      supplier: { id: 'reg-acme', name: 'Acme Computers Ltd', identifiers: [], contacts: [], country: 'GB' },
      baseRevision: register.revision ?? 0,
    });
    const tender = await seedTender(api, { title: 'Road salt 2027', buyer: 'County of Example' });
    await page.reload();

    await nav(page, 'Suppliers').click();
    const supplierSearch = page.getByRole('searchbox', { name: 'Search suppliers' });
    // The register loads after the heading shows; until then the screen has no search box of its own.
    await expect(supplierSearch).toBeVisible();
    await page.keyboard.press('Control+F');
    await expect(supplierSearch).toBeFocused();

    await page.getByRole('link', { name: 'Tenders', exact: true }).first().click();
    await page.getByRole('link', { name: tender.title }).click();
    await nav(page, 'Clauses').click();
    await page.getByRole('tab', { name: 'Library' }).click();
    await page.keyboard.press('Control+F');
    await expect(page.getByRole('searchbox', { name: 'Search clauses' })).toBeFocused();

    await nav(page, 'Export').click();
    await expect(heading(page, 'Export')).toBeVisible();
    await page.keyboard.press('Control+F');
    const find = page.getByRole('textbox', { name: 'Find on this screen' });
    await expect(find).toBeFocused();
    await find.fill('export');
    await expect(page.getByTestId('find-count')).toHaveText(/^1 of \d+$/);
    const highlighted = await page.evaluate(() => CSS.highlights.get('tw-find')?.size ?? 0);
    expect(highlighted).toBeGreaterThan(0);
    await find.press('Enter');
    await expect(page.getByTestId('find-count')).toHaveText(highlighted > 1 ? `2 of ${highlighted}` : `1 of 1`);
    await find.fill('no such words on this screen');
    await expect(page.getByTestId('find-count')).toHaveText('No matches');
    await expectNoSeriousViolations(page, 'find bar');
    await find.press('Escape');
    await expect(find).toBeHidden();
    expect(await page.evaluate(() => CSS.highlights.has('tw-find'))).toBe(false);
  });

  test('Ctrl+? and the help button open the list of shortcuts', async ({ page }) => {
    await page.keyboard.press('Control+Shift+?');
    const list = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('row', { name: /New tender/ })).toBeVisible();
    await expect(list.getByRole('row', { name: /Go to Criteria/ })).toContainText('3');
    await expectNoSeriousViolations(page, 'keyboard shortcuts list');
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(list).toBeVisible();
  });

  test('Ctrl+P prints the open screen, and the print layout leaves out the navigation and header', async ({ page }) => {
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.keyboard.press('Control+P');
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
    await expect(page.locator('.tw-header')).toBeHidden();
    await expect(heading(page, 'Tenders')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  });
});
