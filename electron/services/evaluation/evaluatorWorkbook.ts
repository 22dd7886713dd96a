/**
 * The evaluator workbook: one .xlsx per evaluator per lot (issue 6, point 2).
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
import type { Bidder, Evaluator } from '@shared/model/evaluation';
import { evaluationOf, type LotEvaluation } from '@shared/model/evaluation';
import type { Lot, Tender } from '@shared/model/tender';
import { CATEGORY_LABELS } from '@shared/model/criteria';
import { PRICE_FORMULA_EXPRESSIONS, PRICE_FORMULA_LABELS, type PriceFormula } from '@shared/model/scoring';
import { evaluationCriteria, SPREAD_FLAG_RATIO, type EvaluationCriterion } from '@shared/rules/evaluation';
import { setupChecksum } from '@shared/rules/evaluationChecksum';
import type { SignatureCells } from './workbookSignature';

export const EVALUATOR_FORMAT = 'tenderwright-evaluator-workbook';
export const EVALUATOR_FORMAT_VERSION = 1;
export { XLSX_MIME } from '../mime';

export const SHEETS = {
  instructions: 'Instructions',
  criteria: 'Criteria',
  scoring: 'Scoring',
  meta: 'Tenderwright',
} as const;
export const SHEET_ORDER = [SHEETS.instructions, SHEETS.criteria, SHEETS.scoring, SHEETS.meta] as const;

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
] as const;
export type MetaKey = (typeof META_KEYS)[number];

export const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/** 1 -> A, 27 -> AA. */
export function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const addr = (column: number, row: number) => `${col(column)}${row}`;

// ---- layout ----------------------------------------------------------------------------------

export const SCORING_ROWS = { title: 1, subtitle: 2, header: 4, subheader: 5, first: 6 } as const;
export const SCORING_COLUMNS = { ref: 1, name: 2, category: 3, scale: 4, points: 5, perStep: 6, firstBidder: 7 } as const;

export interface ScoreInput {
  criterionId: string;
  bidderId: string;
  row: number;
  score: string;
  reason: string;
  scaleMax: number;
  /** "1.2 “Delivery plan”" */
  criterionLabel: string;
  bidderLabel: string;
}

export interface VerdictInput {
  requirementId: string;
  bidderId: string;
  row: number;
  verdict: string;
  reason: string;
  requirementLabel: string;
  bidderLabel: string;
}

export type ScoringRowKind = 'heading' | 'quality' | 'subtotal' | 'check' | 'bid-price' | 'price' | 'total' | 'requirements-heading' | 'requirement';

export interface ScoringRow {
  row: number;
  kind: ScoringRowKind;
  /** Text of column A (the reference) for criterion and requirement rows. */
  ref?: string;
  /** Text of column B. */
  label: string;
  criterion?: EvaluationCriterion;
  requirementId?: string;
}

export interface ScoringLayout {
  bidders: { bidder: Bidder; label: string; score: number; reason: number }[];
  rows: ScoringRow[];
  formulas: Map<string, string>;
  /** Cells whose text the import checks, so moved or inserted rows are caught: address -> text. */
  labels: Map<string, string>;
  scoreInputs: ScoreInput[];
  verdictInputs: VerdictInput[];
  showPrices: boolean;
  lastColumn: number;
  lastRow: number;
}

export function bidderLabel(bidder: Bidder, index: number): string {
  return bidder.name.trim() || `Bidder ${index + 1}`;
}

/** A formula that scores one bid's price with the lot's formula, as a spreadsheet formula. */
export function priceFormula(formula: PriceFormula, own: string, all: string[], points: string): string {
  const list = all.join(',');
  const min = `MIN(${list})`;
  const max = `MAX(${list})`;
  switch (formula.type) {
    case 'lowest-price-ratio':
      return `${points}*${min}/${own}`;
    case 'linear-lowest-highest':
      return `IF(${max}=${min},${points},${points}*(${max}-${own})/(${max}-${min}))`;
    case 'deviation-from-lowest':
      return `${points}*MAX(0,1-(${own}-${min})/${min})`;
    case 'absolute':
      return `${points}*MIN(1,MAX(0,(${formula.ceiling}-${own})/(${formula.ceiling}-${formula.floor})))`;
  }
}

