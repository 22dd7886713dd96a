import { writeFile } from 'node:fs/promises';
import { test, expect, expectSaved, seedTender, tenderFile, expectNoSeriousViolations } from './fixtures';

test.describe('Accessibility', () => {
  test('every screen passes axe (no serious or critical violations)', async ({ page, api, workspace }) => {
    test.setTimeout(180_000); // about twenty axe runs
    await expectNoSeriousViolations(page, 'Tenders (empty)');

    await page.getByRole('button', { name: 'Create your first tender' }).click();
    const create = page.getByRole('dialog', { name: 'New tender' });
    await create.getByRole('button', { name: 'Create tender' }).click(); // with errors showing
    await expect(create.getByText('Title must not be empty', { exact: true })).toBeVisible();
    await expectNoSeriousViolations(page, 'New tender dialog with errors');
    await create.getByRole('button', { name: 'Cancel' }).click();

    const open = await seedTender(api, { title: 'Cleaning services', lots: ['Offices', 'Windows'] });
    await seedTender(api, { title: 'Road salt', reference: 'HW-9', buyer: 'County Highways' });
    const broken = await seedTender(api, { title: 'Broken' });
    await writeFile(tenderFile(workspace, broken.id), '\uFEFF{"not":"a tender"}');
    await page.reload();
    await expect(page.getByRole('region', { name: /damaged files? (was|were) set aside/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Road salt' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Tenders (list and damaged-file notice)');

    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeVisible();
    await expectNoSeriousViolations(page, 'tender actions menu');
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    await expect(page.getByRole('dialog', { name: 'Rename tender' })).toBeVisible();
    await expectNoSeriousViolations(page, 'Rename dialog');
    await page.getByRole('dialog', { name: 'Rename tender' }).getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete tender?' })).toBeVisible();
    await expect(page.getByRole('menu')).toBeHidden();
    await expectNoSeriousViolations(page, 'Delete confirmation');
    await page.getByRole('dialog', { name: 'Delete tender?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('“Road salt” was deleted.')).toBeVisible();
    await expectNoSeriousViolations(page, 'undo notice');

    await page.getByRole('link', { name: open.title }).click();
    await page.getByLabel('Description').fill('Some words');
    await expectSaved(page);
    // Every save is kept: the first save at creation and this edit, which is the current one.
    await expect(page.getByRole('region', { name: 'Backups' }).getByRole('listitem')).toHaveCount(2);
    await expectNoSeriousViolations(page, 'Tender details');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('');
    await expect(page.locator('#save-state')).toHaveText(/^Not saved/);
    await expectNoSeriousViolations(page, 'Tender details with an invalid field');
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(open.title);

    for (const name of ['Criteria', 'Clauses', 'Questions', 'Evaluation', 'Export', 'Settings']) {
      await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page, name);
    }
  });

  test('screens without an open tender say so and pass axe', async ({ page }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Tender details' }).click();
    await expect(page.getByText('No tender is open')).toBeVisible();
    await expectNoSeriousViolations(page, 'Tender details without a tender');
    await page.getByRole('navigation').getByRole('link', { name: 'Criteria' }).click();
    await expect(page.getByText('No tender is open')).toBeVisible();
    await expectNoSeriousViolations(page, 'Criteria without a tender');
  });

  test('a tender can be created, edited and undone with the keyboard alone', async ({ page }) => {
    // Skip link first, then into the page.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    const create = page.getByRole('button', { name: 'Create your first tender' });
    await create.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New tender' });
    await expect(dialog.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
    await page.keyboard.type('Keyboard tender');
    await page.keyboard.press('Tab'); // Reference
    await page.keyboard.type('KB-1');
    await page.keyboard.press('Enter'); // submits the form
    await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeFocused();
    // The form fills in once the new tender has loaded; focus must still be on the heading then.
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Keyboard tender');
    await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeFocused();

    // Tab to the title field and type; Ctrl+Z takes the burst back.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
    await page.keyboard.press('End');
    await page.keyboard.type(' 2027');
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Keyboard tender 2027');
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Keyboard tender');

    // The navigation is reachable and follows links with Enter.
    const criteria = page.getByRole('navigation').getByRole('link', { name: 'Criteria' });
    await criteria.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Criteria', level: 1 })).toBeFocused();
    await expect(page.getByText('Lots in “Keyboard tender”')).toBeVisible();

    // The actions menu works from the keyboard too.
    await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Actions for Keyboard tender' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: 'Open' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Rename tender' }).getByRole('textbox', { name: 'Title', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Rename tender' })).toBeHidden();
  });
});
