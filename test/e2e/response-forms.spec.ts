/**
 * Supplier response forms on the Questions screen: create a round, export a supplier's form (a
 * download in browser mode), fill it in with exceljs as the supplier would, import it, confirm the
 * proposed maturity level on the answer card and see the follow-up the weak answer opened.
 */
import type { Download } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentOf } from '../../shared/model/tender';
import type { Question } from '../../shared/model/questions';
import { test, expect, expectNoSeriousViolations, expectSaved, readTenderFile, seedTender } from './fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IDS = ['fl-overtime', 'fl-indicators'];

test('a round’s response form goes out, comes back filled, and its answers are filed for confirmation', async ({
  page,
  api,
  workspace,
}) => {
  test.setTimeout(120_000);
  const library = JSON.parse(await readFile(join(process.cwd(), 'resources/library/questions.json'), 'utf8')) as { questions: Question[] };
  const questions = IDS.map((id) => library.questions.find((q) => q.id === id)!);
  const created = await seedTender(api, { title: 'Workwear for the city', reference: 'WW-1' });
  await api('tenders.save', {
    id: created.id,
    content: {
      ...contentOf(created),
      qa: {
        questions: questions.map((q, order) => ({ questionId: q.id, order, question: q })),
        suppliers: [
          { id: 'sup-acme', name: 'Acme Garments Ltd', role: 'bidder' },
          { id: 'sup-bolt', name: 'Bolt Textiles', role: 'bidder' },
        ],
        threads: [],
      },
    },
  });
  await page.reload();
  await page.getByRole('link', { name: 'Workwear for the city' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'Questions', exact: true }).click();

  await page.getByRole('tab', { name: /^Rounds and response forms/ }).click();
  await expect(page.getByText('No engagement rounds yet')).toBeVisible();
  await expectNoSeriousViolations(page, 'rounds, empty');
  await page.getByRole('button', { name: 'Create the first round' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Round name').fill('Tender questionnaire');
  await dialog.getByLabel('Answers due').fill('2027-03-31');
  await dialog.getByRole('button', { name: 'Create round' }).click();
  await expect(dialog).toBeHidden();
  const round = page.getByRole('article', { name: 'Tender questionnaire' });
  await expect(round).toContainText('2 questions');
  await expect(round).toContainText('2 suppliers');
  await expectNoSeriousViolations(page, 'rounds');

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await round.getByLabel('Forms for', { exact: true }).selectOption({ label: 'Acme Garments Ltd' });
  await round.getByRole('button', { name: 'Export response forms' }).click();
  await expect.poll(() => downloads.length).toBe(1);
  expect(downloads[0]!.suggestedFilename()).toBe('WW-1 - Tender questionnaire - Acme Garments Ltd response form.xlsx');

  // The supplier fills it in: a strong answer with evidence, and a claim without any.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile((await downloads[0]!.path())!)) as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet('Questions')!;
  sheet.getCell('H4').value = 'Overtime is voluntary and capped; payroll is audited monthly.';
  sheet.getCell('I4').value = 'Overtime policy\nPayroll audit';
  sheet.getCell('J4').value = 3;
  sheet.getCell('H5').value = 'We train all buyers on the indicators every year.';
  sheet.getCell('J5').value = 3;
  const filled = Buffer.from(await wb.xlsx.writeBuffer());

  await round
    .getByLabel('Filled response forms for Tender questionnaire')
    .setInputFiles([{ name: 'acme.xlsx', mimeType: XLSX, buffer: filled }]);
  const results = round.getByTestId('form-import-results');
  await expect(results).toContainText('2 answers read, ready to file.');
  await expect(results).toContainText('Filed 2 answers awaiting your confirmation, and 1 follow-up for weak answers, due in 30 days');
  await expect(results).toContainText('sent no evidence, so the proposal is capped at 1 (Starting)');
  await expectSaved(page);

  // Importing the same form again asks first.
  await round
    .getByLabel('Filled response forms for Tender questionnaire')
    .setInputFiles([{ name: 'acme-again.xlsx', mimeType: XLSX, buffer: filled }]);
  await expect(page.getByRole('dialog', { name: 'Add these answers again?' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('tab', { name: /^Suppliers and answers/ }).click();
  const card = page.getByRole('article', { name: questions[1]!.question, exact: true });
  await expect(card).toContainText('Proposed, awaits confirmation');
  await expect(card).toContainText('self-assessed 3 (Leading)');
  await expect(card).toContainText('opened by the app for a weak answer');
  await card.getByLabel('Confirmed level').selectOption('2');
  await card.getByLabel('Your name').fill('Dana Officer');
  await card.getByRole('button', { name: 'Confirm level' }).click();
  await expect(card).not.toContainText('Proposed, awaits confirmation');
  await expect(card).toContainText('assessed by Dana Officer');
  await expectNoSeriousViolations(page, 'answers with an imported form');
  await expectSaved(page);

  await page.getByRole('tab', { name: /^Summary and follow-ups/ }).click();
  await expect(page.getByText(questions[1]!.followUp.trim().slice(0, 40), { exact: false }).first()).toBeVisible();

  const onDisk = await readTenderFile(workspace, created.id);
  const thread = onDisk!.qa.threads.find((t) => t.supplierId === 'sup-acme' && t.questionId === 'fl-indicators')!;
  expect(thread.entries).toHaveLength(1);
  expect(thread.entries[0]).toMatchObject({ level: 2, assessedBy: 'Dana Officer', source: 'response-form', selfAssessed: 3 });
  expect(thread.entries[0]!.awaitsConfirmation).toBeUndefined();
  expect(thread.followUps[0]!.fromEntryId).toBe(thread.entries[0]!.id);
});
