/**
 * The lead workbook's reading sheets: one per evaluator with the scores and reasons as imported (the
 * Consensus and Pass-fail formulas read them from the cells laid out here), and the Overview.
 */
import type ExcelJS from 'exceljs';
import { applicableScores, type EvaluationCriterion } from '@shared/rules/evaluationCriteria';
import type { Bidder, Evaluator, EvaluatorImport, LotEvaluation } from '@shared/model/evaluation';
import type { Lot, Tender } from '@shared/model/tender';
import { bidderLabel } from './scoringLayout';
import { header, type CellStyles } from './leadFormat';
import { fitWrappedRows, readableDateTime, setupPrint } from './workbookFormat';

/** Where an evaluator sheet puts each score and verdict. */
export function evaluatorSheetCells(leafCount: number) {
  const first = 4;
  return {
    scoreRowOf: (leafIndex: number) => first + leafIndex,
    verdictRowOf: (reqIndex: number) => first + leafCount + 1 + reqIndex,
    scoreColOf: (bidderIndex: number) => 4 + 2 * bidderIndex,
  };
}

export interface EvaluatorSheetInput {
  evaluator: Evaluator;
  entry: EvaluatorImport | undefined;
  lot: Lot;
  bidders: readonly Bidder[];
  leaves: readonly EvaluationCriterion[];
  styles: CellStyles;
  locale?: string;
}

export function writeEvaluatorSheet(
  ws: ExcelJS.Worksheet,
  { evaluator, entry, lot, bidders, leaves, styles, locale }: EvaluatorSheetInput,
): void {
  const { scoreRowOf, verdictRowOf, scoreColOf } = evaluatorSheetCells(leaves.length);
  ws.getCell('A1').value = `Scores by ${evaluator.name} (${evaluator.initials})`;
  ws.getCell('A1').style = styles.title;
  ws.getRow(1).height = 20;
  ws.getCell('A2').value = entry
    ? `Imported from “${entry.fileName}” on ${readableDateTime(entry.importedAt, locale)} by ${entry.importedBy} (workbook SHA-256 ${entry.workbookSha256.slice(0, 16)}…).`
    : 'Not imported yet: this evaluator’s cells are blank and left out of the means.';
  header(ws, styles, 3, ['Ref', 'Criterion', 'Scale'], [6, 36, 8]);
  bidders.forEach((b, bi) => {
    const c = ws.getCell(3, scoreColOf(bi));
    c.value = `${bidderLabel(b, bi)}: score`;
    const r = ws.getCell(3, scoreColOf(bi) + 1);
    r.value = `${bidderLabel(b, bi)}: reason`;
    c.style = r.style = styles.bidderHeader;
    ws.getColumn(scoreColOf(bi)).width = 10;
    ws.getColumn(scoreColOf(bi) + 1).width = 36;
  });
  const scores = new Map((entry ? applicableScores(lot, entry.scores) : []).map((s) => [`${s.criterionId}|${s.bidderId}`, s]));
  leaves.forEach((leaf, li) => {
    const row = scoreRowOf(li);
    ws.getCell(row, 1).value = leaf.ref;
    const name = ws.getCell(row, 2);
    name.value = leaf.criterion.name;
    name.style = styles.wrapTop;
    ws.getCell(row, 3).value = leaf.scaleMax!;
    bidders.forEach((b, bi) => {
      const s = scores.get(`${leaf.criterion.id}|${b.id}`);
      if (s) {
        ws.getCell(row, scoreColOf(bi)).value = s.score;
        const reason = ws.getCell(row, scoreColOf(bi) + 1);
        reason.value = s.reason;
        reason.style = styles.wrapTop;
      }
    });
  });
  const verdicts = new Map((entry?.verdicts ?? []).map((v) => [`${v.requirementId}|${v.bidderId}`, v]));
  lot.requirements.forEach((req, ri) => {
    const row = verdictRowOf(ri);
    ws.getCell(row, 1).value = `R${ri + 1}`;
    const name = ws.getCell(row, 2);
    name.value = req.name;
    name.style = styles.wrapTop;
    bidders.forEach((b, bi) => {
      const v = verdicts.get(`${req.id}|${b.id}`);
      if (v) {
        ws.getCell(row, scoreColOf(bi)).value = v.result === 'pass' ? 'Pass' : 'Fail';
        const reason = ws.getCell(row, scoreColOf(bi) + 1);
        reason.value = v.reason;
        reason.style = styles.wrapTop;
      }
    });
  });
  const lastRow = lot.requirements.length > 0 ? verdictRowOf(lot.requirements.length - 1) : scoreRowOf(Math.max(0, leaves.length - 1));
  fitWrappedRows(
    ws,
    Array.from({ length: lastRow - 2 }, (_, i) => i + 3),
  );
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 3, topLeftCell: 'C4', activeCell: 'A4' }];
  setupPrint(ws, { titleRows: '3:3', lastColumn: Math.max(3, scoreColOf(bidders.length - 1) + 1), lastRow });
}

export interface OverviewInput {
  tender: Tender;
  lot: Lot;
  evaluation: LotEvaluation;
  importedEvaluatorIds: ReadonlySet<string>;
  exportedAt: Date;
  styles: CellStyles;
  locale?: string;
}

export function writeOverview(
  ws: ExcelJS.Worksheet,
  { tender, lot, evaluation, importedEvaluatorIds, exportedAt, styles, locale }: OverviewInput,
): void {
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 80;
  const rows: [string, string | number][] = [
    ['Tender', tender.title],
    ['Reference', tender.reference],
    ['Lot', lot.title],
    ['Tender revision', tender.revision],
    ['Exported', readableDateTime(exportedAt, locale)],
    [
      'Evaluators',
      evaluation.evaluators
        .map((e) => `${e.name} (${e.initials})${importedEvaluatorIds.has(e.id) ? '' : ' – not imported yet'}`)
        .join('; '),
    ],
    ['Bidders', evaluation.bidders.map((b, i) => bidderLabel(b, i)).join('; ')],
    ['', ''],
    [
      'How to read this workbook',
      'Summary gives each bid’s quality points, exclusions, price points, total and rank. Consensus and Pass-fail show how each consensus was reached; Prices shows the price scores; each evaluator’s sheet holds the scores and reasons as imported. Every figure is a formula, so it can be checked here.',
    ],
    [
      'Moderation',
      'Moderated scores and rationales recorded in Tenderwright are filled in on Consensus and Pass-fail (yellow cells). Changing them here changes this workbook only: record moderations in Tenderwright so they enter the audit trail.',
    ],
  ];
  rows.forEach(([k, v], i) => {
    ws.getCell(i + 1, 1).value = k;
    ws.getCell(i + 1, 1).style = styles.bold;
    const cell = ws.getCell(i + 1, 2);
    cell.value = v;
    cell.style = styles.wrapTop;
  });
  fitWrappedRows(
    ws,
    Array.from(rows, (_, i) => i + 1),
  );
  setupPrint(ws, { orientation: 'portrait', lastColumn: 2, lastRow: rows.length });
}
