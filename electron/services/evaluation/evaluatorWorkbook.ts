/**
 * The evaluator workbook: one .xlsx per evaluator per lot.
 *
 * Sheets, in this order: Instructions, Criteria, Scoring, and a very hidden "Tenderwright" sheet with
 * the metadata that ties the file to the tender (tender id and revision, lot, evaluator, format
 * version, setup checksum). The Scoring sheet has a row per scored criterion and, per bidder, a score
 * cell (whole numbers 0..scale max, with the scale's descriptors as input message) and a reason cell;
 * pass/fail requirements get a Pass/Fail list; weighted subtotals are live formulas.
 *
 * Every cell is locked except the inputs, and every sheet is protected WITHOUT a password: protection
 * guards against accidents, not against a determined user, and a password would only lock the lead
 * out. Integrity is enforced by the import, which rebuilds this same layout and compares every formula
 * and label with what it finds (see importWorkbook.ts).
 *
 * The layout is a pure function of the setup the checksum covers, so exporter and importer share it.
 */
import ExcelJS from 'exceljs';
import type { Evaluator } from '@shared/model/evaluation';
import { evaluationOf, type LotEvaluation } from '@shared/model/evaluation';
import type { Lot, Tender } from '@shared/model/tender';
import { currencyOf } from '@shared/model/currency';
import { CATEGORY_NAMES, PRICE_METHOD_NAMES } from '@shared/rules/exportText';
import { ENGLISH, voiceFor, voiceOf, type DocumentVoice } from '@shared/documents/voice';
import { LanguageSchema } from '@shared/model/language';
import { evaluationCriteria, type EvaluationCriterion } from '@shared/rules/evaluationCriteria';
import { setupChecksum } from '@shared/rules/evaluationChecksum';
import { LINE_HEIGHT_POINTS, wrappedRowHeight } from '@shared/rules/wrappedRowHeight';
import { writeCriteriaSheet, writeInstructionsSheet } from './evaluatorGuideSheets';
import { scoringLayout, SCORING_COLUMNS, SCORING_ROWS, type ScoringLayout } from './scoringLayout';
import { evaluatorCellStyles, reasonValidation, scoreValidation, verdictValidation } from './scoringCells';
import { makeWorkbookXmlSafe } from './workbookText';
import type { SignatureCells } from './workbookSignature';
import { addr, fitWrappedRows, safeFilePart, setupPrint, shareEmptyStyles } from './workbookFormat';

export * from './scoringLayout';
export { addr, col, HEADER_FILL, INPUT_FILL, shareEmptyStyles } from './workbookFormat';
export { formatDescriptors, instructionLines } from './evaluatorGuideSheets';

export const EVALUATOR_FORMAT = 'tenderwright-evaluator-workbook';
export const EVALUATOR_FORMAT_VERSION = 1;
export { XLSX_MIME } from '../mime';

/** The sheets' names in the workbook's language; the hidden one keeps the product's name in every language. */
export function sheetsFor({ t }: DocumentVoice) {
  return {
    instructions: t('documents:evaluator.sheets.instructions'),
    criteria: t('documents:evaluator.sheets.criteria'),
    scoring: t('documents:evaluator.sheets.scoring'),
    meta: 'Tenderwright',
  } as const;
}
export const sheetOrderFor = (voice: DocumentVoice) => {
  const sheets = sheetsFor(voice);
  return [sheets.instructions, sheets.criteria, sheets.scoring, sheets.meta] as const;
};
export const SHEETS = sheetsFor(ENGLISH);
export const SHEET_ORDER = sheetOrderFor(ENGLISH);

/** The voice a workbook was written in, from its hidden sheet's language: English for workbooks from before languages. */
export function workbookVoice(language: string | undefined): DocumentVoice {
  const parsed = LanguageSchema.safeParse(language);
  return parsed.success ? voiceFor(parsed.data) : ENGLISH;
}

