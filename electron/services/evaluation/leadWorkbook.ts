/**
 * The lead workbook: one .xlsx per lot for the evaluation lead.
 *
 * Sheets: Overview; Summary (quality points, exclusions, price points, total, rank); Consensus (per
 * quality criterion and bid: each evaluator's score, count, mean, spread, flag, moderated score and
 * rationale, consensus, points); Pass-fail (per requirement and bid: verdicts, fails, passes, moderated
 * result, consensus); Prices (bid prices, which bids count for the lowest/highest price, price points
 * by the lot's formula); and one sheet per evaluator with the imported scores and reasons.
 *
 * Every derived number is a spreadsheet formula that mirrors shared/rules/evaluation.ts, so a reader
 * can rebuild the app's totals in Excel or LibreOffice; a test recalculates the workbook with
 * LibreOffice and compares it with the app to the cent. Two deliberate details: comparisons against
 * the minimum and the ranking use ROUND(total, 9), so floating-point noise in the spreadsheet cannot
 * split a tie the app (which computes exactly) sees as one; and the spread flag compares
 * 10 * (max - min) >= 3 * scale max, which is the 0.3 rule in whole numbers.
 */
import ExcelJS from 'exceljs';
import { currentImports, evaluationOf } from '@shared/model/evaluation';
import type { Lot, Tender } from '@shared/model/tender';
import { PRICE_FORMULA_EXPRESSIONS } from '@shared/model/scoring';
import { evaluateLot } from '@shared/rules/evaluation';
import { evaluationCriteria } from '@shared/rules/evaluationCriteria';
import { bidderLabel, priceFormula } from './scoringLayout';
import { cellStyles, evaluatorSheetName, formula, header, PROTECTION, sheetRef } from './leadFormat';
import { writeConsensusSheet, writePassFailSheet, type PassFailLayout } from './leadPanelSheets';
import { writeEvaluatorSheet, writeOverview } from './leadSheets';
import { addr, col, fitWrappedRows, setupPrint, shareEmptyStyles } from './workbookFormat';
import { makeWorkbookXmlSafe } from './workbookText';
import { currencyNumFmt, currencyOf } from '@shared/model/currency';
import { ENGLISH, voiceOf, type DocumentVoice } from '@shared/documents/voice';
import { PRICE_METHOD_NAMES } from '@shared/rules/exportText';

export { evaluatorSheetName, leadFileName } from './leadFormat';

/** The sheets' names in the workbook's language. */
export function leadSheetsFor({ t }: DocumentVoice) {
  return {
    overview: t('documents:lead.sheets.overview'),
    summary: t('documents:lead.sheets.summary'),
    consensus: t('documents:lead.sheets.consensus'),
    passFail: t('documents:lead.sheets.passFail'),
    prices: t('documents:lead.sheets.prices'),
  } as const;
}
export const LEAD_SHEETS = leadSheetsFor(ENGLISH);

/** Where the Summary sheet puts things (the LibreOffice test reads them). */
export const SUMMARY = {
  minimumCell: 'B2',
  headerRow: 4,
  firstRow: 5,
  columns: {
    bidder: 1,
    reference: 2,
    key: 3,
    quality: 4,
    failed: 5,
    belowMinimum: 6,
    excluded: 7,
    reason: 8,
    price: 9,
    total: 10,
    total2: 11,
    rankBasis: 12,
    rank: 13,
    pending: 14,
  },
} as const;

export interface LeadWorkbookInput {
  tender: Tender;
  lot: Lot;
  exportedAt: Date;
  /** The locale dates are written in (the user's); British English when not given. */
  locale?: string;
  /** The ISO 4217 code prices are formatted in; the tender's own (else euros) when not given. */
  currency?: string;
  /** The workbook's language and locale: the tender's when not given. */
  voice?: DocumentVoice;
}

/** A text as a string literal inside a spreadsheet formula. */
const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

