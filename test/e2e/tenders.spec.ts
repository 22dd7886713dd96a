import { test, expect, expectSaved, readTenderFile, seedTender, tenderIdsOnDisk } from './fixtures';

test.describe('Tenders home', () => {
  test('shows an empty state, then creates a tender that survives a reload and is written to disk', async ({ page, workspace }) => {
    await expect(page.getByText('No tenders yet')).toBeVisible();
    await page.getByRole('button', { name: 'Create your first tender' }).click();

    const dialog = page.getByRole('dialog', { name: 'New tender' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Cleaning services for council buildings');
    await dialog.getByLabel('Reference').fill('CC-2026-014');
    await dialog.getByLabel('Buying organisation').fill('Northfield City Council');
    await dialog.getByLabel('Lot 1 title').fill('Office cleaning');
    await dialog.getByRole('button', { name: 'Add lot' }).click();
    await expect(dialog.getByLabel('Lot 2 title')).toBeFocused();
    await dialog.getByLabel('Lot 2 title').fill('Window cleaning');
    await dialog.getByRole('button', { name: 'Create tender' }).click();

    // Creating opens the new tender.
    await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeVisible();
    await expect(page.getByTestId('open-tender-title')).toHaveText('Cleaning services for council buildings');
    const id = /#\/tender\/([^/]+)\/details/.exec(page.url())?.[1];
    expect(id).toBeTruthy();

    // Edit: every change autosaves.
    await page.getByLabel('Description').fill('Daily office cleaning and quarterly window cleaning for 14 buildings.');
    await page.getByLabel('Lot 2 title').fill('Window and façade cleaning');
    await expectSaved(page);
    await expect
      .poll(async () => {
        const file = await readTenderFile(workspace, id!);
        return file && { description: file.description, lots: file.lots.map((l) => l.title) };
      })
      .toEqual({
        description: 'Daily office cleaning and quarterly window cleaning for 14 buildings.',
        lots: ['Office cleaning', 'Window and façade cleaning'],
      });

    await page.reload();
    await expect(page.getByLabel('Description')).toHaveValue('Daily office cleaning and quarterly window cleaning for 14 buildings.');
    await expect(page.getByLabel('Lot 2 title')).toHaveValue('Window and façade cleaning');
    await expect(page.getByLabel('Reference')).toHaveValue('CC-2026-014');

    await page.getByRole('link', { name: 'Tenders', exact: true }).click();
    const row = page.getByRole('row', { name: /Cleaning services for council buildings/ });
    await expect(row).toContainText('CC-2026-014');
    await expect(row).toContainText('Northfield City Council');
    await expect(row.locator('time')).toHaveText('just now');
  });

  test('the create form shows each field’s error next to it and keeps what was typed', async ({ page }) => {
    await page.getByRole('button', { name: 'Create your first tender' }).click();
    const dialog = page.getByRole('dialog', { name: 'New tender' });
    await dialog.getByLabel('Reference').fill('REF-1');
    await dialog.getByLabel('Lot 1 title').fill('');
    await dialog.getByRole('button', { name: 'Create tender' }).click();

    await expect(dialog.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByText('Title must not be empty', { exact: true })).toBeVisible();
    await expect(dialog.getByText('Lot title must not be empty', { exact: true })).toBeVisible();
    await expect(dialog.getByLabel('Reference')).toHaveValue('REF-1');

    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('Catering');
    await expect(dialog.getByText('Title must not be empty', { exact: true })).toBeHidden();
    await dialog.getByLabel('Lot 1 title').fill('School meals');
    await dialog.getByRole('button', { name: 'Create tender' }).click();
    await expect(page.getByTestId('open-tender-title')).toHaveText('Catering');
  });

  test('renames, duplicates, and deletes with confirmation and an undo notice', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Laptops for schools' });
    await seedTender(api, { title: 'Road salt', reference: 'HW-9', buyer: 'County Highways' });
    await page.reload();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(3); // header + 2

    // Rename
    await page.getByRole('button', { name: 'Actions for Laptops for schools' }).click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename tender' });
    await expect(rename.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Laptops for schools');
    await rename.getByRole('textbox', { name: 'Title', exact: true }).fill('Laptops and tablets for schools');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(rename).toBeHidden();
    await expect(page.getByRole('link', { name: 'Laptops and tablets for schools' })).toBeVisible();
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.title).toBe('Laptops and tablets for schools');

    // Duplicate
    await page.getByRole('button', { name: 'Actions for Laptops and tablets for schools' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect(rows).toHaveCount(4);
    await expect(page.getByRole('link', { name: 'Laptops and tablets for schools (copy)' })).toBeVisible();
    await expect.poll(async () => (await tenderIdsOnDisk(workspace)).length).toBe(3);

    // Delete, confirm, then undo
    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete tender?' });
    await expect(confirm).toContainText('Road salt');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('link', { name: 'Road salt' })).toBeHidden();
    await expect.poll(async () => (await tenderIdsOnDisk(workspace)).length).toBe(2);

    const notice = page.getByRole('alert').filter({ hasText: 'was deleted' });
    await expect(notice).toContainText('“Road salt” was deleted.');
    await notice.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('link', { name: 'Road salt' })).toBeVisible();
    await expect.poll(async () => (await tenderIdsOnDisk(workspace)).length).toBe(3);

    // Cancelling the confirmation deletes nothing.
    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: 'Delete tender?' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('link', { name: 'Road salt' })).toBeVisible();
    expect((await tenderIdsOnDisk(workspace)).length).toBe(3);
  });

  test('renaming the open tender goes through its editor: saved, and undoable', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt' });
    await page.reload();
    await page.getByRole('link', { name: 'Road salt' }).click();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Road salt');
    await page.getByRole('link', { name: 'Tenders', exact: true }).click();

    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    await page.getByRole('dialog', { name: 'Rename tender' }).getByRole('textbox', { name: 'Title', exact: true }).fill('De-icing salt');
    await page.getByRole('dialog', { name: 'Rename tender' }).getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByTestId('open-tender-title')).toHaveText('De-icing salt');
    await expect(page.getByRole('link', { name: 'De-icing salt' })).toBeVisible();
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.title).toBe('De-icing salt');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByTestId('open-tender-title')).toHaveText('Road salt');
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.title).toBe('Road salt');
  });
});
