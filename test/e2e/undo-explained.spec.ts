import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentOf, type Tender } from '../../shared/model/tender';
import { newCriterion } from '../../shared/model/criteria';
import { addClause } from '../../shared/clauses/instances';
import { selectQuestions } from '../../shared/rules/qaAnswers';
import { test, expect, expectNoSeriousViolations, expectSaved, readTenderFile, seedTender, type Api } from './fixtures';

const nameOf = (page: Page, position: string) => page.getByRole('textbox', { name: `Name of criterion ${position}`, exact: true });
const weightOf = (page: Page, position: string) =>
  page.getByRole('textbox', { name: `Weight of criterion ${position}, in percent`, exact: true });
const toast = (page: Page) => page.getByRole('alert').filter({ has: page.getByTestId('undo-toast-text') });
const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

/** A tender of two lots; the second has three criteria. */
async function seedCriteria(api: Api): Promise<Tender> {
  const created = await seedTender(api, { title: 'Tin and tungsten parts', lots: ['Fasteners', 'Circuit boards'] });
  const content = contentOf(created);
  const criteria = [
    newCriterion('price', { id: 'crit-price', name: 'Total price', weight: 6000 }),
    newCriterion('quality', { id: 'crit-quality', name: 'Delivery plan', weight: 3000 }),
    newCriterion('social', { id: 'crit-minerals', name: 'Responsible minerals', weight: 1000 }),
  ];
  return api('tenders.save', {
    id: created.id,
    content: { ...content, lots: content.lots.map((lot, i) => (i === 1 ? { ...lot, criteria } : lot)) },
  });
}

async function openCriteriaOfSecondLot(page: Page, title: string) {
  await page.reload();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title);
  await nav(page, 'Criteria').click();
  await page.getByRole('tab', { name: /Circuit boards/ }).click();
  await expect(nameOf(page, '3')).toHaveValue('Responsible minerals');
}

