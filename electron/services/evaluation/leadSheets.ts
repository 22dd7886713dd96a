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
import type { DocumentVoice } from '@shared/documents/voice';

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
  voice: DocumentVoice;
}

export function writeEvaluatorSheet(
  ws: ExcelJS.Worksheet,
  { evaluator, entry, lot, bidders, leaves, styles, locale, voice }: EvaluatorSheetInput,
): void {
  const { t } = voice;
  const { scoreRowOf, verdictRowOf, scoreColOf } = evaluatorSheetCells(leaves.length);
  ws.getCell('A1').value = t('documents:lead.evaluatorSheet.title', { name: evaluator.name, initials: evaluator.initials });
  ws.getCell('A1').style = styles.title;
  ws.getRow(1).height = 20;
  ws.getCell('A2').value = entry
    ? t('documents:lead.evaluatorSheet.imported', {
        fileName: entry.fileName,
        date: readableDateTime(entry.importedAt, locale),
        by: entry.importedBy,
        sha: entry.workbookSha256.slice(0, 16),
      })
    : t('documents:lead.evaluatorSheet.notImported');
  header(ws, styles, 3, [t('documents:evaluator.ref'), t('documents:evaluator.criterion'), t('documents:evaluator.scale')], [6, 36, 8]);
  bidders.forEach((b, bi) => {
    const c = ws.getCell(3, scoreColOf(bi));
    c.value = t('documents:lead.evaluatorSheet.score', { bidder: bidderLabel(b, bi, voice) });
    const r = ws.getCell(3, scoreColOf(bi) + 1);
    r.value = t('documents:lead.evaluatorSheet.reason', { bidder: bidderLabel(b, bi, voice) });
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
        ws.getCell(row, scoreColOf(bi)).value =
          v.result === 'pass' ? t('documents:evaluator.verdict.pass') : t('documents:evaluator.verdict.fail');
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
  voice: DocumentVoice;
}

export function writeOverview(
  ws: ExcelJS.Worksheet,
  { tender, lot, evaluation, importedEvaluatorIds, exportedAt, styles, locale, voice }: OverviewInput,
): void {
  const { t } = voice;
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 80;
  const rows: [string, string | number][] = [
    [t('documents:lead.overview.tender'), tender.title],
    [t('documents:lead.overview.reference'), tender.reference],
    [t('documents:lead.overview.lot'), lot.title],
    [t('documents:lead.overview.revision'), tender.revision],
    [t('documents:lead.overview.exported'), readableDateTime(exportedAt, locale)],
    [
      t('documents:lead.overview.evaluators'),
      evaluation.evaluators
        .map((e) =>
          importedEvaluatorIds.has(e.id)
            ? `${e.name} (${e.initials})`
            : t('documents:lead.overview.notImportedYet', { name: e.name, initials: e.initials }),
        )
        .join('; '),
    ],
    [t('documents:lead.overview.bidders'), evaluation.bidders.map((b, i) => bidderLabel(b, i, voice)).join('; ')],
    ['', ''],
    [t('documents:lead.overview.howToRead'), t('documents:lead.overview.howToReadText')],
    [t('documents:lead.overview.moderation'), t('documents:lead.overview.moderationText')],
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