/** The Scoring sheet's layout for a lot; the same for every evaluator of the lot. */
export function scoringLayout(lot: Lot): ScoringLayout {
  const evaluation = evaluationOf(lot);
  const showPrices = !evaluation.hidePriceFromEvaluators;
  const criteria = evaluationCriteria(lot.criteria);
  const bidders = evaluation.bidders.map((bidder, i) => ({
    bidder,
    label: bidderLabel(bidder, i),
    score: SCORING_COLUMNS.firstBidder + 2 * i,
    reason: SCORING_COLUMNS.firstBidder + 2 * i + 1,
  }));
  const lastColumn = Math.max(SCORING_COLUMNS.perStep, SCORING_COLUMNS.firstBidder + 2 * bidders.length - 1);
  const rows: ScoringRow[] = [];
  const formulas = new Map<string, string>();
  const labels = new Map<string, string>();
  const scoreInputs: ScoreInput[] = [];
  const verdictInputs: VerdictInput[] = [];
  let row: number = SCORING_ROWS.first;

  labels.set(addr(SCORING_COLUMNS.ref, SCORING_ROWS.header), 'Ref');
  for (const b of bidders) {
    labels.set(addr(b.score, SCORING_ROWS.subheader), 'Score');
    labels.set(addr(b.reason, SCORING_ROWS.subheader), 'Reason');
  }

  const qualityIds = new Set(criteria.filter((c) => c.role === 'quality').map((c) => c.criterion.id));
  const qualityRows: number[] = [];
  for (const c of criteria) {
    if (c.role === 'price') continue;
    if (c.role === 'heading') {
      const hasQuality = lot.criteria.some((child) => child.parentId === c.criterion.id && qualityIds.has(child.id));
      if (!hasQuality) continue;
      rows.push({ row, kind: 'heading', ref: c.ref, label: c.criterion.name, criterion: c });
      labels.set(addr(SCORING_COLUMNS.ref, row), c.ref);
      row += 1;
      continue;
    }
    rows.push({ row, kind: 'quality', ref: c.ref, label: c.criterion.name, criterion: c });
    labels.set(addr(SCORING_COLUMNS.ref, row), c.ref);
    formulas.set(addr(SCORING_COLUMNS.perStep, row), `${addr(SCORING_COLUMNS.points, row)}/${addr(SCORING_COLUMNS.scale, row)}`);
    for (const b of bidders) {
      scoreInputs.push({
        criterionId: c.criterion.id,
        bidderId: b.bidder.id,
        row,
        score: addr(b.score, row),
        reason: addr(b.reason, row),
        scaleMax: c.scaleMax!,
        criterionLabel: `${c.ref} “${c.criterion.name.trim() || 'unnamed criterion'}”`,
        bidderLabel: b.label,
      });
    }
    qualityRows.push(row);
    row += 1;
  }

  let subtotalRow: number | null = null;
  if (qualityRows.length > 0) {
    const first = qualityRows[0]!;
    const last = qualityRows[qualityRows.length - 1]!;
    const n = qualityRows.length;
    subtotalRow = row;
    rows.push({ row, kind: 'subtotal', label: 'Weighted quality points' });
    labels.set(addr(SCORING_COLUMNS.name, row), 'Weighted quality points');
    for (const b of bidders) {
      const s = col(b.score);
      formulas.set(addr(b.score, row), `SUMPRODUCT($F$${first}:$F$${last},${s}$${first}:${s}$${last})`);
    }
    row += 1;
    rows.push({ row, kind: 'check', label: 'Still to do' });
    labels.set(addr(SCORING_COLUMNS.name, row), 'Still to do');
    for (const b of bidders) {
      const scores = `${col(b.score)}${first}:${col(b.score)}${last}`;
      const reasons = `${col(b.reason)}${first}:${col(b.reason)}${last}`;
      formulas.set(
        addr(b.score, row),
        `IF(AND(COUNT(${scores})=${n},COUNTA(${reasons})=${n}),"Complete",(${n}-COUNT(${scores}))&" score(s), "&(${n}-COUNTA(${reasons}))&" reason(s) missing")`,
      );
    }
    row += 1;
  }

  const priceLeaf = criteria.find((c) => c.role === 'price');
  if (showPrices && priceLeaf?.formula) {
    const bidRow = row;
    rows.push({ row, kind: 'bid-price', label: 'Bid price' });
    labels.set(addr(SCORING_COLUMNS.name, row), 'Bid price');
    row += 1;
    const priceRow = row;
    rows.push({ row, kind: 'price', ref: priceLeaf.ref, label: priceLeaf.criterion.name, criterion: priceLeaf });
    labels.set(addr(SCORING_COLUMNS.ref, row), priceLeaf.ref);
    const all = bidders.map((b) => addr(b.score, bidRow));
    for (const b of bidders) {
      const own = addr(b.score, bidRow);
      formulas.set(addr(b.score, priceRow), `IF(${own}="","",${priceFormula(priceLeaf.formula, own, all, `$E$${priceRow}`)})`);
    }
    row += 1;
    rows.push({ row, kind: 'total', label: 'Total points (price before any exclusion)' });
    labels.set(addr(SCORING_COLUMNS.name, row), 'Total points (price before any exclusion)');
    for (const b of bidders) {
      const price = addr(b.score, priceRow);
      const quality = subtotalRow ? addr(b.score, subtotalRow) : '0';
      formulas.set(addr(b.score, row), `IF(${price}="","",${quality}+${price})`);
    }
    row += 1;
  }

  if (lot.requirements.length > 0) {
    row += 1;
    rows.push({ row, kind: 'requirements-heading', label: 'Pass/fail requirements' });
    labels.set(addr(SCORING_COLUMNS.name, row), 'Pass/fail requirements');
    row += 1;
    lot.requirements.forEach((requirement, i) => {
      const ref = `R${i + 1}`;
      rows.push({ row, kind: 'requirement', ref, label: requirement.name, requirementId: requirement.id });
      labels.set(addr(SCORING_COLUMNS.ref, row), ref);
      for (const b of bidders) {
        verdictInputs.push({
          requirementId: requirement.id,
          bidderId: b.bidder.id,
          row,
          verdict: addr(b.score, row),
          reason: addr(b.reason, row),
          requirementLabel: `${ref} “${requirement.name.trim() || 'unnamed requirement'}”`,
          bidderLabel: b.label,
        });
      }
      row += 1;
    });
  }

  return { bidders, rows, formulas, labels, scoreInputs, verdictInputs, showPrices, lastColumn, lastRow: row - 1 };
}