test.describe('Undo that shows what it does', () => {
  test('Ctrl+Z on another screen goes back to the criterion, undoes its rename, says so, and Redo redoes it', async ({
    page,
    api,
    workspace,
  }) => {
    const tender = await seedCriteria(api);
    await openCriteriaOfSecondLot(page, tender.title);

    await nameOf(page, '3').fill('Due diligence on minerals');
    await expectSaved(page);
    await nav(page, 'Tender details').click();
    await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeFocused();
    // The first lot's tab is where the Criteria screen would open by itself.
    await page.keyboard.press('Control+z');

    await expect(page.getByRole('heading', { name: 'Criteria', level: 1 })).toBeVisible();
    await expect(page.getByRole('tab', { name: /Circuit boards/ })).toHaveAttribute('aria-selected', 'true');
    await expect(nameOf(page, '3')).toHaveValue('Responsible minerals');
    await expect(nameOf(page, '3')).toBeFocused();
    await expect(toast(page)).toHaveCount(1);
    // A pointer over a toast keeps it open (as for a user reaching for its button), whatever the checks below take.
    await toast(page).hover();
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Undid: name of criterion “Due diligence on minerals”');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.lots[1]?.criteria[2]?.name).toBe('Responsible minerals');
    await expectNoSeriousViolations(page, 'the Criteria screen with the undo toast');

    await toast(page).getByRole('button', { name: 'Redo' }).click();
    await expect(nameOf(page, '3')).toHaveValue('Due diligence on minerals');
    // The redo replaces the undo's toast rather than stacking another.
    await expect(toast(page)).toHaveCount(1);
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Redid: name of criterion “Due diligence on minerals”');
    await expectSaved(page);
    await expect
      .poll(async () => (await readTenderFile(workspace, tender.id))?.lots[1]?.criteria[2]?.name)
      .toBe('Due diligence on minerals');
  });

  test('Ctrl+Z of a clause parameter opens that clause and focuses the parameter', async ({ page, api, workspace }) => {
    const created = await seedTender(api, { title: 'Tin and tungsten parts' });
    const library = await api('library.get', {});
    let clauses = created.clauses;
    for (const title of ['Disclosure of production sites (Tier 1)', 'Disclosure of component suppliers (Tier 2)']) {
      const entry = library.clauses.find((c) => c.versions.some((v) => v.title === title))!;
      const added = addClause(clauses, entry);
      if (!added.ok) throw new Error(added.message);
      clauses = added.value;
    }
    const tender = await api('tenders.save', { id: created.id, content: { ...contentOf(created), clauses } });
    await page.reload();
    await page.getByRole('link', { name: tender.title }).click();
    await nav(page, 'Clauses').click();
    const rows = page.getByTestId('clause-row').locator('.tw-row-select');
    const editor = page.getByTestId('clause-editor');
    await rows.nth(0).click();
    const days = editor.getByRole('textbox', { name: 'Days to disclose after award' });
    await expect(days).toHaveValue('30');
    await days.fill('45');
    await expectSaved(page);
    // Another clause open, then another screen.
    await rows.nth(1).click();
    await expect(days).toBeHidden();
    await nav(page, 'Tender details').click();

    await page.keyboard.press('Control+z');
    await expect(page.getByRole('heading', { name: 'Clauses', level: 1 })).toBeVisible();
    await expect(days).toHaveValue('30');
    await expect(days).toBeFocused();
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText(
      'Undid: parameter “Days to disclose after award” of clause “Disclosure of production sites (Tier 1)”',
    );
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.clauses[0]?.values.days_to_disclose).toBe(30);
  });

  test('Ctrl+Z of a removed question brings it back on the Questions screen, focused', async ({ page, api, workspace }) => {
    const created = await seedTender(api, { title: 'Tin and tungsten parts' });
    const library = await api('library.get', {});
    const [first, second] = library.questions.builtin;
    const qa = selectQuestions(created.qa, [first!, second!]).qa;
    const tender = await api('tenders.save', { id: created.id, content: { ...contentOf(created), qa } });
    await page.reload();
    await page.getByRole('link', { name: tender.title }).click();
    await nav(page, 'Questions').click();
    await expect(page.getByTestId('selected-question')).toHaveCount(2);
    await page.getByRole('button', { name: 'Remove Q1 from the Q&A' }).click();
    await expect(page.getByTestId('selected-question')).toHaveCount(1);
    await expectSaved(page);
    await page.getByRole('tab', { name: /Suppliers and answers/ }).click();
    await nav(page, 'Tender details').click();

    await page.keyboard.press('Control+z');
    await expect(page.getByRole('heading', { name: 'Questions', level: 1 })).toBeVisible();
    await expect(page.getByRole('tab', { name: /Selected questions/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('selected-question')).toHaveCount(2);
    await expect(page.locator(`#sel-q-${first!.id}`)).toBeFocused();
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText(/^Undid: removing question “/);
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.qa.questions.length).toBe(2);
  });

  test('a weight preset is one step: one Ctrl+Z puts every weight back', async ({ page, api, workspace }) => {
    const tender = await seedCriteria(api);
    await openCriteriaOfSecondLot(page, tender.title);

    await page.getByRole('button', { name: 'Weight presets' }).click();
    await page.getByRole('menuitem', { name: /Price 50/ }).click();
    await page
      .getByRole('dialog', { name: /^Apply/ })
      .getByRole('button', { name: 'Apply preset' })
      .click();
    await expect(weightOf(page, '1')).toHaveValue('50.00');
    await expectSaved(page);

    await page.getByRole('heading', { name: 'Criteria', level: 1 }).focus();
    await page.keyboard.press('Control+z');
    await expect(weightOf(page, '1')).toHaveValue('60.00');
    await expect(weightOf(page, '2')).toHaveValue('30.00');
    await expect(weightOf(page, '3')).toHaveValue('10.00');
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText(/^Undid: weight of criterion “Total price” and \d+ more changes$/);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();
    await expectSaved(page);
    await expect
      .poll(async () => (await readTenderFile(workspace, tender.id))?.lots[1]?.criteria.map((c) => c.weight))
      .toEqual([6000, 3000, 1000]);

    // Balancing the remaining weight is one step too, apart from the typing before it.
    await weightOf(page, '1').fill('50');
    await page.getByRole('button', { name: 'More actions for criterion 3', exact: true }).click();
    await page.getByRole('menuitem', { name: /Balance remaining weight/ }).click();
    await expect(weightOf(page, '3')).toHaveValue('20.00');
    await page.keyboard.press('Control+z');
    await expect(weightOf(page, '3')).toHaveValue('10.00');
    await expect(weightOf(page, '1')).toHaveValue('50.00');
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Undid: weight of criterion “Responsible minerals”');
  });

  test('a paste is one step of its own, apart from the typing before it', async ({ page, api }) => {
    await seedTender(api, { title: 'Road salt' });
    await page.reload();
    await page.getByRole('link', { name: 'Road salt' }).click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await expect(title).toHaveValue('Road salt');
    await title.click();
    await title.press('End');
    await title.pressSequentially(' and grit');
    // A paste as the browser makes it: the paste event, then the text goes in.
    await title.evaluate((field) => field.dispatchEvent(new ClipboardEvent('paste', { bubbles: true })));
    await page.keyboard.insertText(' for the winter');
    await expect(title).toHaveValue('Road salt and grit for the winter');

    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('Road salt and grit');
    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('Road salt');
  });

  test('on the Tenders list, Ctrl+Z undoes the delete and leaves the open tender’s content alone', async ({ page, api, workspace }) => {
    const open = await seedTender(api, { title: 'Road salt' });
    const other = await seedTender(api, { title: 'School meals' });
    await page.reload();
    await page.getByRole('link', { name: 'Road salt' }).click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await expect(title).toHaveValue('Road salt');
    await title.fill('Road salt and grit');
    await expectSaved(page);

    await nav(page, 'Tenders').click();
    await page.getByRole('button', { name: 'Actions for School meals' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('dialog', { name: 'Delete tender?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('link', { name: 'School meals' })).toBeHidden();
    await expect.poll(async () => readTenderFile(workspace, other.id)).toBeUndefined();

    await page.getByRole('heading', { name: 'Tenders', level: 1 }).focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('link', { name: 'School meals' })).toBeVisible();
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Undid: deleting tender “School meals”');
    await expect.poll(async () => (await readTenderFile(workspace, other.id))?.title).toBe('School meals');
    // The open tender keeps its edit and its own undo history.
    expect((await readTenderFile(workspace, open.id))?.title).toBe('Road salt and grit');
    await expect(page.getByTestId('open-tender-title')).toHaveText('Road salt and grit');
    await expectNoSeriousViolations(page, 'the Tenders list with the undo toast');

    await page.keyboard.press('Control+Shift+z');
    await expect(page.getByRole('link', { name: 'School meals' })).toBeHidden();
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Redid: deleting tender “School meals”');
    await toast(page).getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('link', { name: 'School meals' })).toBeVisible();

    await nav(page, 'Tender details').click();
    await expect(title).toHaveValue('Road salt and grit');
    await page.keyboard.press('Control+z');
    await expect(title).toHaveValue('Road salt');
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Undid: tender title');
  });

  test('on the Tenders list, Ctrl+Z renames back and takes a duplicate away', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt' });
    await page.reload();
    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await page.getByRole('menuitem', { name: 'Rename…' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename tender' });
    await rename.getByRole('textbox', { name: 'Title', exact: true }).fill('De-icing salt');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(page.getByRole('link', { name: 'De-icing salt' })).toBeVisible();

    await page.getByRole('heading', { name: 'Tenders', level: 1 }).focus();
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('link', { name: 'Road salt' })).toBeVisible();
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Undid: renaming “Road salt” to “De-icing salt”');
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.title).toBe('Road salt');

    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await page.getByRole('menuitem', { name: 'Duplicate' }).click();
    await expect(page.getByRole('link', { name: /Road salt \(copy\)/ })).toBeVisible();
    await page.getByRole('heading', { name: 'Tenders', level: 1 }).focus();
    await page.keyboard.press('Control+z');
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Undid: duplicating “Road salt”');
    await expect(page.getByRole('link', { name: /Road salt \(copy\)/ })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Road salt', exact: true })).toBeVisible();
  });

  test('on Settings, Ctrl+Z undoes the last save of the settings, on disk too', async ({ page, workspace }) => {
    await nav(page, 'Settings').click();
    const organisation = page.getByRole('textbox', { name: 'Organisation name' });
    await expect(organisation).toHaveValue('');
    await organisation.fill('City of Example');
    await expect(page.getByTestId('settings-save-state')).toHaveText(/^Saved at /);
    const settingsFile = join(workspace, 'settings.json');
    // Until the first save there is no file (the defaults apply).
    const organisationOnDisk = () =>
      readFile(settingsFile, 'utf8').then(
        (text) => JSON.parse(text).organisation as string,
        () => 'no settings file yet',
      );
    await expect.poll(organisationOnDisk).toBe('City of Example');

    await page.getByRole('heading', { name: 'Settings', level: 1 }).focus();
    await page.keyboard.press('Control+z');
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Undid: organisation name');
    await expect(organisation).toHaveValue('');
    await expect.poll(organisationOnDisk).toBe('');

    await page.keyboard.press('Control+y');
    await expect(organisation).toHaveValue('City of Example');
    await expect.poll(organisationOnDisk).toBe('City of Example');
  });

  test('after a reload, Ctrl+Z still undoes the last edit of the open tender', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt', description: '' });
    await page.reload();
    await page.getByRole('link', { name: 'Road salt' }).click();
    const description = page.getByLabel('Description');
    await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Road salt');
    await description.fill('Rock salt for 40 km of roads');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('Rock salt for 40 km of roads');

    await page.reload();
    await expect(description).toHaveValue('Rock salt for 40 km of roads');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeEnabled();
    await page.keyboard.press('Control+z');
    await expect(description).toHaveValue('');
    await expect(description).toBeFocused();
    await expect(toast(page).getByTestId('undo-toast-text')).toHaveText('Undid: description');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('');
  });

  test('when the browser’s storage is full, edits still save and undo still works', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt', description: '' });
    await page.reload();
    // Fill this origin's localStorage until the browser refuses more.
    const filled = await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      let count = 0;
      while (chunk.length > 0) {
        try {
          localStorage.setItem(`filler-${count}`, chunk);
          count += 1;
        } catch {
          chunk = chunk.slice(0, Math.floor(chunk.length / 2));
        }
      }
      return count;
    });
    expect(filled).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Road salt' }).click();
    const description = page.getByLabel('Description');
    await description.fill('Rock salt for 40 km of roads');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('Rock salt for 40 km of roads');
    await page.keyboard.press('Control+z');
    await expect(description).toHaveValue('');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('');
  });

  test('a history kept from before a colleague’s save is dropped, not applied to their version', async ({ page, api }) => {
    const tender = await seedTender(api, { title: 'Road salt', description: '' });
    await page.reload();
    await page.getByRole('link', { name: 'Road salt' }).click();
    const description = page.getByLabel('Description');
    await description.fill('Mine');
    await expectSaved(page);
    await nav(page, 'Tenders').click();
    // A colleague saves the tender while it is not open here.
    const current = await api('tenders.get', { id: tender.id });
    await api('tenders.save', { id: tender.id, content: { ...contentOf(current), description: 'Theirs' }, baseRevision: current.revision });

    await page.reload();
    await page.getByRole('link', { name: 'Road salt' }).click();
    await expect(description).toHaveValue('Theirs');
    await expect(page.getByRole('banner').getByRole('button', { name: 'Undo' })).toBeDisabled();
    await page.keyboard.press('Control+z');
    await expect(description).toHaveValue('Theirs');
  });
});
