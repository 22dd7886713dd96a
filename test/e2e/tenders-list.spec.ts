/**
 * The Tenders list with 1,000 tenders: search, sort, status and deadline filters, archive and
 * unarchive, keyboard moves through a list only partly rendered, and the tender's status and dates
 * edited on its details screen. Expected results come from the same pure rule the list uses,
 * applied to the generated summaries, so the page is checked against the rule, row by row.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousViolations, expectSaved, readTenderFile } from './fixtures';
import { writeGeneratedTenders, type GeneratedTenders } from '../bench/lib/generated-tenders';
import { addDays, DEFAULT_LIST_QUERY, selectTenders, type TenderListQuery } from '../../shared/rules/tenderList';

const COUNT = 1_000;

/** Today as the page sees it (its time zone), YYYY-MM-DD. */
const pageToday = (page: Page) =>
  page.evaluate(() => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });

async function openListOf1000(page: Page, workspace: string): Promise<{ generated: GeneratedTenders; today: string }> {
  const today = await pageToday(page);
  const generated = await writeGeneratedTenders(workspace, COUNT, today);
  await page.reload();
  await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', String(expected(generated, today, {}).length + 1));
  return { generated, today };
}

const expected = (generated: GeneratedTenders, today: string, query: Partial<TenderListQuery>) =>
  selectTenders(generated.summaries, { ...DEFAULT_LIST_QUERY, ...query }, today);

const dataRows = (page: Page) => page.locator('tbody tr[data-index]');
const firstTitles = async (page: Page, n: number) => (await dataRows(page).locator('th').allTextContents()).slice(0, n);

