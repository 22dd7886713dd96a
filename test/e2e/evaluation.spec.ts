/**
 * The Evaluation screen in the browser host: set up bidders and evaluators, export the evaluator
 * workbooks (downloads), fill them in with exceljs as the evaluators would, import them (one bad
 * file among them), confirm a replacement, moderate a flagged score and see the ranking change, with
 * axe on every step and the stored tender checked on disk.
 */
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { emptyLotEvaluation } from '../../shared/model/evaluation';
import { contentOf, type Lot, type Tender } from '../../shared/model/tender';
import { SHEETS, scoringLayout } from '../../electron/services/evaluation/evaluatorWorkbook';
import { CRITERIA, REQUIREMENTS, SCORES } from '../unit/shared/evaluation/lotFixture';
import { test, expect, readTenderFile, type Api, expectNoSeriousViolations } from './fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FIXTURE_BIDDERS = ['b-acme', 'b-bor', 'b-cob'] as const;
type FixtureEvaluator = 'ev-ao' | 'ev-bw' | 'ev-cl';

async function seed(api: Api): Promise<Tender> {
  const created = await api('tenders.create', {
    title: 'Laptops for schools',
    reference: 'IT-2027-01',
    buyer: 'City of Example',
    lots: ['Laptops'],
  });
  const lot: Lot = {
    ...created.lots[0]!,
    criteria: CRITERIA,
    requirements: REQUIREMENTS,
    minimumQualityScore: 3000,
    evaluation: emptyLotEvaluation(),
  };
  return api('tenders.save', { id: created.id, content: { ...contentOf(created), lots: [lot] } });
}

/** Fills an exported workbook with the fixture scores of one evaluator; bidders are matched by position. */
async function fill(bytes: Buffer, lot: Lot, evaluator: FixtureEvaluator, change?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(SHEETS.scoring)!;
  const layout = scoringLayout(lot);
  const position = (bidderId: string) => FIXTURE_BIDDERS[lot.evaluation!.bidders.findIndex((b) => b.id === bidderId)]!;
  for (const input of layout.scoreInputs) {
    sheet.getCell(input.score).value = SCORES[evaluator][position(input.bidderId)][input.criterionId as 'c-q1'];
    sheet.getCell(input.reason).value = `${evaluator}: evidence seen in the bid of ${input.bidderLabel}`;
  }
  for (const input of layout.verdictInputs) {
    const fail = evaluator === 'ev-ao' && position(input.bidderId) === 'b-bor' && input.requirementId === 'r-1';
    sheet.getCell(input.verdict).value = fail ? 'Fail' : 'Pass';
    if (fail) sheet.getCell(input.reason).value = 'No factory list in the bid';
  }
  change?.(sheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Drags files over the window and drops them, as from the file manager: a real DataTransfer carrying the bytes. */
async function dropFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name, { type: f.mimeType }));
      }
      return transfer;
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })),
  );
  const target = page.getByRole('heading', { level: 1 });
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(page.getByTestId('workbook-drop-zone')).toContainText('Drop the returned evaluator workbooks to import them into “Laptops”');
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('workbook-drop-zone')).toBeHidden();
}

async function typeInto(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(text);
  await field.blur();
}

