import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentImports, type LotEvaluation } from '@shared/model/evaluation';
import { contentOf, type Tender } from '@shared/model/tender';
import { setupChecksum } from '@shared/rules/evaluationChecksum';
import { SHEETS } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { asUpload, exportAll, fillWorkbook, workspaceWithLot } from './helpers';
import { fixtureLot, fixtureTender, lotEvaluation } from '../../../shared/evaluation/lotFixture';
import { keepStoredRecords } from '@shared/rules/lotRecords';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

async function tenderOnDisk(root: string, id: string): Promise<Tender> {
  return JSON.parse(await readFile(join(root, 'tenders', `${id}.json`), 'utf8')) as Tender;
}

describe('evaluator workbook export', () => {
  it('builds a protected, validated, printable workbook tied to the tender by a very hidden sheet', async () => {
    const ws = await workspaceWithLot();
    const files = await ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id });
    expect(files.map((f) => f.fileName)).toEqual([
      'IT-2027-01 - Laptops - AO scoring.xlsx',
      'IT-2027-01 - Laptops - BW scoring.xlsx',
      'IT-2027-01 - Laptops - CL scoring.xlsx',
    ]);
    expect(files[0]!.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await load(Buffer.from(files[0]!.base64, 'base64'));
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Instructions', 'visible'],
      ['Criteria', 'visible'],
      ['Scoring', 'visible'],
      ['Tenderwright', 'veryHidden'],
    ]);
    const meta = Object.fromEntries(
      wb
        .getWorksheet('Tenderwright')!
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1, 3)),
    );
    expect(meta).toMatchObject({
      format: 'tenderwright-evaluator-workbook',
      formatVersion: 1,
      tenderId: ws.tender.id,
      tenderRevision: ws.tender.revision,
      lotId: 'lot-1',
      evaluatorId: 'ev-ao',
      setupChecksum: setupChecksum({ ...ws.lot, evaluation: ws.lot.evaluation! }),
    });

    const s = wb.getWorksheet('Scoring')!;
    // Rows: 6 heading "2", 7 = 2.1, 8 = 2.2, 9 = 3, 10 subtotal, 11 check, 13 requirements, 14-15 R1-R2.
    // Columns: Acme G/H, Borealis I/J, Cobalt K/L.
    expect([6, 7, 8, 9, 14, 15].map((r) => s.getCell(`A${r}`).value)).toEqual(['2', '2.1', '2.2', '3', 'R1', 'R2']);
    expect(s.getCell('G4').value).toBe('Acme Ltd (BID-01)');
    const score = s.getCell('G7');
    expect(score.protection?.locked).toBe(false);
    expect(score.dataValidation).toMatchObject({
      type: 'whole',
      operator: 'between',
      formulae: [0, 5],
      showErrorMessage: true,
      errorStyle: 'stop',
    });
    expect(score.dataValidation.prompt).toMatch(
      /^5 Excellent; 4 Good; 3 Acceptable; 2 Minor reservations; 1 Serious reservations; 0 Unacceptable/,
    );
    expect(s.getCell('K8').dataValidation.formulae).toEqual([0, 10]);
    expect(s.getCell('H7').protection?.locked).toBe(false);
    expect(s.getCell('G14').dataValidation).toMatchObject({ type: 'list', formulae: ['"Pass,Fail"'] });
    expect(s.getCell('B7').protection?.locked).not.toBe(false);
    expect(s.getCell('F7').formula).toBe('E7/D7');
    expect(s.getCell('G10').formula).toBe('SUMPRODUCT($F$7:$F$9,G$7:G$9)');
    expect((s as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(s.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(s.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' });
    expect(s.getColumn('H').width).toBeGreaterThan(30);
    // Prices are hidden from these evaluators: not in any cell of any sheet.
    const everything = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
    expect(everything).not.toContain('100000');
    const criteria = wb.getWorksheet('Criteria')!;
    expect(criteria.getCell('A4').value).toBe('2.1');
    expect(criteria.getCell('F4').value).toContain('5 – Excellent: the answer goes beyond the criterion');
  });

  it('shows the bid prices and live price points when prices are not hidden', async () => {
    const ws = await workspaceWithLot(fixtureLot({ hidePriceFromEvaluators: false }));
    const [file] = await ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, evaluatorIds: ['ev-bw'] });
    expect(file!.fileName).toBe('IT-2027-01 - Laptops - BW scoring.xlsx');
    const s = (await load(Buffer.from(file!.base64, 'base64'))).getWorksheet('Scoring')!;
    expect(s.getCell('B12').value).toBe('Bid price');
    expect([s.getCell('G12').value, s.getCell('I12').value, s.getCell('K12').value]).toEqual([100000, 80000, 120000]);
    expect(s.getCell('G13').formula).toBe('IF(G12="","",$E$13*MIN(G12,I12,K12)/G12)');
    expect(s.getCell('G14').formula).toBe('IF(G13="","",G10+G13)');
  });

  it('refuses while the setup has errors, naming them', async () => {
    const ws = await workspaceWithLot(fixtureLot({ evaluators: [] }));
    await expect(ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id })).rejects.toThrow(
      'Export refused: 1 problem must be fixed first: Add the evaluators on the panel.',
    );
    await expect(ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: 'nope' })).rejects.toThrow('No lot "nope"');
  });
});

