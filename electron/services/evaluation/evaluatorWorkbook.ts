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
import { evaluationOf } from '@shared/model/evaluation';
import type { Lot, Tender } from '@shared/model/tender';
import { CATEGORY_LABELS } from '@shared/model/criteria';
import { PRICE_FORMULA_EXPRESSIONS, PRICE_FORMULA_LABELS, type PriceFormula } from '@shared/model/scoring';
import { evaluationCriteria, SPREAD_FLAG_RATIO, type EvaluationCriterion } from '@shared/rules/evaluation';
import { setupChecksum } from '@shared/rules/evaluationChecksum';

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

function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.fill = HEADER_FILL;
  cell.alignment = { vertical: 'middle', wrapText: true };
  cell.border = { bottom: { style: 'thin' } };
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

export async function buildEvaluatorWorkbook(input: EvaluatorWorkbookInput): Promise<Buffer> {
  const { tender, lot, evaluator } = input;
  const evaluation = evaluationOf(lot);
  const layout = scoringLayout(lot);
  const criteria = evaluationCriteria(lot.criteria);
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
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (bold) cell.font = { bold: true, size: i === 0 ? 14 : 11 };
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
    styleHeader(cell);
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
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (c.role === 'heading') cell.font = { bold: true };
    });
    r += 1;
  }
  if (lot.requirements.length > 0) {
    r += 1;
    const head = crit.getCell(r, 2);
    head.value = 'Pass/fail requirements (not weighted: a bid that fails one is excluded)';
    head.font = { bold: true };
    r += 1;
    lot.requirements.forEach((req, i) => {
      const values = [`R${i + 1}`, req.name, 'Pass/fail', '', 'Pass or Fail', '', req.evidence, req.description];
      values.forEach((v, j) => {
        const cell = crit.getCell(r, j + 1);
        cell.value = v;
        cell.alignment = { wrapText: true, vertical: 'top' };
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
  title.font = { bold: true, size: 14 };
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
  for (const [column, text] of headerTexts) {
    ws.mergeCells(SCORING_ROWS.header, column, SCORING_ROWS.subheader, column);
    const cell = ws.getCell(SCORING_ROWS.header, column);
    cell.value = text;
    styleHeader(cell);
  }
  for (const b of layout.bidders) {
    ws.mergeCells(SCORING_ROWS.header, b.score, SCORING_ROWS.header, b.reason);
    const head = ws.getCell(SCORING_ROWS.header, b.score);
    head.value = b.bidder.reference.trim() ? `${b.label} (${b.bidder.reference.trim()})` : b.label;
    styleHeader(head);
    for (const [column, text] of [
      [b.score, 'Score'],
      [b.reason, 'Reason'],
    ] as const) {
      const cell = ws.getCell(SCORING_ROWS.subheader, column);
      cell.value = text;
      styleHeader(cell);
    }
  }

  const formulaCell = (address: string) => {
    const cell = ws.getCell(address);
    cell.value = { formula: layout.formulas.get(address)! };
    return cell;
  };

  for (const row of layout.rows) {
    const ref = ws.getCell(row.row, C.ref);
    const name = ws.getCell(row.row, C.name);
    if (row.ref !== undefined) ref.value = row.ref;
    name.value = row.label.trim() || (row.kind === 'requirement' ? 'Unnamed requirement' : row.kind === 'quality' || row.kind === 'heading' ? 'Unnamed criterion' : row.label);
    name.alignment = { wrapText: true, vertical: 'top' };
    const c = row.criterion;
    switch (row.kind) {
      case 'heading':
        ref.font = name.font = { bold: true };
        ws.getCell(row.row, C.category).value = CATEGORY_LABELS[c!.criterion.category];
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        break;
      case 'quality': {
        if (c!.depth === 1) name.alignment = { wrapText: true, vertical: 'top', indent: 1 };
        ws.getCell(row.row, C.category).value = CATEGORY_LABELS[c!.criterion.category];
        const scale = ws.getCell(row.row, C.scale);
        scale.value = c!.scaleMax!;
        scale.numFmt = '"0 to "0';
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        formulaCell(addr(C.perStep, row.row)).numFmt = '0.00##';
        const descriptors = c!.criterion.scoring.type === 'quality-scale' ? c!.criterion.scoring.descriptors : [];
        for (const b of layout.bidders) {
          const score = ws.getCell(row.row, b.score);
          score.protection = { locked: false };
          score.fill = INPUT_FILL;
          score.alignment = { horizontal: 'center', vertical: 'top' };
          score.dataValidation = {
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
          const reason = ws.getCell(row.row, b.reason);
          reason.protection = { locked: false };
          reason.fill = INPUT_FILL;
          reason.alignment = { wrapText: true, vertical: 'top' };
          reason.dataValidation = {
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
        }
        break;
      }
      case 'subtotal':
      case 'total':
        name.font = { bold: true };
        for (const b of layout.bidders) {
          const cell = formulaCell(addr(b.score, row.row));
          cell.numFmt = '0.00';
          cell.font = { bold: true };
        }
        break;
      case 'check':
        for (const b of layout.bidders) {
          const cell = formulaCell(addr(b.score, row.row));
          cell.font = { italic: true };
        }
        break;
      case 'bid-price':
        for (const b of layout.bidders) {
          const cell = ws.getCell(row.row, b.score);
          cell.value = b.bidder.priceCents === undefined ? null : b.bidder.priceCents / 100;
          cell.numFmt = '#,##0.00';
        }
        break;
      case 'price': {
        ws.getCell(row.row, C.category).value = CATEGORY_LABELS[c!.criterion.category];
        ws.getCell(row.row, C.points).value = c!.points.toNumber();
        const note = ws.getCell(row.row, C.perStep);
        note.value = PRICE_FORMULA_LABELS[c!.formula!.type];
        note.alignment = { wrapText: true, vertical: 'top' };
        for (const b of layout.bidders) formulaCell(addr(b.score, row.row)).numFmt = '0.00';
        break;
      }
      case 'requirements-heading':
        name.font = { bold: true };
        break;
      case 'requirement':
        for (const b of layout.bidders) {
          const verdict = ws.getCell(row.row, b.score);
          verdict.protection = { locked: false };
          verdict.fill = INPUT_FILL;
          verdict.dataValidation = {
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
          const reason = ws.getCell(row.row, b.reason);
          reason.protection = { locked: false };
          reason.fill = INPUT_FILL;
          reason.alignment = { wrapText: true, vertical: 'top' };
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
    setupChecksum: setupChecksum({ ...lot, evaluation }),
    exportedAt: input.exportedAt.toISOString(),
  };
  META_KEYS.forEach((key, i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = values[key];
  });

  for (const sheet of [instructions, crit, ws, meta]) await sheet.protect('', { ...PROTECTION });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
