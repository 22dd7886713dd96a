/**
 * The history a user can trust, in the browser: each backup says when, who and what changed; a
 * version can be pinned under a name and unpinned; Settings › History changes how long saves are kept.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Tender } from '../../shared/model/tender';
import { test, expect, expectNoSeriousViolations, expectSaved, seedTender } from './fixtures';

test.describe('History', () => {
  test('backups say what changed, and a version can be pinned and unpinned', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt' });
    await page.reload();
    await page.getByRole('link', { name: 'Road salt' }).click();
    const backups = page.getByRole('region', { name: 'Backups' });
    const items = backups.getByRole('listitem');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('The oldest version kept.');

    await page.getByLabel('Description').fill('Gritting for the winter');
    await expectSaved(page);
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('Tender details: description changed');
    await expect(backups.getByTestId('backup-usage')).toHaveText(/^2 versions · [\d.,]+ KB$/);

    await items.nth(1).getByRole('button', { name: 'Pin…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pin this version' });
    await expect(dialog).toBeVisible();
    await expectNoSeriousViolations(page, 'Pin dialog');
    await dialog.getByRole('button', { name: 'Pin' }).click();
    await expect(dialog).toContainText('Give the version a name');
    await dialog.getByLabel('Name').fill('Sent to legal');
    await dialog.getByRole('button', { name: 'Pin' }).click();
    await expect(dialog).toBeHidden();
    await expect(items.nth(1)).toContainText('Pinned: Sent to legal');
    await expectNoSeriousViolations(page, 'Backups with a pinned version');
    const marksFile = join(workspace, 'backups', tender.id, 'marks.json');
    const marks = JSON.parse(await readFile(marksFile, 'utf8')) as { marks: Record<string, { pin?: { name: string } }> };
    expect(Object.values(marks.marks).map((m) => m.pin?.name)).toEqual(['Sent to legal']);

    await items.nth(1).getByRole('button', { name: 'Unpin' }).click();
    await expect(items.nth(1)).not.toContainText('Pinned');
    await expect(items.nth(1).getByRole('button', { name: 'Pin…' })).toBeVisible();
  });

  test('Settings › History changes how long saves are kept, and refuses a value that makes no sense', async ({ page, workspace }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    const section = page.getByRole('region', { name: 'History' });
    const keepAll = section.getByRole('textbox', { name: /Keep every save for/ });
    await expect(keepAll).toHaveValue('15');
    await keepAll.fill('0');
    await expect(section).toContainText('Keeping every save must be at least 1 minute');
    await expect(page.getByTestId('settings-save-state')).toContainText('Not saved: ');
    await expectNoSeriousViolations(page, 'History settings with an error');
    await keepAll.fill('60');
    await expect(page.getByTestId('settings-save-state')).toHaveText(/^Saved at /);
    const history = async () =>
      (JSON.parse(await readFile(join(workspace, 'settings.json'), 'utf8')) as { history: Record<string, number> }).history;
    await expect.poll(history).toEqual({ keepAllMinutes: 60, tenMinuteSlotsHours: 24, hourlyDays: 7, dailyDays: 90 });
  });
});

test.describe('An earlier version', () => {
  test('pinned, compared with the current version, and one clause copied back from it', async ({ page, api, workspace }) => {
    const fixture = JSON.parse(await readFile(join(__dirname, '../fixtures/tenders/small-tender.json'), 'utf8')) as {
      clauses: Tender['clauses'];
    };
    const clause = fixture.clauses[0]!;
    const created = await seedTender(api, { title: 'Workwear 2027' });
    const {
      schemaVersion: _v,
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      revision: _r,
      contentRevision: _cr,
      savedBy: _s,
      ...content
    } = created;
    const withClause = await api('tenders.save', {
      id: created.id,
      content: { ...content, clauses: [{ ...clause, order: 0 }] },
      baseRevision: created.revision,
    });
    // Later the clause was taken out, and the title changed.
    await api('tenders.save', {
      id: created.id,
      content: { ...content, title: 'Workwear 2027 (final)', clauses: [] },
      baseRevision: withClause.revision,
    });

    await page.reload();
    await page.getByRole('link', { name: 'Workwear 2027 (final)' }).click();
    const items = page.getByRole('region', { name: 'Backups' }).getByRole('listitem');
    await expect(items).toHaveCount(3);
    await expect(items.first()).toContainText('1 clause removed');
    const withClauseItem = items.filter({ hasText: `Revision ${withClause.revision}` });

    await withClauseItem.getByRole('button', { name: 'Pin…' }).click();
    const pinDialog = page.getByRole('dialog', { name: 'Pin this version' });
    await pinDialog.getByLabel('Name').fill('Sent to legal');
    await pinDialog.getByRole('button', { name: 'Pin' }).click();
    await expect(withClauseItem).toContainText('Pinned: Sent to legal');

    await withClauseItem.getByRole('button', { name: 'Compare' }).click();
    const compare = page.getByRole('dialog', { name: 'Compare “Sent to legal” with the current version' });
    await expect(compare.getByRole('heading', { name: 'Tender details' })).toBeVisible();
    await expect(compare.getByRole('heading', { name: 'Contract clauses' })).toBeVisible();
    await expect(compare.getByRole('row', { name: /Title/ })).toContainText('Workwear 2027 (final)');
    await expectNoSeriousViolations(page, 'Comparison with an earlier version');
    await compare.getByRole('button', { name: `Bring back Clause “${clause.frozen.title}”` }).click();
    await expect(page.getByText(`Clause “${clause.frozen.title}” is taken from “Sent to legal”`)).toBeVisible();
    // Copied: that clause no longer differs; the title, which was not copied, still does.
    await expect(compare.getByRole('heading', { name: 'Contract clauses' })).toBeHidden();
    await expect(compare.getByRole('heading', { name: 'Tender details' })).toBeVisible();
    await compare.getByRole('button', { name: 'Done' }).click();
    await expectSaved(page);

    const onDisk = JSON.parse(await readFile(join(workspace, 'tenders', `${created.id}.json`), 'utf8')) as Tender;
    expect(onDisk.title).toBe('Workwear 2027 (final)');
    expect(onDisk.clauses.map((c) => [c.id, c.values])).toEqual([[clause.id, clause.values]]);
  });
});