export const META_KEYS = [
  'format',
  'formatVersion',
  'tenderId',
  'tenderTitle',
  'tenderRevision',
  'lotId',
  'lotTitle',
  'evaluatorId',
  'evaluatorName',
  'setupChecksum',
  'exportedAt',
  'signingKeyId',
  'signedIdentity',
  'signature',
  'language',
] as const;
export type MetaKey = (typeof META_KEYS)[number];

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

// ---- writing ---------------------------------------------------------------------------------

export interface EvaluatorWorkbookInput {
  tender: Tender;
  lot: Lot;
  evaluator: Evaluator;
  exportedAt: Date;
  /** The locale dates are written in (the user's); British English when not given. */
  locale?: string;
  /** The ISO 4217 code bid prices are formatted in; the tender's own (else euros) when not given. */
  currency?: string;
  /** The workbook's language and locale: the tender's when not given. */
  voice?: DocumentVoice;
  /** The workspace's signature over what this workbook is issued for (workbookSignature.ts). */
  signature?: SignatureCells;
}

export function evaluatorFileName(tender: Tender, lot: Lot, evaluator: Evaluator): string {
  const name = [tender.reference || tender.title, lot.title, `${evaluator.initials.trim().toUpperCase()} scoring`]
    .map(safeFilePart)
    .filter(Boolean)
    .join(' - ');
  return `${name}.xlsx`;
}

/** What every evaluator's workbook of a lot shares: worked out once per lot, not once per evaluator. */
export interface LotWorkbookParts {
  evaluation: LotEvaluation;
  layout: ScoringLayout;
  /** The language the layout's labels are in. */
  language: DocumentVoice['language'];
  criteria: EvaluationCriterion[];
  checksum: string;
}

export function lotWorkbookParts(lot: Lot, voice: DocumentVoice = ENGLISH): LotWorkbookParts {
  const evaluation = evaluationOf(lot);
  return {
    evaluation,
    layout: scoringLayout(lot, voice),
    language: voice.language,
    criteria: evaluationCriteria(lot.criteria),
    checksum: setupChecksum({ ...lot, evaluation }),
  };
}

