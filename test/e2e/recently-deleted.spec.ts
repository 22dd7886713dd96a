/**
 * Recently deleted in the browser host: a deleted tender found and restored an hour later (page.clock,
 * long after its Undo notice went), and a lot with imported evaluator workbooks that asks before it
 * goes, lands in Recently deleted with its records and comes back with them.
 */
import ExcelJS from 'exceljs';
import { SHEETS, scoringLayout } from '../../electron/services/evaluation/evaluatorWorkbook';
import { contentOf, type Lot, type Tender } from '../../shared/model/tender';
import { SCORES, fixtureLot } from '../unit/shared/evaluation/lotFixture';
import { test, expect, expectNoSeriousViolations, expectSaved, readTenderFile, seedTender, tenderIdsOnDisk, type Api } from './fixtures';

type FixtureEvaluator = 'ev-ao' | 'ev-bw';

/** An exported evaluator workbook filled in as the evaluator would, with the fixture scores. */
async function filled(base64: string, lot: Lot, evaluator: FixtureEvaluator): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const sheet = wb.getWorksheet(SHEETS.scoring)!;
  const layout = scoringLayout(lot);
  for (const input of layout.scoreInputs) {
    sheet.getCell(input.score).value = SCORES[evaluator][input.bidderId as 'b-acme'][input.criterionId as 'c-q1'];
    sheet.getCell(input.reason).value = `${evaluator}: seen in the bid of ${input.bidderLabel}`;
  }
  for (const input of layout.verdictInputs) sheet.getCell(input.verdict).value = 'Pass';
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

/** A tender whose lot "Laptops" has two imported evaluator workbooks (and so an audit trail), through the real import. */
async function seedWithImports(api: Api): Promise<Tender> {
  const created = await api('tenders.create', {
    title: 'Laptops for schools',
    reference: 'IT-2027-01',
    buyer: 'City of Example',
    lots: ['Laptops', 'Repair'],
  });
  const saved = await api('tenders.save', { id: created.id, content: { ...contentOf(created), lots: [fixtureLot(), created.lots[1]!] } });
  const lot = saved.lots[0]!;
  const exported = await api('evaluation.exportWorkbooks', { tenderId: saved.id, lotId: lot.id, evaluatorIds: ['ev-ao', 'ev-bw'] });
  const files = await Promise.all(
    exported.map(async (file) => {
      const evaluator: FixtureEvaluator = / - AO scoring/.test(file.fileName) ? 'ev-ao' : 'ev-bw';
      return { fileName: file.fileName, base64: await filled(file.base64, lot, evaluator) };
    }),
  );
  const outcome = await api('evaluation.importWorkbooks', { tenderId: saved.id, lotId: lot.id, files, by: 'Lena Lead' });
  expect(outcome.files.map((f) => [f.status, f.summary])).toEqual(files.map(() => ['imported', expect.any(String)]));
  return api('tenders.get', { id: saved.id });
}