// ---- writing ---------------------------------------------------------------------------------

export interface EvaluatorWorkbookInput {
  tender: Tender;
  lot: Lot;
  evaluator: Evaluator;
  exportedAt: Date;
  /** The workspace's signature over what this workbook is issued for (workbookSignature.ts). */
  signature?: SignatureCells;
}

/** The words before the first colon or full stop of a descriptor: "Good", "Serious reservations". */
function shortDescriptor(text: string): string {
  const head = text.trim().split(/[:.]/)[0]!.trim();
  return head.length > 40 ? `${head.slice(0, 39)}…` : head;
}

/** Excel caps an input message at 255 characters; the full descriptors are on the Criteria sheet. */
export function scorePrompt(descriptors: readonly string[], max: number): string {
  const parts: string[] = [];
  for (let level = max; level >= 0; level -= 1) parts.push(`${level} ${shortDescriptor(descriptors[level] ?? '') || '(no descriptor)'}`);
  const suffix = ' (full text: Criteria sheet)';
  let text = parts.join('; ');
  if (text.length + suffix.length > 255) text = `${text.slice(0, 255 - suffix.length - 1)}…`;
  return text + suffix;
}

export function formatDescriptors(descriptors: readonly string[], max: number): string {
  const lines: string[] = [];
  for (let level = max; level >= 0; level -= 1) lines.push(`${level} – ${(descriptors[level] ?? '').trim() || '(no descriptor)'}`);
  return lines.join('\n');
}

function safeFilePart(text: string): string {
  return text
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 32)
    .join('')
    .trim()
    .slice(0, 60);
}

export function evaluatorFileName(tender: Tender, lot: Lot, evaluator: Evaluator): string {
  const name = [tender.reference || tender.title, lot.title, `${evaluator.initials.trim().toUpperCase()} scoring`].map(safeFilePart).filter(Boolean).join(' - ');
  return `${name}.xlsx`;
}

/**
 * The cell styles of one workbook. Each cell is given one of these objects whole, never a property at
 * a time: exceljs recognises a style object it has seen (by identity) and skips serialising it again,
 * which for the thousands of input cells of a scoring sheet was most of the cost of writing the file.
 * Made per workbook, so a style object is never shared with another workbook.
 */