/** One evaluator's workbook. `parts` must be `lotWorkbookParts(input.lot)`: pass it when exporting a whole panel. */
export async function buildEvaluatorWorkbook(
  input: EvaluatorWorkbookInput,
  parts: LotWorkbookParts = lotWorkbookParts(input.lot),
): Promise<Buffer> {
  const { tender, lot, evaluator } = input;
  const voice = input.voice ?? voiceOf(tender);
  const { t } = voice;
  const sheets = sheetsFor(voice);
  const { evaluation, criteria } = parts;
  const layout = parts.language === voice.language ? parts.layout : scoringLayout(lot, voice);
  // Dates follow the tender's locale when it names a language; older tenders keep the user's.
  const locale = tender.language ? voice.locale : input.locale;
  const styles = evaluatorCellStyles(input.currency ?? currencyOf(tender), voice);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tenderwright';
  wb.title = t('documents:evaluator.title', { tender: tender.title, lot: lot.title, evaluator: evaluator.name });
  wb.subject = t('documents:evaluator.subject');
  wb.created = input.exportedAt;
  wb.modified = input.exportedAt;

  const instructions = wb.addWorksheet(sheets.instructions, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  writeInstructionsSheet(instructions, { tender, lot, evaluator, evaluation, exportedAt: input.exportedAt, locale, voice });
  const crit = wb.addWorksheet(sheets.criteria);
  writeCriteriaSheet(crit, lot, criteria, voice);

  // ---- Scoring ----
  const ws = wb.addWorksheet(sheets.scoring, { properties: { tabColor: { argb: 'FFC9A227' } } });
  const C = SCORING_COLUMNS;
  ws.getColumn(C.ref).width = 6;
  ws.getColumn(C.name).width = 36;
  ws.getColumn(C.category).width = 13;
  ws.getColumn(C.scale).width = 9;
  ws.getColumn(C.points).width = 9;
  ws.getColumn(C.perStep).width = 10;
  for (const b of layout.bidders) {
    ws.getColumn(b.score).width = 9;
    ws.getColumn(b.reason).width = 42;
  }
  const title = ws.getCell(SCORING_ROWS.title, 1);
  title.value = t('documents:evaluator.scoringTitle', { tender: tender.title, lot: lot.title });
  title.style = styles.title;
  ws.getCell(SCORING_ROWS.subtitle, 1).value = t('documents:evaluator.scoringSubtitle', {
    name: evaluator.name,
    initials: evaluator.initials,
  });

  const headerTexts: [number, string][] = [
    [C.ref, t('documents:evaluator.ref')],
    [C.name, t('documents:evaluator.criterion')],
    [C.category, t('documents:evaluator.category')],
    [C.scale, t('documents:evaluator.scale')],
    [C.points, t('documents:evaluator.pointsW')],
    [C.perStep, t('documents:evaluator.perStep')],
  ];
  // A merge gives the merged cells the first cell's style object, so the style comes first.
  for (const [column, text] of headerTexts) {
    const cell = ws.getCell(SCORING_ROWS.header, column);
    cell.style = styles.header;
    ws.mergeCells(SCORING_ROWS.header, column, SCORING_ROWS.subheader, column);
    cell.value = text;
  }
  for (const b of layout.bidders) {
    const head = ws.getCell(SCORING_ROWS.header, b.score);
    head.style = styles.header;
    ws.mergeCells(SCORING_ROWS.header, b.score, SCORING_ROWS.header, b.reason);
    head.value = b.bidder.reference.trim() ? `${b.label} (${b.bidder.reference.trim()})` : b.label;
    for (const [column, text] of [
      [b.score, t('documents:evaluator.score')],
      [b.reason, t('documents:evaluator.reason')],
    ] as const) {
      const cell = ws.getCell(SCORING_ROWS.subheader, column);
      cell.value = text;
      cell.style = styles.header;
    }
  }

  const formulaCell = (row: number, column: number, style: Partial<ExcelJS.Style>) => {
    const cell = ws.getCell(row, column);
    cell.value = { formula: layout.formulas.get(addr(column, row))! };
    cell.style = style;
  };
  // The same prompt and checks for every bid on a row: one validation object per row, not per cell.
  const reasons = reasonValidation(voice);
  const verdicts = verdictValidation(voice);

  /** One bid's input pair on a row: the score or verdict cell and the reason beside it. */
  const inputCells = (
    rowNumber: number,
    columns: { score: number; reason: number },
    input: Partial<ExcelJS.Style>,
    validation: ExcelJS.DataValidation,
    reasonCheck?: ExcelJS.DataValidation,
  ) => {
    const value = ws.getCell(rowNumber, columns.score);
    value.style = input;
    value.dataValidation = validation;
    const reason = ws.getCell(rowNumber, columns.reason);
    reason.style = styles.reasonInput;
    if (reasonCheck) reason.dataValidation = reasonCheck;
  };

  for (const row of layout.rows) {
    const ref = ws.getCell(row.row, C.ref);
    const name = ws.getCell(row.row, C.name);
    if (row.ref !== undefined) ref.value = row.ref;
    name.value =
      row.label.trim() ||
      (row.kind === 'requirement'
        ? t('documents:evaluator.unnamedRequirement')
        : row.kind === 'quality' || row.kind === 'heading'
          ? t('documents:evaluator.unnamedCriterion')
          : row.label);
    const bold = row.kind === 'heading' || row.kind === 'subtotal' || row.kind === 'total' || row.kind === 'requirements-heading';
    name.style = bold ? styles.wrapTopBold : row.kind === 'quality' && row.criterion!.depth === 1 ? styles.wrapTopIndented : styles.wrapTop;
    const c = row.criterion;
    switch (row.kind) {
      case 'heading':
        ref.style = styles.bold;
        ws.getCell(row.row, C.category).value = CATEGORY_NAMES[c!.criterion.category](voice);
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        break;
      case 'quality': {
        ws.getCell(row.row, C.category).value = CATEGORY_NAMES[c!.criterion.category](voice);
        const scale = ws.getCell(row.row, C.scale);
        scale.value = c!.scaleMax!;
        scale.style = styles.scale;
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        formulaCell(row.row, C.perStep, styles.perStep);
        const scores = scoreValidation(c!, voice);
        for (const b of layout.bidders) inputCells(row.row, b, styles.scoreInput, scores, reasons);
        break;
      }
      case 'subtotal':
      case 'total':
        for (const b of layout.bidders) formulaCell(row.row, b.score, styles.boldPoints);
        break;
      case 'check':
        for (const b of layout.bidders) formulaCell(row.row, b.score, styles.italic);
        break;
      case 'bid-price':
        for (const b of layout.bidders) {
          const cell = ws.getCell(row.row, b.score);
          cell.value = b.bidder.priceCents === undefined ? null : b.bidder.priceCents / 100;
          cell.style = styles.money;
        }
        break;
      case 'price': {
        ws.getCell(row.row, C.category).value = CATEGORY_NAMES[c!.criterion.category](voice);
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        const note = ws.getCell(row.row, C.perStep);
        note.value = PRICE_METHOD_NAMES[c!.formula!.type](voice);
        note.style = styles.wrapTop;
        for (const b of layout.bidders) formulaCell(row.row, b.score, styles.points);
        break;
      }
      case 'requirements-heading':
        break;
      case 'requirement':
        for (const b of layout.bidders) inputCells(row.row, b, styles.verdictInput, verdicts);
        break;
    }
  }
  const firstInput = layout.scoreInputs[0]?.score ?? layout.verdictInputs[0]?.verdict ?? 'C6';
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: SCORING_ROWS.subheader, topLeftCell: 'C6', activeCell: firstInput }];
  ws.getRow(SCORING_ROWS.title).height = 20;
  fitWrappedRows(
    ws,
    layout.rows.map((row) => row.row),
  );
  // The header cells are merged (fixed headings over two rows, bidder names over two columns), so
  // their heights are worked out here: the second header row keeps one line, the first takes the rest.
  const widthOf = (column: number) => ws.getColumn(column).width ?? 9;
  const fixedHeadings = wrappedRowHeight(headerTexts.map(([column, text]) => ({ text, columnWidth: widthOf(column) })));
  const bidderHeadings = wrappedRowHeight(
    layout.bidders.map((b) => ({
      text: String(ws.getCell(SCORING_ROWS.header, b.score).value ?? ''),
      columnWidth: widthOf(b.score) + widthOf(b.reason),
    })),
  );
  ws.getRow(SCORING_ROWS.subheader).height = LINE_HEIGHT_POINTS;
  ws.getRow(SCORING_ROWS.header).height = Math.max(bidderHeadings, fixedHeadings - LINE_HEIGHT_POINTS);
  setupPrint(ws, { titleRows: `${SCORING_ROWS.header}:${SCORING_ROWS.subheader}`, lastColumn: layout.lastColumn, lastRow: layout.lastRow });

  // ---- metadata (very hidden) ----
  const meta = wb.addWorksheet(sheets.meta, { state: 'veryHidden' });
  const values: Record<MetaKey, string | number> = {
    format: EVALUATOR_FORMAT,
    formatVersion: EVALUATOR_FORMAT_VERSION,
    tenderId: tender.id,
    tenderTitle: tender.title,
    tenderRevision: tender.revision,
    lotId: lot.id,
    lotTitle: lot.title,
    evaluatorId: evaluator.id,
    evaluatorName: evaluator.name,
    setupChecksum: parts.checksum,
    exportedAt: input.exportedAt.toISOString(),
    signingKeyId: input.signature?.signingKeyId ?? '',
    signedIdentity: input.signature?.signedIdentity ?? '',
    signature: input.signature?.signature ?? '',
    language: voice.language,
  };
  META_KEYS.forEach((key, i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = values[key];
  });

  for (const sheet of [instructions, crit, ws, meta]) await sheet.protect('', { ...PROTECTION });
  shareEmptyStyles(wb);
  makeWorkbookXmlSafe(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