test.describe('Tenders list with 1,000 tenders', () => {
  test('searches and sorts, rendering only the rows in view', async ({ page, workspace }) => {
    const { generated, today } = await openListOf1000(page, workspace);
    const active = expected(generated, today, {});
    const archived = COUNT - active.length;
    await expect(page.getByTestId('tender-count')).toHaveText(`Showing ${active.length} of 1,000 tenders · ${archived} archived not shown`);
    // Virtualised: a screenful of rows (and a few either side), not a thousand.
    expect(await dataRows(page).count()).toBeLessThan(60);
    expect(await firstTitles(page, 3)).toEqual(active.slice(0, 3).map((t) => t.title));

    const table = page.getByRole('table');
    const search = page.getByRole('searchbox', { name: 'Search tenders' });
    await search.fill('road salt');
    const roadSalt = expected(generated, today, { search: 'road salt' });
    await expect(table).toHaveAttribute('aria-rowcount', String(roadSalt.length + 1));
    expect(await firstTitles(page, 5)).toEqual(roadSalt.slice(0, 5).map((t) => t.title));
    // By reference and by buyer, accents ignored.
    await search.fill('IT-2027-0001');
    await expect(table).toHaveAttribute('aria-rowcount', String(expected(generated, today, { search: 'IT-2027-0001' }).length + 1));
    await expect(dataRows(page).first()).toContainText('Laptops for schools 1');
    await search.fill('zurich');
    await expect(table).toHaveAttribute('aria-rowcount', String(expected(generated, today, { search: 'zurich' }).length + 1));
    await expect(dataRows(page).first()).toContainText('Zürich Stadtwerke');
    await search.fill('');

    // Sort by reference, then the other way; the header says which way.
    const referenceHeader = page.getByRole('columnheader', { name: 'Reference' });
    await referenceHeader.getByRole('button').click();
    await expect(referenceHeader).toHaveAttribute('aria-sort', 'ascending');
    let sorted = expected(generated, today, { sort: { key: 'reference', direction: 'ascending' } });
    await expect(dataRows(page).first().locator('td').first()).toHaveText(sorted[0]!.reference);
    await referenceHeader.getByRole('button').click();
    await expect(referenceHeader).toHaveAttribute('aria-sort', 'descending');
    sorted = expected(generated, today, { sort: { key: 'reference', direction: 'descending' } });
    await expect(dataRows(page).first().locator('td').first()).toHaveText(sorted[0]!.reference);
    await page.getByRole('columnheader', { name: 'Submission deadline' }).getByRole('button').click();
    const byDeadline = expected(generated, today, { sort: { key: 'submissionDeadline', direction: 'ascending' } });
    await expect(dataRows(page).first().locator('th')).toHaveText(byDeadline[0]!.title);
  });

  test('filters by status and by deadline, and says when nothing matches', async ({ page, workspace }) => {
    const { generated, today } = await openListOf1000(page, workspace);
    const active = expected(generated, today, {});
    const table = page.getByRole('table');
    const search = page.getByRole('searchbox', { name: 'Search tenders' });
    await page.getByRole('columnheader', { name: 'Submission deadline' }).getByRole('button').click();
    const sort = { key: 'submissionDeadline', direction: 'ascending' } as const;
    // Status, then deadline filters (combined), then a date range.
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Awarded' });
    await expect(table).toHaveAttribute('aria-rowcount', String(expected(generated, today, { status: 'awarded', sort }).length + 1));
    await expect(dataRows(page).first()).toContainText('Awarded');
    await page.getByRole('combobox', { name: 'Deadline' }).selectOption({ label: 'Closing in the next 7 days' });
    const closingSoon = expected(generated, today, { status: 'awarded', deadline: { kind: 'closingWithin', days: 7 }, sort });
    expect(closingSoon.length).toBeGreaterThan(0);
    await expect(page.getByTestId('tender-count')).toHaveText(`Showing ${closingSoon.length} of 1,000 tenders`);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All but archived' });
    await page.getByRole('combobox', { name: 'Deadline' }).selectOption({ label: 'Submission deadline passed' });
    await expect(table).toHaveAttribute(
      'aria-rowcount',
      String(expected(generated, today, { deadline: { kind: 'closed' }, sort }).length + 1),
    );
    await page.getByRole('combobox', { name: 'Deadline' }).selectOption({ label: 'Submission deadline between…' });
    const [from, to] = [addDays(today, 10), addDays(today, 20)];
    await page.getByLabel('Deadline from').fill(from);
    await page.getByLabel('Deadline to').fill(to);
    const between = expected(generated, today, { deadline: { kind: 'between', from, to }, sort });
    await expect(table).toHaveAttribute('aria-rowcount', String(between.length + 1));
    expect(await firstTitles(page, 3)).toEqual(between.slice(0, 3).map((t) => t.title));
    await expectNoSeriousViolations(page, 'the Tenders list, filtered');

    // Nothing matches: said so, with the way back.
    await search.fill('no such tender anywhere');
    await expect(page.getByText('No tender matches this search and these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(table).toHaveAttribute('aria-rowcount', String(active.length + 1));
  });

  test('moves through the whole list from the keyboard, though only some rows are rendered', async ({ page, workspace }) => {
    const { generated, today } = await openListOf1000(page, workspace);
    const active = expected(generated, today, {});
    const first = page.getByRole('link', { name: active[0]!.title, exact: true });
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('link', { name: active[1]!.title, exact: true })).toBeFocused();
    await page.keyboard.press('End');
    const last = page.getByRole('link', { name: active[active.length - 1]!.title, exact: true });
    await expect(last).toBeFocused();
    await expect(last.locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', String(active.length + 1));
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('link', { name: active[active.length - 2]!.title, exact: true })).toBeFocused();
    await page.keyboard.press('Home');
    await expect(first).toBeFocused();
    await expectNoSeriousViolations(page, 'the Tenders list of 1,000 tenders');
  });

  test('archives and unarchives a tender: hidden by default, shown on asking, its status put back', async ({ page, workspace }) => {
    const { generated, today } = await openListOf1000(page, workspace);
    const tender = expected(generated, today, { status: 'evaluating' })[0]!;
    const search = page.getByRole('searchbox', { name: 'Search tenders' });
    await search.fill(tender.reference);
    await page.getByRole('button', { name: `Actions for ${tender.title}` }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    await expect(page.getByText('No tender matches this search and these filters.')).toBeVisible();
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.status).toBe('archived');
    expect((await readTenderFile(workspace, tender.id))?.statusBeforeArchive).toBe('evaluating');

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'All, with archived' });
    const row = page.getByRole('row', { name: new RegExp(tender.title) });
    await expect(row).toContainText('Archived');
    await page.getByRole('button', { name: `Actions for ${tender.title}` }).click();
    await page.getByRole('menuitem', { name: 'Unarchive' }).click();
    await expect(row).toContainText('Evaluating');
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.status).toBe('evaluating');

    // The archived ones are a filter of their own too.
    await search.fill('');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Archived' });
    await expect(page.getByRole('table')).toHaveAttribute(
      'aria-rowcount',
      String(expected(generated, today, { status: 'archived' }).length + 1),
    );
  });

  test('status and dates are edited on the details screen, saved as you type and undone; the tender is then recent', async ({
    page,
    workspace,
  }) => {
    const { generated, today } = await openListOf1000(page, workspace);
    const tender = expected(generated, today, { status: 'draft', deadline: { kind: 'noDeadline' } })[0]!;
    await page.getByRole('searchbox', { name: 'Search tenders' }).fill(tender.reference);
    await page.getByRole('link', { name: tender.title, exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeVisible();

    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Issued' });
    const deadline = addDays(today, 14);
    await page.getByLabel('Submission deadline').fill(deadline);
    await page.getByLabel('Award date').fill(addDays(today, 7));
    await expect(page.getByText('The award date is before the submission deadline')).toBeVisible();
    await expectSaved(page);
    await expect
      .poll(async () => {
        const file = await readTenderFile(workspace, tender.id);
        return file && { status: file.status, submissionDeadline: file.submissionDeadline, awardDate: file.awardDate };
      })
      .toEqual({ status: 'issued', submissionDeadline: deadline, awardDate: addDays(today, 7) });
    await expectNoSeriousViolations(page, 'the details screen with status and dates');

    await page.getByLabel('Award date').blur();
    await page.keyboard.press('Control+z');
    await expect(page.getByLabel('Award date')).toHaveValue('');
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.awardDate).toBeUndefined();

    await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
    const recent = page.getByRole('region', { name: 'Recently opened' });
    await expect(recent.getByRole('link', { name: tender.title, exact: true })).toBeVisible();
    await page.getByRole('combobox', { name: 'Deadline' }).selectOption({ label: 'Closing in the next 30 days' });
    await expect(page.getByRole('row', { name: new RegExp(`^${tender.title} `) })).toContainText('Issued');
  });
});