function cellStyles() {
  const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const unlocked: Partial<ExcelJS.Protection> = { locked: false };
  return {
    header: { font: { bold: true }, fill: HEADER_FILL, alignment: { vertical: 'middle', wrapText: true }, border: { bottom: { style: 'thin' } } },
    wrapTop: { alignment: wrapTop },
    wrapTopBold: { alignment: wrapTop, font: { bold: true } },
    wrapTopIndented: { alignment: { ...wrapTop, indent: 1 } },
    bold: { font: { bold: true } },
    italic: { font: { italic: true } },
    title: { font: { bold: true, size: 14 } },
    instructionsTitle: { alignment: wrapTop, font: { bold: true, size: 14 } },
    instructionsHeading: { alignment: wrapTop, font: { bold: true, size: 11 } },
    scale: { numFmt: '"0 to "0' },
    perStep: { numFmt: '0.00##' },
    points: { numFmt: '0.00' },
    boldPoints: { numFmt: '0.00', font: { bold: true } },
    money: { numFmt: '#,##0.00' },
    scoreInput: { protection: unlocked, fill: INPUT_FILL, alignment: { horizontal: 'center', vertical: 'top' } },
    reasonInput: { protection: unlocked, fill: INPUT_FILL, alignment: wrapTop },
    verdictInput: { protection: unlocked, fill: INPUT_FILL },
  } satisfies Record<string, Partial<ExcelJS.Style>>;
}

/**
 * Gives every written cell still without a style one shared empty style object. exceljs makes an empty
 * style object per cell and, not knowing it, works out its style id anew for each one when writing:
 * most of the cost of a sheet of thousands of formulas. Dates keep their own object (exceljs gives an
 * unstyled date a date format, decided per style object).
 */
export function shareEmptyStyles(wb: ExcelJS.Workbook): void {
  const empty: Partial<ExcelJS.Style> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!(cell.value instanceof Date) && Object.keys(cell.style).length === 0) cell.style = empty;
      }),
    );
  }
}

function setupPrint(ws: ExcelJS.Worksheet, titleRows?: string): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: '&L&A&RPage &P of &N' };
}

/** What every evaluator's workbook of a lot shares: worked out once per lot, not once per evaluator. */
export interface LotWorkbookParts {
  evaluation: LotEvaluation;
  layout: ScoringLayout;
  criteria: EvaluationCriterion[];
  checksum: string;
}

export function lotWorkbookParts(lot: Lot): LotWorkbookParts {
  const evaluation = evaluationOf(lot);
  return { evaluation, layout: scoringLayout(lot), criteria: evaluationCriteria(lot.criteria), checksum: setupChecksum({ ...lot, evaluation }) };
}