export async function buildLeadWorkbook(input: LeadWorkbookInput): Promise<Buffer> {
  const { tender, lot } = input;
  const voice = input.voice ?? voiceOf(tender);
  const { t } = voice;
  const SHEETS = leadSheetsFor(voice);
  // Dates follow the tender's locale when it names a language; older tenders keep the user's.
  const locale = tender.language ? voice.locale : input.locale;
  const evaluation = evaluationOf(lot);
  const { bidders, evaluators } = evaluation;
  const criteria = evaluationCriteria(lot.criteria);
  const leaves = criteria.filter((c) => c.role === 'quality');
  const priceLeaf = criteria.find((c) => c.role === 'price');
  const imports = currentImports(evaluation);
  const results = evaluateLot(lot);
  const nBidders = bidders.length;
  const styles = cellStyles();
  const fmt = styles.numFmt;
  const moneyFormat = currencyNumFmt(input.currency ?? currencyOf(tender));

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tenderwright';
  wb.title = t('documents:lead.title', { tender: tender.title, lot: lot.title });
  wb.subject = t('documents:lead.subject');
  wb.created = input.exportedAt;
  wb.modified = input.exportedAt;

  const overview = wb.addWorksheet(SHEETS.overview);
  const summary = wb.addWorksheet(SHEETS.summary, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  const consensus = wb.addWorksheet(SHEETS.consensus);
  const passFail = lot.requirements.length > 0 ? wb.addWorksheet(SHEETS.passFail) : null;
  const prices = wb.addWorksheet(SHEETS.prices);
  const evaluatorSheets = evaluators.map((e, i) => wb.addWorksheet(evaluatorSheetName(i, e.initials)));

  // ---- evaluator sheets: the imported originals ----
  evaluators.forEach((evaluator, ei) => {
    writeEvaluatorSheet(evaluatorSheets[ei]!, {
      evaluator,
      entry: imports.get(evaluator.id),
      lot,
      bidders,
      leaves,
      styles,
      locale,
      voice,
    });
  });

  const panelInput = { lot, bidders, evaluators, leaves, evaluatorSheets, results, styles, voice };
  const consensusLayout = writeConsensusSheet(consensus, panelInput);
  const passFailLayout = passFail ? writePassFailSheet(passFail, panelInput) : null;

  // ---- Summary ----
  const S = SUMMARY.columns;
  const S_FIRST = SUMMARY.firstRow;
  const S_LAST = Math.max(S_FIRST, S_FIRST + nBidders - 1);
  summary.getCell('A1').value = t('documents:lead.summary.title', { tender: tender.title, lot: lot.title });
  summary.getCell('A1').style = styles.title;
  summary.getCell('A2').value = t('documents:lead.summary.minimum');
  const minimumCell = summary.getCell(SUMMARY.minimumCell);
  minimumCell.value = lot.minimumQualityScore !== undefined && lot.minimumQualityScore > 0 ? lot.minimumQualityScore / 100 : null;
  minimumCell.style = fmt('0.00');
  summary.getCell('C2').value = t('documents:lead.summary.note');
  header(
    summary,
    styles,
    SUMMARY.headerRow,
    [
      t('documents:lead.columns.bidder'),
      t('documents:lead.columns.reference'),
      t('documents:lead.columns.bidderKey'),
      t('documents:lead.columns.qualityPoints'),
      t('documents:lead.columns.failedRequirements'),
      t('documents:lead.columns.belowMinimum'),
      t('documents:lead.columns.excluded'),
      t('documents:lead.columns.exclusion'),
      t('documents:lead.columns.pricePoints'),
      t('documents:lead.columns.total'),
      t('documents:lead.columns.total2'),
      t('documents:lead.columns.totalForRanking'),
      t('documents:lead.columns.rank'),
      t('documents:lead.columns.stillMissing'),
    ],
    [26, 14, 12, 11, 14, 11, 10, 30, 11, 11, 11, 12, 7, 28],
  );
  const consensusRange = (c: number) =>
    `${sheetRef(SHEETS.consensus)}!$${col(c)}$${consensusLayout.firstRow}:$${col(c)}$${consensusLayout.lastRow}`;
  const passFailRange = (layout: PassFailLayout, c: number) =>
    `${sheetRef(SHEETS.passFail)}!$${col(c)}$${layout.firstRow}:$${col(c)}$${layout.lastRow}`;
  const P_ROW_FIRST = 6;
  bidders.forEach((b, bi) => {
    const row = S_FIRST + bi;
    const cell = (c: number) => summary.getCell(row, c);
    const at = (c: number) => addr(c, row);
    cell(S.bidder).value = bidderLabel(b, bi, voice);
    cell(S.reference).value = b.reference;
    cell(S.key).value = b.id;
    if (leaves.length > 0) {
      formula(
        cell(S.quality),
        `IF(SUMIFS(${consensusRange(consensusLayout.hasColumn)},${consensusRange(consensusLayout.keyColumn)},${at(S.key)})<${leaves.length},"",SUMIFS(${consensusRange(consensusLayout.pointsColumn)},${consensusRange(consensusLayout.keyColumn)},${at(S.key)}))`,
        fmt('0.00'),
      );
    } else {
      cell(S.quality).value = 0;
    }
    if (passFailLayout)
      formula(
        cell(S.failed),
        `COUNTIFS(${passFailRange(passFailLayout, passFailLayout.keyColumn)},${at(S.key)},${passFailRange(passFailLayout, passFailLayout.consensusColumn)},${literal(t('documents:evaluator.verdict.fail'))})`,
      );
    else cell(S.failed).value = 0;
    formula(cell(S.belowMinimum), `IF(OR($B$2="",${at(S.quality)}=""),FALSE,ROUND(${at(S.quality)},9)<$B$2)`);
    formula(cell(S.excluded), `OR(${at(S.failed)}>0,${at(S.belowMinimum)})`);
    formula(
      cell(S.reason),
      `IF(${at(S.failed)}>0,${literal(t('documents:lead.summary.failsBefore'))}&${at(S.failed)}&${literal(t('documents:lead.summary.failsAfter'))},IF(${at(S.belowMinimum)},${literal(t('documents:lead.summary.belowMinimum'))},""))`,
    );
    if (priceLeaf) formula(cell(S.price), `${sheetRef(SHEETS.prices)}!${addr(7, P_ROW_FIRST + bi)}`, fmt('0.00'));
    else cell(S.price).value = 0;
    formula(
      cell(S.total),
      `IF(OR(${at(S.excluded)},${at(S.quality)}="",${at(S.price)}=""),"",${at(S.quality)}+${at(S.price)})`,
      fmt('0.00'),
    );
    formula(cell(S.total2), `IF(${at(S.total)}="","",ROUND(${at(S.total)},2))`, fmt('0.00'));
    formula(cell(S.rankBasis), `IF(${at(S.total)}="","",ROUND(${at(S.total)},9))`);
    formula(
      cell(S.rank),
      `IF(${at(S.rankBasis)}="","",RANK(${at(S.rankBasis)},$${col(S.rankBasis)}$${S_FIRST}:$${col(S.rankBasis)}$${S_LAST}))`,
    );
    formula(
      cell(S.pending),
      `IF(${at(S.excluded)},"",IF(${at(S.quality)}="",${literal(t('documents:lead.summary.scoresMissing'))},IF(${at(S.price)}="",${literal(t('documents:lead.summary.noUsablePrice'))},"")))`,
    );
  });
  summary.views = [{ state: 'frozen', xSplit: 1, ySplit: SUMMARY.headerRow, topLeftCell: 'B5', activeCell: 'A5' }];
  summary.getColumn(S.key).hidden = true;
  summary.getColumn(S.rankBasis).hidden = true;
  summary.getRow(1).height = 20;
  fitWrappedRows(
    summary,
    Array.from({ length: S_LAST - SUMMARY.headerRow + 1 }, (_, i) => i + SUMMARY.headerRow),
  );
  setupPrint(summary, { titleRows: `${SUMMARY.headerRow}:${SUMMARY.headerRow}`, lastColumn: S.pending, lastRow: S_LAST });

  // ---- Prices ----
  prices.getCell('A1').value = t('documents:lead.prices.title', { lot: lot.title });
  prices.getCell('A1').style = styles.title;
  if (priceLeaf?.formula) {
    prices.getCell('A2').value = t('documents:evaluator.pointsW');
    prices.getCell('B2').value = priceLeaf.points.toNumber();
    prices.getCell('C2').value =
      `${priceLeaf.ref} ${priceLeaf.criterion.name}: ${PRICE_METHOD_NAMES[priceLeaf.formula.type](voice)}, ${PRICE_FORMULA_EXPRESSIONS[priceLeaf.formula.type]}`;
    prices.getCell('A3').value = t('documents:lead.prices.note');
  } else {
    prices.getCell('A2').value = t('documents:lead.prices.notScored');
  }
  header(
    prices,
    styles,
    5,
    [
      t('documents:lead.columns.bidder'),
      t('documents:lead.columns.reference'),
      t('documents:lead.columns.bidderKey'),
      t('documents:lead.columns.bidPrice'),
      t('documents:lead.columns.countsForPrice'),
      t('documents:lead.columns.priceIfCounted'),
      t('documents:lead.columns.pricePoints'),
    ],
    [26, 14, 12, 14, 10, 14, 11],
  );
  const yes = literal(t('documents:lead.prices.yes'));
  const priceRange = `$F$${P_ROW_FIRST}:$F$${Math.max(P_ROW_FIRST, P_ROW_FIRST + nBidders - 1)}`;
  bidders.forEach((b, bi) => {
    const row = P_ROW_FIRST + bi;
    const cell = (c: number) => prices.getCell(row, c);
    cell(1).value = bidderLabel(b, bi, voice);
    cell(2).value = b.reference;
    cell(3).value = b.id;
    const price = cell(4);
    price.value = b.priceCents === undefined ? null : b.priceCents / 100;
    price.style = fmt(moneyFormat);
    const excluded = `${sheetRef(SHEETS.summary)}!${addr(S.excluded, S_FIRST + bi)}`;
    formula(cell(5), `IF(AND(ISNUMBER(D${row}),D${row}>0,NOT(${excluded})),${yes},${literal(t('documents:lead.prices.no'))})`);
    formula(cell(6), `IF(E${row}=${yes},D${row},"")`, fmt(moneyFormat));
    if (priceLeaf?.formula) {
      formula(cell(7), `IF(F${row}="","",${priceFormula(priceLeaf.formula, `F${row}`, [priceRange], '$B$2')})`, fmt('0.00'));
    }
  });
  prices.views = [{ state: 'frozen', xSplit: 1, ySplit: 5, topLeftCell: 'B6', activeCell: 'A6' }];
  prices.getColumn(3).hidden = true;
  prices.getRow(1).height = 20;
  const pricesLast = Math.max(P_ROW_FIRST, P_ROW_FIRST + nBidders - 1);
  fitWrappedRows(
    prices,
    Array.from({ length: pricesLast - 4 }, (_, i) => i + 5),
  );
  setupPrint(prices, { titleRows: '5:5', lastColumn: 7, lastRow: pricesLast });

  writeOverview(overview, {
    tender,
    lot,
    evaluation,
    importedEvaluatorIds: new Set(imports.keys()),
    exportedAt: input.exportedAt,
    styles,
    locale,
    voice,
  });

  for (const ws of wb.worksheets) await ws.protect('', { ...PROTECTION });
  shareEmptyStyles(wb);
  makeWorkbookXmlSafe(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