describe('export, fill, import', () => {
  it('imports filled workbooks and recomputes the hand-computed results', async () => {
    const ws = await workspaceWithLot();
    const exported = await exportAll(ws);
    const uploads = await Promise.all(
      (['ev-ao', 'ev-bw', 'ev-cl'] as const).map(async (id) => asUpload(`${id}.xlsx`, await fillWorkbook(exported[id], ws.lot, id))),
    );
    const outcome = await ws.call('evaluation.importWorkbooks', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      files: uploads,
      by: 'Lena Lead',
    });
    expect(outcome.files.map((f) => [f.status, f.evaluatorName, f.summary])).toEqual([
      ['imported', 'Ana Ortiz', 'Imported 9 scores and 6 pass/fail verdicts from Ana Ortiz.'],
      ['imported', 'Ben Weiss', 'Imported 9 scores and 6 pass/fail verdicts from Ben Weiss.'],
      ['imported', 'Chen Li', 'Imported 9 scores and 6 pass/fail verdicts from Chen Li.'],
    ]);
    expect(outcome.revision).toBe(ws.tender.revision + 1);
    expect(outcome.records.audit.map((a) => [a.action, a.by, a.fileName])).toEqual([
      ['import', 'Lena Lead', 'ev-ao.xlsx'],
      ['import', 'Lena Lead', 'ev-bw.xlsx'],
      ['import', 'Lena Lead', 'ev-cl.xlsx'],
    ]);
    const stored = await tenderOnDisk(ws.root, ws.tender.id);
    const ao = stored.lots[0]!.evaluation!.imports[0]!;
    expect(ao).toMatchObject({ evaluatorId: 'ev-ao', tenderRevision: ws.tender.revision, importedBy: 'Lena Lead' });
    expect(ao.workbookSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ao.scores.find((s) => s.criterionId === 'c-q1' && s.bidderId === 'b-acme')).toEqual({
      criterionId: 'c-q1',
      bidderId: 'b-acme',
      score: 4,
      scaleMax: 5,
      reason: 'Reason of ev-ao for Acme Ltd on 2.1 “Delivery plan”',
    });

    const results = await ws.call('evaluation.results', { tenderId: ws.tender.id, lotId: ws.lot.id });
    const byId = Object.fromEntries(results.bidders.map((b) => [b.bidderId, b]));
    expect(byId['b-acme']).toMatchObject({ qualityPointsRounded: 44.5, pricePointsRounded: 40, totalRounded: 84.5, rank: 1 });
    expect(byId['b-cob']).toMatchObject({ qualityPointsRounded: 50, pricePointsRounded: 33.33, totalRounded: 83.33, rank: 2 });
    expect(byId['b-bor']).toMatchObject({ qualityPointsRounded: 22, excluded: true, rank: null });
    expect(results.complete).toBe(true);
    expect(results.cells.filter((c) => c.flagged).map((c) => `${c.criterionId}/${c.bidderId}`)).toEqual(['c-q2/b-bor', 'c-social/b-cob']);
  });

  it('asks before replacing an evaluator’s import, then keeps the earlier one as superseded', async () => {
    const ws = await workspaceWithLot();
    const exported = await exportAll(ws);
    const first = await fillWorkbook(exported['ev-ao'], ws.lot, 'ev-ao');
    await ws.call('evaluation.importWorkbooks', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      files: [asUpload('ao.xlsx', first)],
      by: 'Lena Lead',
    });
    const again = await fillWorkbook(exported['ev-ao'], ws.lot, 'ev-ao', (wb, layout) => {
      wb.getWorksheet(SHEETS.scoring)!.getCell(layout.scoreInputs[0]!.score).value = 1;
    });
    const before = await readFile(join(ws.root, 'tenders', `${ws.tender.id}.json`), 'utf8');
    const asked = await ws.call('evaluation.importWorkbooks', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      files: [asUpload('ao-v2.xlsx', again)],
      by: 'Lena Lead',
    });
    expect(asked).toMatchObject({
      changed: false,
      files: [{ status: 'needs-confirmation', evaluatorId: 'ev-ao', existing: { fileName: 'ao.xlsx', importedBy: 'Lena Lead' } }],
    });
    expect(asked.files[0]!.summary).toBe(
      'Ana Ortiz’s scores were already imported from “ao.xlsx”. Confirm to replace them (the earlier import is kept in the audit trail).',
    );
    expect(await readFile(join(ws.root, 'tenders', `${ws.tender.id}.json`), 'utf8')).toBe(before);

    const replaced = await ws.call('evaluation.importWorkbooks', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      files: [asUpload('ao-v2.xlsx', again)],
      replaceEvaluatorIds: ['ev-ao'],
      by: 'Lena Lead',
    });
    expect(replaced.files[0]!.status).toBe('replaced');
    const imports = replaced.records.imports;
    expect(imports).toHaveLength(2);
    expect(imports[0]).toMatchObject({ fileName: 'ao.xlsx', supersededBy: imports[1]!.id });
    expect(imports[0]!.scores[0]!.score).toBe(4);
    expect(currentImports({ imports }).get('ev-ao')!.scores[0]!.score).toBe(1);
    expect(replaced.records.audit.map((a) => a.action)).toEqual(['import', 'replace']);
    expect(replaced.records.audit[1]!.summary).toMatch(
      /^Replaced Ana Ortiz’s scores \(from “ao\.xlsx”, imported .+\) with “ao-v2\.xlsx”: 9 scores, 6 pass\/fail verdicts\.$/,
    );
  });

  it('moderates a flagged score with a rationale, keeps the originals and records it in the audit trail', async () => {
    const ws = await workspaceWithLot();
    const exported = await exportAll(ws);
    const uploads = await Promise.all(
      (['ev-ao', 'ev-bw', 'ev-cl'] as const).map(async (id) => asUpload(`${id}.xlsx`, await fillWorkbook(exported[id], ws.lot, id))),
    );
    await ws.call('evaluation.importWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, files: uploads, by: 'Lena Lead' });
    const target = { kind: 'score' as const, criterionId: 'c-social', bidderId: 'b-cob', score: 5 };

    await expect(
      ws.call('evaluation.moderate', { tenderId: ws.tender.id, lotId: ws.lot.id, target, rationale: '   ', by: 'Lena' }),
    ).rejects.toThrow('rationale: A moderation needs a rationale');
    await expect(
      ws.call('evaluation.moderate', {
        tenderId: ws.tender.id,
        lotId: ws.lot.id,
        target: { ...target, score: 7 },
        rationale: 'x',
        by: 'Lena',
      }),
    ).rejects.toThrow('A moderated score must be on the criterion’s scale, 0 to 5.');

    const outcome = await ws.call('evaluation.moderate', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      target,
      rationale: 'The panel checked the supplier map together: it is complete.',
      by: 'Lena Lead',
    });
    expect(outcome.records.moderations).toEqual([
      expect.objectContaining({ kind: 'score', criterionId: 'c-social', bidderId: 'b-cob', score: 5, by: 'Lena Lead' }),
    ]);
    expect(outcome.records.audit.at(-1)!.summary).toBe(
      'Moderated Cobalt Co on 3 “Supply-chain transparency” to 5 of 5 (evaluators’ scores 5, 2, 4, mean 3.67). Rationale: The panel checked the supplier map together: it is complete.',
    );
    const results = await ws.call('evaluation.results', { tenderId: ws.tender.id, lotId: ws.lot.id });
    const cob = results.bidders.find((b) => b.bidderId === 'b-cob')!;
    expect(cob).toMatchObject({ totalRounded: 90, rank: 1 });
    expect(results.cells.find((c) => c.criterionId === 'c-social' && c.bidderId === 'b-cob')!.scores.map((s) => s.score)).toEqual([
      5, 2, 4,
    ]);

    // A pass/fail moderation, then its withdrawal.
    const verdict = { kind: 'verdict' as const, requirementId: 'r-1', bidderId: 'b-bor', result: 'pass' as const };
    await ws.call('evaluation.moderate', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      target: verdict,
      rationale: 'List in annex 4',
      by: 'Lena Lead',
    });
    const withdrawn = await ws.call('evaluation.moderate', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      target: { ...verdict, result: null },
      rationale: 'Annex 4 is for another lot',
      by: 'Lena Lead',
    });
    expect(withdrawn.records.audit.map((a) => a.action)).toEqual([
      'import',
      'import',
      'import',
      'moderate',
      'moderate',
      'withdraw-moderation',
    ]);
  });

  it('tenders.save cannot rewrite or erase the records, but saves the setup', async () => {
    const ws = await workspaceWithLot();
    const exported = await exportAll(ws);
    await ws.call('evaluation.importWorkbooks', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      files: [asUpload('ao.xlsx', await fillWorkbook(exported['ev-ao'], ws.lot, 'ev-ao'))],
      by: 'Lena Lead',
    });
    // The renderer's copy from before the import: no records, and a changed lead name.
    const stale = contentOf(ws.tender);
    const lot = stale.lots[0]!;
    const edited: LotEvaluation = { ...lot.evaluation!, lead: 'Lena L.', imports: [], audit: [] };
    const saved = await ws.call('tenders.save', {
      id: ws.tender.id,
      content: { ...stale, lots: [{ ...lot, evaluation: edited }, stale.lots[1]!] },
    });
    expect(saved.lots[0]!.evaluation!.lead).toBe('Lena L.');
    expect(saved.lots[0]!.evaluation!.imports).toHaveLength(1);
    expect(saved.lots[0]!.evaluation!.audit).toHaveLength(1);
  });
});

