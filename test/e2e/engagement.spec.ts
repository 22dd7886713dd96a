/**
 * Supplier engagement end to end, in the browser host on a real workspace: register suppliers, use
 * one as a bidder and as the contracted supplier, send it a response form, import the form it filled
 * (filled here with exceljs), confirm a maturity level, see the follow-up the weak answer opened,
 * receive its factory disclosure and export the sites as CSV, then produce the review-meeting report
 * and the letter of concern and read both downloads back with mammoth.
 */
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInstance } from '../../shared/clauses/instances';
import { parseBuiltinClauses } from '../../shared/clauses/library';
import type { ClauseInstance, ParameterValues } from '../../shared/model/clauses';
import type { Question } from '../../shared/model/questions';
import { contentOf } from '../../shared/model/tender';
import { addRound } from '../../shared/rules/engagementRounds';
import { addSupplier, selectQuestions } from '../../shared/rules/qaAnswers';
import { addDays } from '../../shared/rules/qaFollowUps';
import { FORM_COLUMNS, FORM_ROWS, FORM_SHEETS } from '../../electron/services/engagement/responseFormLayout';
import { test, expect, expectNoSeriousViolations, expectSaved, seedTender, type Api } from './fixtures';

const ROOT = join(__dirname, '..', '..');
const ACME = 'Acme Electronics Manufacturing Ltd';
const BOLT = 'Bolt Devices plc';
const WEAK_QUESTION = 'gr-mechanism';
const STRONG_QUESTION = 'tr-tier1';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const readJson = <T>(relative: string) => JSON.parse(readFileSync(join(ROOT, relative), 'utf8')) as T;
const BANK = readJson<{ questions: Question[] }>('resources/library/questions.json').questions;
const bankQuestion = (id: string) => BANK.find((q) => q.id === id)!;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function clauses(): Promise<ClauseInstance[]> {
  const parsed = parseBuiltinClauses(readJson('resources/library/clauses.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  const make = (templateId: string, values: ParameterValues, order: number) => {
    const entry = parsed.value.find((c) => c.id === templateId)!;
    return createInstance(entry.versions[entry.versions.length - 1]!, { order, origin: 'builtin', values, id: `cl-${templateId}` });
  };
  return [
    make('tier1-factory-disclosure', { days_to_disclose: 30 }, 0),
    make('tier2-component-disclosure', {}, 1),
    make('remedy-corrective-action', {}, 2),
    make('escalation-letter-of-concern', { reply_days: 21 }, 3),
  ];
}

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

async function registerSupplier(page: Page, s: { name: string; country: string; contact?: string }) {
  await page.getByRole('button', { name: 'Add a supplier' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a supplier to the register' });
  await dialog.getByLabel('Organisation name').fill(s.name);
  await dialog.getByRole('combobox', { name: 'Country' }).fill(s.country);
  await page.getByRole('option', { name: new RegExp(`^${s.country}`) }).click();
  if (s.contact) {
    await dialog.getByRole('button', { name: 'Add contact' }).click();
    await dialog.getByLabel('Contact 1 name').fill(s.contact);
  }
  await dialog.getByRole('button', { name: 'Add supplier' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('supplier-page').getByRole('heading', { name: s.name })).toBeVisible();
  await page.getByRole('button', { name: 'All suppliers' }).click();
}

/** The tender: disclosure and letter-of-concern clauses, two questions, Acme contracted 120 days ago, one round. */
async function seedEngagement(api: Api, acmeId: string): Promise<void> {
  const created = await seedTender(api, { title: 'Laptops framework', reference: 'NV-2026-031', buyer: 'City of Northvale' });
  let qa = selectQuestions(created.qa, [STRONG_QUESTION, WEAK_QUESTION].map(bankQuestion)).qa;
  qa = must(addSupplier(qa, { name: ACME, role: 'contracted', id: 'qs-acme' })).qa;
  qa = { ...qa, suppliers: qa.suppliers.map((s) => ({ ...s, registerId: acmeId, awardedOn: addDays(today(), -120) })) };
  qa = must(addRound(qa, { id: 'rd-review', name: 'First contract review', kind: 'review', opensOn: addDays(today(), -14) })).qa;
  const content = contentOf(created);
  await api('tenders.save', { id: created.id, content: { ...content, clauses: await clauses(), qa } });
}

/** Fills the response form the way the supplier would: a good answer with evidence, and a weak one with none. */
async function fillResponseForm(bytes: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(FORM_SHEETS.questions)!;
  const fill = (index: number, answer: string, evidence: string, level: number) => {
    const row = FORM_ROWS.first + index;
    sheet.getCell(row, FORM_COLUMNS.answer).value = answer;
    sheet.getCell(row, FORM_COLUMNS.evidenceSent).value = evidence;
    sheet.getCell(row, FORM_COLUMNS.selfAssessment).value = level;
  };
  fill(0, 'All four assembly sites are listed with their full addresses in the attached register.', 'Site register 2026\nAudit summary', 3);
  fill(1, 'Workers can speak to their line manager.', '', 1);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The supplier's two tier 1 sites, in the Sites sheet's columns (tier, legal name, address, country, products, sector, date). */
async function fillDisclosure(blank: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank as unknown as ExcelJS.Buffer);
  const sites = wb.getWorksheet('Sites')!;
  const rows = [
    [
      1,
      'Acme Assembly Vietnam Co., Ltd',
      '12 Tan Thuan Road, District 7, Ho Chi Minh City 700000',
      'VN',
      'Laptop model A14',
      'Electronics',
      today(),
    ],
    [
      1,
      'Acme Precision Suzhou Ltd',
      '88 Xinghu Street, Suzhou Industrial Park, Suzhou 215000',
      'CN',
      'Laptop model A17',
      'Electronics',
      today(),
    ],
  ];
  rows.forEach((row, i) => row.forEach((value, c) => (sites.getCell(2 + i, c + 1).value = value)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test.describe('Supplier engagement', () => {
  test('register, response form, maturity, follow-up, disclosure, CSV, then the report and the letter', async ({ page, api }) => {
    test.setTimeout(240_000);

    // 1. Register two suppliers.
    await page.getByRole('navigation').getByRole('link', { name: 'Suppliers', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Suppliers', level: 1 })).toBeVisible();
    await expectNoSeriousViolations(page, 'empty supplier register');
    await registerSupplier(page, { name: ACME, country: 'Vietnam', contact: 'Linh Tran' });
    await registerSupplier(page, { name: BOLT, country: 'United Kingdom' });
    const register = await api('suppliers.get', {});
    const idOf = (name: string) => register.suppliers.find((s) => s.name === name)!.id;

    // 2. The tender: its clauses and questions, Acme as the contracted supplier, one review round.
    await seedEngagement(api, idOf(ACME));

    // 3. Acme also bids on the lot: picked from the register on the Evaluation screen.
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
    await page.getByRole('link', { name: 'Laptops framework' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Evaluation', exact: true }).click();
    await page.getByRole('button', { name: 'Add bidder' }).click();
    const entry = page.getByRole('combobox', { name: 'Register entry of bidder 1' });
    await entry.click();
    await entry.fill('Acme');
    await page.getByRole('option', { name: ACME, exact: true }).click();
    await expect(page.getByLabel('Name of bidder 1')).toHaveValue(ACME);
    await page.getByLabel('Bid reference of bidder 1').fill('BID-01');
    await expectSaved(page);

    // 4. The round's response form for Acme, from the Questions screen.
    await page.getByRole('navigation').getByRole('link', { name: 'Questions', exact: true }).click();
    await page.getByRole('tab', { name: /^Rounds and response forms/ }).click();
    const round = page.getByRole('article', { name: 'First contract review' });
    await round.getByLabel('Forms for', { exact: true }).selectOption({ label: ACME });
    const formDownload = page.waitForEvent('download');
    await round.getByRole('button', { name: 'Export response forms' }).click();
    const form = await formDownload;
    expect(form.suggestedFilename()).toContain(ACME);

    // 5. The form the supplier filled comes back: both answers filed, the weak one opens a follow-up.
    const filled = await fillResponseForm(await readFile((await form.path())!));
    await round
      .getByLabel('Filled response forms for First contract review')
      .setInputFiles([{ name: 'acme.xlsx', mimeType: XLSX, buffer: filled }]);
    const results = round.getByTestId('form-import-results');
    await expect(results).toContainText('Filed 2 answers awaiting your confirmation, and 1 follow-up for weak answers');
    await expectSaved(page);

    // 6. The officer confirms the strong answer's level.
    await page.getByRole('tab', { name: /^Suppliers and answers/ }).click();
    const card = page.getByRole('article', { name: bankQuestion(STRONG_QUESTION).question, exact: true });
    await expect(card).toContainText('Proposed, awaits confirmation');
    await card.getByLabel('Confirmed level').selectOption('2');
    await card.getByLabel('Your name').fill('Dana Officer');
    await card.getByRole('button', { name: 'Confirm level' }).click();
    await expect(card).toContainText('assessed by Dana Officer');
    await expectSaved(page);

    // 7. The supplier page shows the answers and the follow-up the weak answer opened.
    await page.getByRole('navigation').getByRole('link', { name: 'Suppliers', exact: true }).click();
    await page.getByRole('button', { name: ACME }).click();
    await expect(page.getByTestId('supplier-tender')).toContainText('Bidder on Laptops');
    const engagement = page.getByTestId('supplier-qa');
    await expect(engagement).toContainText('Open follow-ups');
    await expect(engagement).toContainText('Weak answer in “First contract review”');
    await expect(page.getByTestId('engagement-letter-summary')).toContainText('2 overdue disclosures');

    // 8. The factory disclosure: the workbook out, two tier 1 sites back in, the sites as CSV.
    const disclosures = page.getByTestId('disclosure-section');
    const blankDownload = page.waitForEvent('download');
    await disclosures.getByRole('button', { name: 'Export disclosure workbook' }).click();
    const blank = await blankDownload;
    await disclosures.getByLabel('Imported by').fill('Dana Officer');
    await disclosures
      .getByLabel('Returned disclosure workbook')
      .setInputFiles([{ name: 'acme-sites.xlsx', mimeType: XLSX, buffer: await fillDisclosure(await readFile((await blank.path())!)) }]);
    await expect(disclosures.getByTestId('disclosure-import-result')).toContainText('Imported');
    const csvDownload = page.waitForEvent('download');
    await disclosures.getByRole('button', { name: 'Export sites as CSV' }).click();
    const csv = await readFile((await (await csvDownload).path())!, 'utf8');
    expect(csv).toContain('Acme Assembly Vietnam Co., Ltd');
    expect(csv).toContain('VN');

    // 9. The report for the review meeting and the letter of concern, as downloads.
    const documents = page.getByTestId('engagement-documents');
    await expect(page.getByTestId('engagement-report-summary')).toContainText('2 questions answered over 1 round, 1 open follow-up');
    await expect(page.getByTestId('engagement-letter-summary')).toContainText('1 overdue disclosure.');
    await expectNoSeriousViolations(page, 'supplier page with its documents');
    const docxText = async (button: string) => {
      const downloaded = page.waitForEvent('download');
      await documents.getByRole('button', { name: button }).click();
      const download = await downloaded;
      await expect(documents.getByRole('status')).toContainText(`Downloaded ${download.suggestedFilename()}`);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: (await mammoth.extractRawText({ path })).value.replace(/\s+/g, ' ') };
    };
    const report = await docxText('Report for the review meeting');
    expect(report.name).toBe(`NV-2026-031 Laptops framework - Review report ${ACME} ${today()}.docx`);
    expect(report.text).toContain(ACME);
    expect(report.text).toContain('Maturity progression');
    expect(report.text).toContain('Level: 2 Established, confirmed');
    expect(report.text).toContain('Weak answer in “First contract review”');
    const letter = await docxText('Letter of concern');
    expect(letter.name).toBe(`NV-2026-031 Laptops framework - Letter of concern ${ACME} ${today()}.docx`);
    expect(letter.text).toContain(`Dear Linh Tran,`);
    expect(letter.text).toContain(ACME);
    expect(letter.text).toContain('Weak answer in “First contract review”');
    expect(letter.text).toContain('Factory disclosure: Tier 2 component sites within 90 days of award');
    expect(letter.text).toContain('within 21 days of this letter');
    expect(letter.text.toLowerCase()).not.toContain('tenderwright');
  });
});