test.describe('Evaluation', () => {
  test('set up, export, import filled workbooks, moderate a flagged score and see the ranking', async ({ page, api, workspace }) => {
    test.setTimeout(240_000);
    const tender = await seed(api);
    await page.reload();
    await page.getByRole('link', { name: 'Laptops for schools' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Evaluation', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Evaluation', level: 1 })).toBeVisible();

    // ---- set-up, from the keyboard where it matters ----
    await typeInto(page, 'Evaluation lead', 'Lena Lead');
    const bidders = [
      ['Acme Ltd', 'BID-01', '100,000.00'],
      ['Borealis', 'BID-02', '80000'],
      ['Cobalt Co', 'BID-03', '120 000'],
    ];
    for (const [i, [name, reference, price]] of bidders.entries()) {
      await page.getByRole('button', { name: 'Add bidder' }).click();
      // The new row's name field has the focus.
      await expect(page.getByLabel(`Name of bidder ${i + 1}`)).toBeFocused();
      await page.getByLabel(`Name of bidder ${i + 1}`).fill(name!);
      await typeInto(page, `Bid reference of bidder ${i + 1}`, reference!);
      await typeInto(page, `Bid price of ${name}`, price!);
    }
    await expect(page.getByLabel('Bid price of Cobalt Co')).toHaveValue('120,000.00');
    await typeInto(page, 'Bid price of Borealis', 'eighty');
    await expect(page.getByText('"eighty" is not an amount: use digits and at most one decimal mark, e.g. 12345.67')).toBeVisible();
    await typeInto(page, 'Bid price of Borealis', '80,000');
    const evaluators = [
      ['Ana Ortiz', 'AO'],
      ['Ben Weiss', 'BW'],
      ['Chen Li', 'CL'],
    ];
    for (const [i, [name, initials]] of evaluators.entries()) {
      await page.getByRole('button', { name: 'Add evaluator' }).click();
      await expect(page.getByLabel(`Name of evaluator ${i + 1}`)).toBeFocused();
      await page.getByLabel(`Name of evaluator ${i + 1}`).fill(name!);
      await typeInto(page, `Initials of evaluator ${i + 1}`, initials!.toLowerCase());
    }
    await expect(page.getByLabel('Initials of evaluator 3')).toHaveValue('CL');
    await expect(page.getByText('The set-up is complete: the evaluator workbooks can be exported.')).toBeVisible();
    await expectNoSeriousViolations(page, 'Evaluation set-up');
    await expect
      .poll(async () => (await readTenderFile(workspace, tender.id))?.lots[0]?.evaluation?.bidders.map((b) => [b.name, b.priceCents]))
      .toEqual([
        ['Acme Ltd', 10_000_000],
        ['Borealis', 8_000_000],
        ['Cobalt Co', 12_000_000],
      ]);

    // ---- export every evaluator's workbook ----
    await page.getByRole('tab', { name: /Workbooks/ }).click();
    await expect(page.getByRole('button', { name: 'Export all evaluator workbooks' })).toBeEnabled();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByRole('button', { name: 'Export all evaluator workbooks' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();
    await expect.poll(() => downloads.length).toBe(3);
    expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([
      'IT-2027-01 - Laptops - AO scoring.xlsx',
      'IT-2027-01 - Laptops - BW scoring.xlsx',
      'IT-2027-01 - Laptops - CL scoring.xlsx',
    ]);
    const stored = (await readTenderFile(workspace, tender.id))!;
    const lot = stored.lots[0]!;
    const exported = Object.fromEntries(
      await Promise.all(
        downloads.map(async (d) => [d.suggestedFilename().match(/ - ([A-Z]+) scoring/)![1]!, await readFile((await d.path())!)] as const),
      ),
    );

    // ---- the evaluators fill them in; one sends a file with a score off the scale ----
    const ao = await fill(exported.AO!, lot, 'ev-ao');
    const bw = await fill(exported.BW!, lot, 'ev-bw');
    const cl = await fill(exported.CL!, lot, 'ev-cl');
    const broken = await fill(exported.BW!, lot, 'ev-bw', (sheet) => {
      sheet.getCell('G7').value = 7;
    });
    await page.getByLabel('Filled evaluator workbooks').setInputFiles([
      { name: 'ana.xlsx', mimeType: XLSX, buffer: ao },
      { name: 'ben-draft.xlsx', mimeType: XLSX, buffer: broken },
      { name: 'chen.xlsx', mimeType: XLSX, buffer: cl },
    ]);
    const results = page.getByRole('region', { name: 'Import results' });
    await expect(results.getByTestId('import-result')).toHaveCount(3);
    await expect(results.getByTestId('import-result').nth(0)).toContainText('Imported 9 scores and 6 pass/fail verdicts from Ana Ortiz.');
    const rejected = results.getByTestId('import-result').nth(1);
    await expect(rejected).toContainText('Not imported');
    await expect(rejected).toContainText('Scoring!G7');
    await expect(rejected).toContainText('7 is above the scale maximum of 5.');
    await expectNoSeriousViolations(page, 'Workbooks tab with import results');

    // Dropped onto the window from another step: it goes to the Workbooks step and imports as the picker does;
    // a file that is not a workbook is named and refused.
    await page.getByRole('tab', { name: 'Set-up' }).click();
    await dropFiles(page, [
      { name: 'ben.xlsx', mimeType: XLSX, buffer: bw },
      { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 not a workbook') },
    ]);
    await expect(page.getByRole('tab', { name: /Workbooks/ })).toHaveAttribute('aria-selected', 'true');
    await expect(results.getByTestId('import-result')).toHaveCount(2);
    await expect(results.getByTestId('import-result').nth(0)).toContainText(
      '“notes.pdf” is not an Excel workbook (.xlsx): only the evaluators’ returned workbooks can be imported.',
    );
    await expect(results).toContainText('Imported 9 scores and 6 pass/fail verdicts from Ben Weiss.');

    // The same evaluator again: asked first, replaced only on confirmation.
    await page.getByLabel('Filled evaluator workbooks').setInputFiles([{ name: 'ana-again.xlsx', mimeType: XLSX, buffer: ao }]);
    await expect(results).toContainText('Ana Ortiz’s scores were already imported from “ana.xlsx”. Confirm to replace them');
    await page.getByRole('button', { name: 'Replace Ana Ortiz’s scores' }).click();
    await expect(results).toContainText('Replaced Ana Ortiz’s earlier import with 9 scores and 6 pass/fail verdicts.');
    await expect(page.getByRole('tab', { name: /Workbooks/ })).toContainText('3/3 back');

    // ---- consensus: moderate the flagged score ----
    await page.getByRole('tab', { name: /Consensus/ }).click();
    await expect(page.getByRole('tab', { name: /Consensus/ })).toContainText('2 flagged');
    await page.getByRole('switch', { name: 'Show only flagged scores' }).check();
    const row = page.getByRole('row', { name: /^Cobalt Co 5 2 4/ });
    await expect(row).toContainText('Wide spread');
    await expect(row).toContainText('3.67');
    await expectNoSeriousViolations(page, 'Consensus tab');
    await page.getByRole('button', { name: 'Moderate Cobalt Co on 3 Supply-chain transparency' }).click();
    const dialog = page.getByRole('dialog', { name: 'Moderate Cobalt Co on 3 Supply-chain transparency' });
    await dialog.getByRole('button', { name: 'Record moderation' }).click();
    await expect(dialog.getByText('A rationale is required: say why the panel agreed this.')).toBeVisible();
    await dialog.getByLabel('Agreed score').fill('5');
    await dialog.getByLabel('Rationale').fill('The panel reviewed the supplier map together: it lists every factory.');
    await expectNoSeriousViolations(page, 'Moderation dialog');
    await dialog.getByRole('button', { name: 'Record moderation' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Moderated');
    await expect(page.getByRole('tab', { name: /Consensus/ })).toContainText('1 flagged');

    // ---- ranking ----
    await page.getByRole('tab', { name: 'Ranking' }).click();
    const ranking = page.getByTestId('ranking');
    await expect(ranking.getByRole('row').nth(1)).toHaveText(/^1Cobalt Co \(BID-03\)€120,000\.0056\.6733\.3390\.00Ranked/);
    await expect(ranking.getByRole('row').nth(2)).toHaveText(/^2Acme Ltd \(BID-01\)€100,000\.0044\.5040\.0084\.50Ranked/);
    await expect(ranking.getByRole('row').nth(3)).toContainText('Excluded');
    await expect(ranking.getByRole('row').nth(3)).toContainText(
      'Fails the requirement “Discloses its final assembly factories”; 22.00 quality points, below the minimum of 30.00',
    );
    await expectNoSeriousViolations(page, 'Ranking tab');

    // ---- audit trail, on screen and on disk ----
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    const audit = page.getByTestId('audit-trail');
    await expect(audit.getByRole('row')).toHaveCount(6);
    await expect(audit.getByRole('row').nth(1)).toContainText('Moderated Cobalt Co on 3 “Supply-chain transparency” to 5 of 5');
    await expect(audit.getByRole('row').nth(2)).toContainText('Replacement');
    await expectNoSeriousViolations(page, 'Audit trail tab');
    const onDisk = (await readTenderFile(workspace, tender.id))!.lots[0]!.evaluation!;
    expect(onDisk.imports.map((i) => [i.fileName, i.importedBy, Boolean(i.supersededAt)])).toEqual([
      ['ana.xlsx', 'Lena Lead', true],
      ['chen.xlsx', 'Lena Lead', false],
      ['ben.xlsx', 'Lena Lead', false],
      ['ana-again.xlsx', 'Lena Lead', false],
    ]);
    expect(onDisk.moderations).toEqual([expect.objectContaining({ kind: 'score', criterionId: 'c-social', score: 5, by: 'Lena Lead' })]);
    expect(onDisk.audit.map((a) => a.action)).toEqual(['import', 'import', 'import', 'replace', 'moderate']);

    // Editing the set-up afterwards keeps the records (the content on screen predates them).
    await page.getByRole('tab', { name: 'Set-up' }).click();
    await typeInto(page, 'Evaluation lead', 'Lena Lead (chair)');
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.lots[0]?.evaluation?.lead).toBe('Lena Lead (chair)');
    expect((await readTenderFile(workspace, tender.id))!.lots[0]!.evaluation!.imports).toHaveLength(4);
  });
});