describe('keepStoredRecords', () => {
  it('keeps the stored records of known lots and what a new (or undone) lot carries', () => {
    const stored = fixtureTender();
    stored.lots[0]!.evaluation!.audit = [{ id: 'a1', at: '2026-11-20T10:00:00.000Z', by: 'Lena', action: 'import', summary: 'Imported' }];
    const incoming = structuredClone(contentOf(stored));
    incoming.lots[0] = { ...incoming.lots[0]!, evaluation: { ...incoming.lots[0]!.evaluation!, audit: [], lead: 'New lead' } };
    const brought = {
      ...fixtureLot(),
      id: 'lot-back',
      evaluation: {
        ...lotEvaluation(),
        audit: [{ id: 'a2', at: '2026-11-20T10:00:00.000Z', by: 'Lena', action: 'moderate' as const, summary: 'Moderated' }],
      },
    };
    incoming.lots.push(brought);
    const kept = keepStoredRecords(stored, incoming);
    expect(kept.lots[0]!.evaluation).toMatchObject({ lead: 'New lead', audit: [{ id: 'a1' }] });
    expect(kept.lots[2]!.evaluation!.audit).toEqual(brought.evaluation.audit);
    // A stored lot without an evaluation (content from before schema 3) gets an empty one, not undefined records.
    expect(kept.lots[1]!.evaluation).toMatchObject({ imports: [], moderations: [], audit: [] });
  });
});
