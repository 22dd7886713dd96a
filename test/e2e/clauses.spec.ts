import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, expectNoSeriousViolations, expectSaved, openTenderScreen, readTenderFile, type Api } from './fixtures';

const openClauses = (page: Page, api: Api, buyer = 'City of Example') =>
  openTenderScreen(page, api, 'Clauses', { title: 'Laptops for schools', buyer });

const libraryCard = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
const rows = (page: Page) => page.getByTestId('clause-row').locator('.tw-row-select');
const editor = (page: Page) => page.getByTestId('clause-editor');
const preview = (page: Page) => editor(page).getByTestId('clause-preview');

const FIVE = [
  'Disclosure of production sites (Tier 1)',
  'Disclosure of component suppliers (Tier 2)',
  'Sharing disclosed data with the monitoring organisation',
  'Periodic confirmation of the disclosure',
  'Disclosure of audit findings',
];

test.describe('Clauses', () => {
  test('five disclosure clauses: add, fill parameters, preview, reorder, leverage coverage; the file on disk holds it', async ({
    page,
    api,
    workspace,
  }) => {
    test.setTimeout(240_000); // six axe runs on a busy machine
    const tender = await openClauses(page, api);

    // An empty tender opens on the library.
    await expect(page.getByRole('tab', { name: 'Library' })).toHaveAttribute('aria-selected', 'true');
    await expectNoSeriousViolations(page, 'clause library');

    // Search by text and by tag.
    await page.getByLabel('Search clauses').fill('factories');
    await expect(libraryCard(page, FIVE[0]!)).toBeVisible();
    await page.getByLabel('Topic').selectOption({ label: 'Tier 2 disclosure' });
    await expect(libraryCard(page, FIVE[0]!)).toBeHidden();
    await expect(libraryCard(page, FIVE[1]!)).toBeVisible();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.getByLabel('Leverage category').selectOption('E');
    await expect(page.getByTestId('library-clause').first()).toContainText('E · Multi-stakeholder collaboration');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();

    for (const [i, title] of FIVE.entries()) {
      await libraryCard(page, title).getByRole('button', { name: 'Add to tender' }).click();
      await expect(page.getByRole('tab', { name: `Tender clauses (${i + 1})` })).toBeVisible();
    }
    await expect(libraryCard(page, FIVE[0]!)).toContainText('In this tender as clause 1');

    await page.getByRole('tab', { name: 'Tender clauses (5)' }).click();
    await expect(rows(page)).toHaveText(FIVE.map((t, i) => `${i + 1} ${t}`));

    // Clause 1: a number parameter given text is refused with a message naming the parameter.
    await rows(page).nth(0).click();
    const days = editor(page).getByRole('textbox', { name: 'Days to disclose after award' });
    await expect(days).toHaveValue('30');
    await days.fill('thirty');
    await expect(editor(page).getByText('Days to disclose after award must be a number, but "thirty" is not a number.')).toBeVisible();
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await expect(preview(page).locator('mark')).toContainText('[Days to disclose after award]');
    await days.fill('45');
    await expect(days).not.toHaveAttribute('aria-invalid', 'true');
    await editor(page).getByLabel('Format of the list').selectOption({ label: 'Open data format' });
    // The buyer is pre-filled with the tender's buying organisation.
    await expect(preview(page)).toContainText('Within 45 days of contract award, the Supplier shall give City of Example a complete list');
    await expect(preview(page)).toContainText('delivered in an open, machine-readable data format agreed between the parties');
    await expect(preview(page)).toContainText('1.1');
    await expect(preview(page)).toContainText('(a)');
    await expect(preview(page).locator('mark')).toHaveCount(0);

    // Clause 3: an unfilled text parameter is highlighted in the preview until filled.
    await rows(page).nth(2).click();
    await expect(preview(page).locator('mark').first()).toContainText('[');
    await expect(
      editor(page)
        .getByText(/is not filled in/)
        .first(),
    ).toBeVisible();
    await expectNoSeriousViolations(page, 'clause editor with findings');
    await editor(page).getByRole('textbox', { name: 'Monitoring organisation' }).fill('Electronics Watch');
    await expect(preview(page).locator('mark')).toHaveCount(0);
    await expect(preview(page)).toContainText('Electronics Watch');

    // Clause 4: a date and a number.
    await rows(page).nth(3).click();
    await editor(page).getByLabel('First confirmation due').fill('2027-03-01');
    await expect(preview(page)).toContainText('1 March 2027');

    // Reorder with the keyboard (dnd-kit): clause 5 up one place, then with the Move up button to the top.
    const handle = page.getByRole('button', { name: `Drag to reorder clause 5, ${FIVE[4]}` });
    const announced = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toHaveCount(1);
    await handle.focus();
    await page.keyboard.press('Space');
    await announced('is over position 5 of 5');
    await page.keyboard.press('ArrowUp');
    await announced('is over position 4 of 5');
    await page.keyboard.press('Space');
    await expect(rows(page)).toHaveText([FIVE[0], FIVE[1], FIVE[2], FIVE[4], FIVE[3]].map((t, i) => `${i + 1} ${t}`));
    for (let i = 0; i < 3; i += 1) await page.getByRole('button', { name: `Move clause ${4 - i}, ${FIVE[4]} up` }).click();
    const order = [FIVE[4], FIVE[0], FIVE[1], FIVE[2], FIVE[3]] as string[];
    await expect(rows(page)).toHaveText(order.map((t, i) => `${i + 1} ${t}`));

    // Leverage coverage: by category, by moment, and the topics not yet covered.
    await page.getByRole('tab', { name: 'Leverage coverage' }).click();
    await expect(page.getByText('5 of 11 topics covered')).toBeVisible();
    const uncovered = page.getByTestId('uncovered-topics');
    for (const topic of [
      'Cooperation with monitors',
      'Non-retaliation',
      'Remedy for workers',
      'Escalation',
      'Penalties',
      'Incentives and contract extension',
    ]) {
      await expect(uncovered).toContainText(topic);
    }
    await expect(uncovered).not.toContainText('Tier 1 disclosure');
    await expect(page.getByTestId('leverage-A')).toContainText('1 Disclosure of audit findings');
    await expect(page.getByTestId('leverage-E')).toContainText('4 Sharing disclosed data with the monitoring organisation');
    await expect(page.getByTestId('moments-table').getByRole('row', { name: /Monitoring or audit engagements/ })).toContainText(
      'Disclosure of audit findings',
    );
    await expectNoSeriousViolations(page, 'leverage coverage');
    await page.getByRole('button', { name: 'Add “No retaliation against workers”' }).click();
    await expect(page.getByText('6 of 11 topics covered')).toBeVisible();
    await expect(uncovered).not.toContainText('Non-retaliation');

    // The full text, numbered.
    await page.getByRole('tab', { name: 'Full text' }).click();
    const full = page.getByTestId('full-text');
    await expect(full.getByRole('heading', { level: 3 })).toHaveText(
      [...order, 'No retaliation against workers'].map((t, i) => `${i + 1} ${t}`),
    );
    await expect(full).toContainText('Within 45 days of contract award');
    await expectNoSeriousViolations(page, 'full text');

    // What the screen showed is what is on disk.
    await expectSaved(page);
    await expect
      .poll(async () => {
        const file = await readTenderFile(workspace, tender.id);
        const clauses = [...(file?.clauses ?? [])].sort((a, b) => a.order - b.order);
        return clauses.map((c) => ({ title: c.frozen.title, order: c.order, values: c.values }));
      })
      .toEqual([
        {
          title: FIVE[4],
          order: 0,
          values: { buyer: 'City of Example', supplier: 'the Supplier', findings_days: 30, audit_lookback_months: 24 },
        },
        {
          title: FIVE[0],
          order: 1,
          values: { buyer: 'City of Example', supplier: 'the Supplier', days_to_disclose: 45, disclosure_format: 'open-data' },
        },
        { title: FIVE[1], order: 2, values: expect.objectContaining({ buyer: 'City of Example' }) },
        {
          title: FIVE[2],
          order: 3,
          values: { buyer: 'City of Example', supplier: 'the Supplier', monitoring_organisation: 'Electronics Watch' },
        },
        { title: FIVE[3], order: 4, values: expect.objectContaining({ first_update_date: '2027-03-01', update_interval_months: 12 }) },
        { title: 'No retaliation against workers', order: 5, values: { buyer: 'City of Example', supplier: 'the Supplier' } },
      ]);

    // After a reload the screen shows the same.
    await page.reload();
    await page.getByRole('tab', { name: 'Tender clauses (6)' }).click();
    await expect(rows(page)).toHaveText([...order, 'No retaliation against workers'].map((t, i) => `${i + 1} ${t}`));
    await rows(page).nth(1).click();
    await expect(editor(page).getByRole('textbox', { name: 'Days to disclose after award' })).toHaveValue('45');
  });

  test('own library: duplicate a built-in, edit it into version 2; the tender is offered the update with a diff, never silently; deleting the template keeps the tender’s copy', async ({
    page,
    api,
    workspace,
  }) => {
    test.setTimeout(120_000);
    const tender = await openClauses(page, api);
    const title = FIVE[0]!;

    await page.getByRole('button', { name: `More actions for ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Duplicate into your library' }).click();
    await expect(page.getByText('Copied into your library')).toBeVisible();
    await page.getByRole('combobox', { name: 'Library' }).selectOption({ label: 'Own library only' });
    const own = page.getByTestId('library-clause');
    await expect(own).toHaveCount(1);
    await expect(own).toContainText('Own library');
    await expect(own).toContainText(`Based on “${title}” version 1`);
    await own.getByRole('button', { name: 'Add to tender' }).click();
    await expect(page.getByRole('tab', { name: 'Tender clauses (1)' })).toBeVisible();

    await page.getByRole('tab', { name: 'Tender clauses (1)' }).click();
    await editor(page).getByRole('textbox', { name: 'Days to disclose after award' }).fill('45');
    await expect(preview(page)).toContainText('Within 45 days of contract award');
    await expect(editor(page)).toContainText('Own library');

    // Edit the own clause: saved as version 2; the tender keeps version 1 until it opts in.
    await page.getByRole('tab', { name: 'Library' }).click();
    await expect(own).toHaveCount(1); // the filter survived the tab switch
    await page.getByRole('button', { name: `More actions for ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Edit…' }).click();
    const dialog = page.getByRole('dialog', { name: `Edit “${title}”` });
    await expect(dialog).toContainText('Currently version 1. Saving makes version 2');
    await dialog
      .getByRole('textbox', { name: 'Clause text', exact: true })
      .fill(
        'Within {{days_to_disclose:number}} calendar days of contract award, {{supplier}} shall give {{buyer}} a complete list of the factories that make the product models supplied under this contract, as set out below.',
      );
    await dialog.getByLabel('What changed (optional)').fill('Calendar days made explicit');
    await expectNoSeriousViolations(page, 'own clause editor');
    await dialog.getByRole('button', { name: 'Save as version 2' }).click();
    await expect(dialog).toBeHidden();
    await expect(own).toContainText('Version 2');
    await expect(own).toContainText('2 versions kept');

    await page.getByRole('tab', { name: 'Tender clauses (1)' }).click();
    await expect(page.getByTestId('clause-row')).toContainText('Update available');
    const notice = editor(page).getByTestId('update-notice');
    await expect(notice).toContainText('A newer version of this clause is in the library (version 1 → 2)');
    await expect(preview(page)).toContainText('Within 45 days of contract award'); // nothing changed on its own
    await notice.getByRole('button', { name: 'Show changes' }).click();
    const diff = notice.getByTestId('clause-diff');
    await expect(diff).toContainText('Changes from version 1 to version 2');
    await expect(diff.locator('ins')).toContainText(['calendar']);
    await expect(diff.locator('del')).toContainText(['manufacture']);
    await expectNoSeriousViolations(page, 'update notice with diff');
    await notice.getByRole('button', { name: 'Update to version 2' }).click();
    await expect(editor(page)).toContainText('Template version 2');
    await expect(editor(page).getByTestId('update-notice')).toHaveCount(0);
    await expect(preview(page)).toContainText('Within 45 calendar days of contract award'); // the value was kept

    await expectSaved(page);
    await expect
      .poll(async () => {
        const c = (await readTenderFile(workspace, tender.id))?.clauses[0];
        return (
          c && { version: c.templateVersion, origin: c.templateOrigin, body: c.frozen.body.slice(0, 43), days: c.values.days_to_disclose }
        );
      })
      .toEqual({ version: 2, origin: 'own', body: 'Within {{days_to_disclose:number}} calendar', days: 45 });
    const library = JSON.parse(await readFile(join(workspace, 'library.json'), 'utf8')) as {
      clauses: { versions: { version: number; changeNote?: string }[] }[];
    };
    expect(library.clauses[0]?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(library.clauses[0]?.versions[1]?.changeNote).toBe('Calendar days made explicit');

    // Deleting the template asks first; the tender keeps its own copy.
    await page.getByRole('tab', { name: 'Library' }).click();
    await page.getByRole('button', { name: `More actions for ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete clause from your library?' });
    await expect(confirm).toContainText('This tender uses it as clause 1; the tender keeps its own copy');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(own).toHaveCount(0);
    await page.getByRole('tab', { name: 'Tender clauses (1)' }).click();
    await expect(editor(page)).toContainText('The template was deleted from the library');
    await expect(preview(page)).toContainText('Within 45 calendar days of contract award');
    await expect
      .poll(async () => (JSON.parse(await readFile(join(workspace, 'library.json'), 'utf8')) as { clauses: unknown[] }).clauses)
      .toEqual([]);
    expect((await readTenderFile(workspace, tender.id))?.clauses[0]?.frozen.body).toContain('calendar days');
  });

  test('own wording: unknown placeholders are reported, huge pasted text is refused and the previous text kept, revert restores the template', async ({
    page,
    api,
    workspace,
  }) => {
    const tender = await openClauses(page, api);
    await libraryCard(page, FIVE[2]!).getByRole('button', { name: 'Add to tender' }).click();
    await page.getByRole('tab', { name: 'Tender clauses (1)' }).click();
    await editor(page).getByRole('button', { name: 'Edit the wording for this tender' }).click();
    const body = editor(page).getByRole('textbox', { name: 'Text of clause 1' });
    const own = '{{supplier}} agrees that {{buyer}} may share the disclosed data with {{monitoring_organisation}} and {{partner_buyers}}.';
    await body.fill(own);
    await expect(editor(page).getByText('The placeholder {{partner_buyers}} does not match any parameter of this clause.')).toBeVisible();
    await expect(preview(page).locator('mark')).toContainText(['[Monitoring organisation', '[{{partner_buyers}}]']);

    await body.fill('x'.repeat(25_000));
    await expect(
      editor(page).getByText(
        'Text of clause 1 would be 25,000 characters; at most 20,000 fit here. The pasted text was not taken and your previous text is kept.',
      ),
    ).toBeVisible();
    await expect(body).toHaveValue(own);
    await expectNoSeriousViolations(page, 'own wording with a refused paste');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.clauses[0]?.edited?.body).toBe(own);

    // A text parameter refuses a huge paste the same way.
    const org = editor(page).getByRole('textbox', { name: 'Monitoring organisation' });
    await org.fill('Electronics Watch');
    await org.fill('y'.repeat(30_000));
    await expect(
      editor(page).getByText('“Monitoring organisation” would be 30,000 characters; at most 20,000 fit here.', { exact: false }),
    ).toBeVisible();
    await expect(org).toHaveValue('Electronics Watch');

    await editor(page).getByRole('button', { name: 'Revert to the template wording' }).click();
    await expect(preview(page)).toContainText(
      'By entering into this contract, the Supplier agrees that City of Example may pass any information',
    );
    await expect(editor(page).getByText(/does not match any parameter/)).toHaveCount(0);
    await expectSaved(page);
    await expect
      .poll(async () => {
        const c = (await readTenderFile(workspace, tender.id))?.clauses[0];
        return c && { edited: c.edited ?? null, org: c.values.monitoring_organisation };
      })
      .toEqual({ edited: null, org: 'Electronics Watch' });
  });

  test('the clause editor works from the keyboard alone', async ({ page, api }) => {
    await openClauses(page, api);
    for (const title of FIVE.slice(0, 3)) await libraryCard(page, title).getByRole('button', { name: 'Add to tender' }).click();
    const tab = page.getByRole('tab', { name: 'Tender clauses (3)' });
    await tab.focus();
    await page.keyboard.press('Enter');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    // Select clause 1 with Enter, move it down with the keyboard drag, then remove it.
    await rows(page).nth(0).focus();
    await page.keyboard.press('Enter');
    await expect(editor(page).getByRole('heading', { level: 2 })).toHaveText(`1 ${FIVE[0]}`);
    await page.getByRole('button', { name: `Drag to reorder clause 1, ${FIVE[0]}` }).focus();
    const announced = (text: string) => expect(page.getByRole('status').filter({ hasText: text })).toHaveCount(1);
    await page.keyboard.press('Space');
    await announced(`clause 1, ${FIVE[0]} is over position 1 of 3.`);
    await page.keyboard.press('ArrowDown');
    await announced('is over position 2 of 3');
    await page.keyboard.press('ArrowDown');
    await announced('is over position 3 of 3');
    await page.keyboard.press('Space');
    await expect(rows(page)).toHaveText([FIVE[1], FIVE[2], FIVE[0]].map((t, i) => `${i + 1} ${t}`));
    await expect(page.getByRole('button', { name: `Drag to reorder clause 3, ${FIVE[0]}` })).toBeFocused();
    // The Move buttons keep focus on the moved clause, even when it reaches the top.
    await page.getByRole('button', { name: `Move clause 2, ${FIVE[2]} up` }).focus();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveText([FIVE[2], FIVE[1], FIVE[0]].map((t, i) => `${i + 1} ${t}`));
    await expect(page.getByRole('button', { name: `Move clause 1, ${FIVE[2]} down` })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveText([FIVE[1], FIVE[2], FIVE[0]].map((t, i) => `${i + 1} ${t}`));
    await expect(page.getByRole('button', { name: `Move clause 2, ${FIVE[2]} down` })).toBeFocused();
    await page.getByRole('button', { name: 'Remove clause' }).focus();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveText([FIVE[1], FIVE[2]].map((t, i) => `${i + 1} ${t}`));
    await page.keyboard.press('Control+z');
    await expect(rows(page)).toHaveText([FIVE[1], FIVE[2], FIVE[0]].map((t, i) => `${i + 1} ${t}`));
  });
});