/** One evaluator's workbook. `parts` must be `lotWorkbookParts(input.lot)`: pass it when exporting a whole panel. */
export async function buildEvaluatorWorkbook(input: EvaluatorWorkbookInput, parts: LotWorkbookParts = lotWorkbookParts(input.lot)): Promise<Buffer> {
  const { tender, lot, evaluator } = input;
  const { evaluation, layout, criteria } = parts;
  const styles = cellStyles();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Tenderwright';
  wb.title = `${tender.title} – ${lot.title} – scoring by ${evaluator.name}`;
  wb.subject = 'Evaluator workbook';
  wb.created = input.exportedAt;
  wb.modified = input.exportedAt;

  // ---- Instructions ----
  const instructions = wb.addWorksheet(SHEETS.instructions, { properties: { tabColor: { argb: 'FF1F4E79' } } });
  instructions.getColumn(1).width = 110;
  const lines: [string, boolean?][] = [
    [`${tender.title} – ${lot.title}`, true],
    [`Evaluator: ${evaluator.name} (${evaluator.initials})`],
    [`Tender reference: ${tender.reference || '–'} · exported from revision ${tender.revision} on ${input.exportedAt.toISOString().slice(0, 10)}`],
    [''],
    ['How to fill in this workbook', true],
    ['1. Read the criteria, their weights and the meaning of every score on the Criteria sheet.'],
    ['2. On the Scoring sheet, give each bid a whole-number score for every criterion in the yellow Score cells, on the scale shown in column D.'],
    ['3. Write the reason for every score in the Reason cell beside it: what in the bid justifies the score. A score without a reason is not accepted.'],
    ['4. For each pass/fail requirement choose Pass or Fail for each bid; a Fail needs a reason.'],
    ['5. Score independently: do not discuss scores with other evaluators before the consensus meeting.'],
    ['6. Save the file (keep the .xlsx format and the file as it is: do not rename, add or delete sheets) and send it back to the evaluation lead.'],
    [''],
    ['Good to know', true],
    ['Only the yellow cells can be changed; the rest of the workbook is protected (without a password) so that formulas are not overwritten by accident.'],
    ['The “Weighted quality points” row adds up your scores as points (weight × score ÷ scale maximum) as you type; it is a guide only. Tenderwright recomputes every total from your scores when the workbook is imported.'],
    [`When evaluators’ scores for a bid differ by ${SPREAD_FLAG_RATIO * 100}% of the scale or more, the lead discusses them with the panel before agreeing a consensus score; your original scores are kept.`],
    [evaluation.hidePriceFromEvaluators ? 'Bid prices are not shown in this workbook: price is scored separately by the evaluation lead.' : 'Bid prices are shown for information; price is scored by formula from the prices, not by evaluators.'],
  ];
  lines.forEach(([text, bold], i) => {
    const cell = instructions.getCell(i + 1, 1);
    cell.value = text;
    cell.style = bold ? (i === 0 ? styles.instructionsTitle : styles.instructionsHeading) : styles.wrapTop;
  });
  setupPrint(instructions);
  instructions.pageSetup.orientation = 'portrait';

  // ---- Criteria ----
  const crit = wb.addWorksheet(SHEETS.criteria);
  const critHeaders = ['Ref', 'Criterion', 'Category', 'Weight (points of 100)', 'How it is scored', 'What each score means', 'Evidence to look for', 'Description'];
  const widths = [6, 32, 14, 12, 26, 60, 40, 40];
  critHeaders.forEach((h, i) => {
    const cell = crit.getCell(1, i + 1);
    cell.value = h;
    cell.style = styles.header;
    crit.getColumn(i + 1).width = widths[i];
  });
  let r = 2;
  for (const c of criteria) {
    const scoring = c.criterion.scoring;
    const how =
      c.role === 'heading'
        ? 'Scored through its sub-criteria'
        : scoring.type === 'quality-scale'
          ? `Scale 0 to ${scoring.max}, whole numbers`
          : `${PRICE_FORMULA_LABELS[scoring.type]}: ${PRICE_FORMULA_EXPRESSIONS[scoring.type]} (scored by the lead from the bid prices)`;
    const values = [
      c.ref,
      c.criterion.name,
      CATEGORY_LABELS[c.criterion.category],
      c.points.toNumber(),
      how,
      scoring.type === 'quality-scale' && c.role === 'quality' ? formatDescriptors(scoring.descriptors, scoring.max) : '',
      c.criterion.evidence,
      c.criterion.description,
    ];
    values.forEach((v, i) => {
      const cell = crit.getCell(r, i + 1);
      cell.value = v;
      cell.style = c.role === 'heading' ? styles.wrapTopBold : styles.wrapTop;
    });
    r += 1;
  }
  if (lot.requirements.length > 0) {
    r += 1;
    const head = crit.getCell(r, 2);
    head.value = 'Pass/fail requirements (not weighted: a bid that fails one is excluded)';
    head.style = styles.bold;
    r += 1;
    lot.requirements.forEach((req, i) => {
      const values = [`R${i + 1}`, req.name, 'Pass/fail', '', 'Pass or Fail', '', req.evidence, req.description];
      values.forEach((v, j) => {
        const cell = crit.getCell(r, j + 1);
        cell.value = v;
        cell.style = styles.wrapTop;
      });
      r += 1;
    });
  }
  crit.views = [{ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2', activeCell: 'A2' }];
  setupPrint(crit, '1:1');

  // ---- Scoring ----
  const ws = wb.addWorksheet(SHEETS.scoring, { properties: { tabColor: { argb: 'FFC9A227' } } });
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
  title.value = `Scoring – ${tender.title} – ${lot.title}`;
  title.style = styles.title;
  ws.getCell(SCORING_ROWS.subtitle, 1).value =
    `Evaluator: ${evaluator.name} (${evaluator.initials}). Enter a whole-number score and a reason for every bid in the yellow cells; the Criteria sheet explains each score.`;

  const headerTexts: [number, string][] = [
    [C.ref, 'Ref'],
    [C.name, 'Criterion'],
    [C.category, 'Category'],
    [C.scale, 'Scale'],
    [C.points, 'Points (W)'],
    [C.perStep, 'Points per score step'],
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
      [b.score, 'Score'],
      [b.reason, 'Reason'],
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
  const reasonValidation: ExcelJS.DataValidation = {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [5000],
    showInputMessage: true,
    promptTitle: 'Reason (required)',
    prompt: 'Why this score: point to what in the bid supports it.',
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Reason too long',
    error: 'Keep the reason under 5000 characters.',
  };
  const verdictValidation: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"Pass,Fail"'],
    showInputMessage: true,
    promptTitle: 'Pass or Fail',
    prompt: 'Choose Pass or Fail. A Fail excludes the bid and needs a reason.',
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Pass or Fail only',
    error: 'Choose Pass or Fail from the list.',
  };

  for (const row of layout.rows) {
    const ref = ws.getCell(row.row, C.ref);
    const name = ws.getCell(row.row, C.name);
    if (row.ref !== undefined) ref.value = row.ref;
    name.value = row.label.trim() || (row.kind === 'requirement' ? 'Unnamed requirement' : row.kind === 'quality' || row.kind === 'heading' ? 'Unnamed criterion' : row.label);
    const bold = row.kind === 'heading' || row.kind === 'subtotal' || row.kind === 'total' || row.kind === 'requirements-heading';
    name.style = bold ? styles.wrapTopBold : row.kind === 'quality' && row.criterion!.depth === 1 ? styles.wrapTopIndented : styles.wrapTop;
    const c = row.criterion;
    switch (row.kind) {
      case 'heading':
        ref.style = styles.bold;
        ws.getCell(row.row, C.category).value = CATEGORY_LABELS[c!.criterion.category];
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        break;
      case 'quality': {
        ws.getCell(row.row, C.category).value = CATEGORY_LABELS[c!.criterion.category];
        const scale = ws.getCell(row.row, C.scale);
        scale.value = c!.scaleMax!;
        scale.style = styles.scale;
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        formulaCell(row.row, C.perStep, styles.perStep);
        const descriptors = c!.criterion.scoring.type === 'quality-scale' ? c!.criterion.scoring.descriptors : [];
        const scoreValidation: ExcelJS.DataValidation = {
          type: 'whole',
          operator: 'between',
          allowBlank: true,
          formulae: [0, c!.scaleMax!],
          showInputMessage: true,
          promptTitle: `Score 0 to ${c!.scaleMax}`,
          prompt: scorePrompt(descriptors, c!.scaleMax!),
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: 'Not a score on the scale',
          error: `Enter a whole number from 0 to ${c!.scaleMax}. The Criteria sheet describes each score.`,
        };
        for (const b of layout.bidders) {
          const score = ws.getCell(row.row, b.score);
          score.style = styles.scoreInput;
          score.dataValidation = scoreValidation;
          const reason = ws.getCell(row.row, b.reason);
          reason.style = styles.reasonInput;
          reason.dataValidation = reasonValidation;
        }
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
        ws.getCell(row.row, C.category).value = CATEGORY_LABELS[c!.criterion.category];
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        const note = ws.getCell(row.row, C.perStep);
        note.value = PRICE_FORMULA_LABELS[c!.formula!.type];
        note.style = styles.wrapTop;
        for (const b of layout.bidders) formulaCell(row.row, b.score, styles.points);
        break;
      }
      case 'requirements-heading':
        break;
      case 'requirement':
        for (const b of layout.bidders) {
          const verdict = ws.getCell(row.row, b.score);
          verdict.style = styles.verdictInput;
          verdict.dataValidation = verdictValidation;
          const reason = ws.getCell(row.row, b.reason);
          reason.style = styles.reasonInput;
        }
        break;
    }
  }
  const firstInput = layout.scoreInputs[0]?.score ?? layout.verdictInputs[0]?.verdict ?? 'C6';
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: SCORING_ROWS.subheader, topLeftCell: 'C6', activeCell: firstInput }];
  setupPrint(ws, `${SCORING_ROWS.header}:${SCORING_ROWS.subheader}`);

  // ---- metadata (very hidden) ----
  const meta = wb.addWorksheet(SHEETS.meta, { state: 'veryHidden' });
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
  };
  META_KEYS.forEach((key, i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = values[key];
  });

  for (const sheet of [instructions, crit, ws, meta]) await sheet.protect('', { ...PROTECTION });
  shareEmptyStyles(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