test.describe('Recently deleted', () => {
  test('a tender deleted an hour ago, its Undo notice long gone, is found there and restored', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt', lots: ['North', 'South'] });
    await page.clock.install();
    await page.reload();

    await page.getByRole('button', { name: 'Actions for Road salt' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete tender?' });
    await expect(confirm).toContainText('You can restore it from Recently deleted for 30 days.');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'was deleted' });
    await expect(notice).toContainText('“Road salt” was deleted.');
    await expect.poll(() => tenderIdsOnDisk(workspace)).toEqual([]);

    await page.clock.fastForward('01:00:00');
    await expect(notice).toBeHidden();

    await page.getByRole('main').getByRole('link', { name: 'Recently deleted' }).click();
    await expect(page.getByRole('heading', { name: 'Recently deleted', level: 1 })).toBeVisible();
    const row = page.getByRole('row', { name: /Road salt/ });
    await expect(row).toContainText('Tender');
    await expect(row).toContainText('With 2 lots');
    await expect(row.locator('time').first()).toHaveText('1 hour ago');
    await expect(row).toContainText('30 days left');
    await expectNoSeriousViolations(page, 'Recently deleted');

    await row.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Tender restored' })).toContainText('Road salt is back in the list of tenders.');
    await expect(page.getByText('Nothing deleted recently')).toBeVisible();
    await expectNoSeriousViolations(page, 'Recently deleted, empty');
    await expect.poll(() => tenderIdsOnDisk(workspace)).toEqual([tender.id]);

    await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Road salt' })).toBeVisible();
  });

  test('removing a lot with evaluation records asks first, naming them, and it can be restored with them', async ({
    page,
    api,
    workspace,
  }) => {
    test.setTimeout(120_000);
    const tender = await seedWithImports(api);
    const imports = tender.lots[0]!.evaluation!.imports;
    expect(imports).toHaveLength(2);
    await page.reload();
    await page.getByRole('link', { name: 'Laptops for schools' }).click();
    await expect(page.getByLabel('Lot 1 title')).toHaveValue('Laptops');

    // An empty lot goes in one click; first, cancelling the question about the one with records keeps it.
    await page.getByRole('button', { name: 'Remove lot 1' }).click();
    const ask = page.getByRole('dialog', { name: 'Remove this lot?' });
    await expect(ask).toContainText(
      'Lot “Laptops” has 2 imported workbooks and its audit trail. Remove it? You can restore it from Recently deleted for 30 days.',
    );
    await expectNoSeriousViolations(page, 'the question before removing a lot');
    await ask.getByRole('button', { name: 'Keep it' }).click();
    await expect(ask).toBeHidden();
    await expect(page.getByLabel('Lot 1 title')).toHaveValue('Laptops');

    await page.getByRole('button', { name: 'Remove lot 1' }).click();
    await page.getByRole('dialog', { name: 'Remove this lot?' }).getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByLabel('Lot 1 title')).toHaveValue('Repair');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.lots.map((l) => l.title)).toEqual(['Repair']);

    await page.getByRole('navigation').getByRole('link', { name: 'Recently deleted' }).click();
    const row = page.getByRole('row', { name: /Lot “Laptops”/ });
    await expect(row).toContainText('Laptops for schools');
    await expect(row).toContainText('With 2 imported workbooks and its audit trail');
    await expect(row.locator('time').first()).toHaveText('just now');
    await expectNoSeriousViolations(page, 'Recently deleted with a lot');

    await row.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Lot restored' })).toContainText(
      'Lot “Laptops” is back in “Laptops for schools”.',
    );
    await expect(page.getByText('Nothing deleted recently')).toBeVisible();
    await expect
      .poll(async () => (await readTenderFile(workspace, tender.id))?.lots.map((l) => [l.title, l.evaluation?.imports.map((i) => i.id)]))
      .toEqual([
        ['Laptops', imports.map((i) => i.id)],
        ['Repair', []],
      ]);

    // The open tender shows the restored lot.
    await page.getByRole('navigation').getByRole('link', { name: 'Tender details' }).click();
    await expect(page.getByLabel('Lot 1 title')).toHaveValue('Laptops');
    await expect(page.getByLabel('Lot 2 title')).toHaveValue('Repair');
  });

  test('Delete permanently asks first and then removes the entry for good', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Catering' });
    await api('tenders.delete', { id: tender.id });
    await page.goto(`${page.url().split('#')[0]}#/deleted`);
    const row = page.getByRole('row', { name: /Catering/ });
    await row.getByRole('button', { name: 'Delete permanently' }).click();
    const ask = page.getByRole('dialog', { name: 'Delete permanently?' });
    await expect(ask).toContainText('Catering, with 1 lot, will be deleted for good. This cannot be undone.');
    await expectNoSeriousViolations(page, 'the question before deleting permanently');
    await ask.getByRole('button', { name: 'Delete permanently' }).click();
    await expect(page.getByText('Nothing deleted recently')).toBeVisible();
    expect(await api('deleted.list', {})).toEqual([]);
    expect(await tenderIdsOnDisk(workspace)).toEqual([]);
  });

  test('a bidder with a bid price asks before it goes; an empty bidder goes in one click', async ({ page, api, workspace }) => {
    const created = await api('tenders.create', {
      title: 'Laptops for schools',
      reference: 'IT-2027-01',
      buyer: 'City of Example',
      lots: ['Laptops'],
    });
    const lot = fixtureLot();
    lot.evaluation!.bidders.push({ id: 'b-empty', name: 'Late entry', reference: '' });
    await api('tenders.save', { id: created.id, content: { ...contentOf(created), lots: [lot] } });
    await page.goto(`${page.url().split('#')[0]}#/tender/${created.id}/evaluation`);
    await expect(page.getByRole('heading', { name: 'Evaluation', level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Remove bidder Late entry' }).click();
    await expect(page.getByRole('button', { name: 'Remove bidder Late entry' })).toHaveCount(0);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.getByRole('button', { name: 'Remove bidder Acme Ltd' }).click();
    const ask = page.getByRole('dialog', { name: 'Remove this bidder?' });
    await expect(ask).toContainText('Bidder “Acme Ltd” has a bid price. Remove it? You can restore it from Recently deleted for 30 days.');
    await ask.getByRole('button', { name: 'Remove' }).click();
    await expectSaved(page);
    await expect
      .poll(async () => (await readTenderFile(workspace, created.id))?.lots[0]?.evaluation?.bidders.map((b) => b.name))
      .toEqual(['Borealis', 'Cobalt Co']);

    await page.getByRole('navigation').getByRole('link', { name: 'Recently deleted' }).click();
    const row = page.getByRole('row', { name: /Bidder “Acme Ltd” of lot “Laptops”/ });
    await expect(row).toContainText('With a bid price');
    await expect(page.getByRole('row', { name: /Late entry/ })).toHaveCount(0);
    await row.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByText('Nothing deleted recently')).toBeVisible();
    await expect
      .poll(async () => (await readTenderFile(workspace, created.id))?.lots[0]?.evaluation?.bidders.map((b) => [b.name, b.priceCents]))
      .toEqual([
        ['Acme Ltd', 10_000_000],
        ['Borealis', 8_000_000],
        ['Cobalt Co', 12_000_000],
      ]);
  });
});
