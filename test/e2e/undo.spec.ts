import { test, expect, expectSaved, readTenderFile, saveState, seedTender } from './fixtures';
import type { Page } from '@playwright/test';

async function openTender(page: Page, title: string) {
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title);
}

test.describe('Undo and redo', () => {
  test('Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y step through field edits, one burst of typing at a time, and autosave', async ({
    page,
    api,
    workspace,
  }) => {
    const tender = await seedTender(api, { title: 'Road salt', reference: 'HW-9' });
    await page.reload();
    await openTender(page, 'Road salt');

    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    const reference = page.getByLabel('Reference');
    // A burst of keystrokes in one field...
    await title.click();
    await title.press('End');
    await title.pressSequentially(' and grit');
    // ...then another field.
    await reference.click();
    await reference.press('End');
    await reference.pressSequentially('-2027');
    await expect(title).toHaveValue('Road salt and grit');
    await expect(reference).toHaveValue('HW-9-2027');
    await expectSaved(page);

    // One undo reverts the whole reference burst (not one character), with focus still in the field.
    await page.keyboard.press('Control+z');
    await expect(reference).toHaveValue('HW-9');
    await expect(title).toHaveValue('Road salt and grit');
    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('Road salt');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();

    // Undo saves too.
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.title).toBe('Road salt');
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.reference).toBe('HW-9');

    await page.keyboard.press('Control+Shift+z');
    await expect(title).toHaveValue('Road salt and grit');
    await page.keyboard.press('Control+y');
    await expect(reference).toHaveValue('HW-9-2027');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Redo' })).toBeDisabled();
    await expectSaved(page);
    await expect
      .poll(async () => {
        const file = await readTenderFile(workspace, tender.id);
        return file && [file.title, file.reference];
      })
      .toEqual(['Road salt and grit', 'HW-9-2027']);

    // A new edit after an undo drops the redo history.
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Redo' })).toBeEnabled();
    await title.fill('Winter road maintenance');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Redo' })).toBeDisabled();
  });

  test('the header buttons undo and redo lot changes, and a tender keeps at least one lot', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'School meals', lots: ['Primary schools'] });
    await page.reload();
    await openTender(page, 'School meals');

    await expect(page.getByRole('button', { name: 'Remove lot 1' })).toBeDisabled();
    await page.getByRole('button', { name: 'Add lot' }).click();
    const lot2 = page.getByLabel('Lot 2 title');
    await expect(lot2).toBeFocused();
    await lot2.fill('Secondary schools');
    await expectSaved(page);
    await expect
      .poll(async () => (await readTenderFile(workspace, tender.id))?.lots.map((l) => l.title))
      .toEqual(['Primary schools', 'Secondary schools']);

    await page.getByRole('button', { name: 'Remove lot 1' }).click();
    await expect(page.getByLabel('Lot 1 title')).toHaveValue('Secondary schools');
    await expect(page.getByLabel('Lot 2 title')).toHaveCount(0);
    await expectSaved(page);

    await page.getByRole('banner').getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Lot 1 title')).toHaveValue('Primary schools');
    await expect(page.getByLabel('Lot 2 title')).toHaveValue('Secondary schools');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.lots.length).toBe(2);

    await page.getByRole('banner').getByRole('button', { name: 'Redo' }).click();
    await expect(page.getByLabel('Lot 2 title')).toHaveCount(0);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.lots.map((l) => l.title)).toEqual(['Secondary schools']);
  });

  test('an invalid edit is not saved, says why, keeps the typing, and saves once fixed', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt' });
    await seedTender(api, { title: 'School meals' });
    await page.reload();
    await openTender(page, 'Road salt');

    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('');
    await expect(saveState(page)).toHaveText('Not saved: Title must not be empty');
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Description').fill('Typed while the title was empty');
    await expect(saveState(page)).toHaveText('Not saved: Title must not be empty');
    await expect(page.getByLabel('Description')).toHaveValue('Typed while the title was empty');
    expect((await readTenderFile(workspace, tender.id))?.title).toBe('Road salt');

    // Opening another tender now would throw the typing away: refused, with the reason.
    await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
    await page.getByRole('link', { name: 'School meals' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The other tender was not opened' })).toContainText('Title must not be empty');
    await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Description')).toHaveValue('Typed while the title was empty');
    expect(page.url()).toContain(`#/tender/${tender.id}/details`);

    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Road salt 2027');
    await expectSaved(page);
    await expect
      .poll(async () => {
        const file = await readTenderFile(workspace, tender.id);
        return file && [file.title, file.description];
      })
      .toEqual(['Road salt 2027', 'Typed while the title was empty']);

    await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
    await page.getByRole('link', { name: 'School meals' }).click();
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('School meals');
  });

  test('a failed save shows the error, keeps the typing, and Retry saves it', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt' });
    await page.reload();
    await openTender(page, 'Road salt');

    // The host goes away for a moment: saves fail.
    await page.route('**/api/tenders.save', (route) => route.abort('connectionrefused'));
    await page.getByLabel('Description').fill('Kept even though the save failed');
    await expect(saveState(page)).toContainText('Error: not saved.');
    await expect(page.getByLabel('Description')).toHaveValue('Kept even though the save failed');

    await page.unroute('**/api/tenders.save');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('Kept even though the save failed');
  });
});
