/**
 * The two reading sheets of an evaluator workbook: Instructions (how to fill it in) and Criteria (each
 * criterion with its weight, its scale and what every score means). Both are made to print whole:
 * wrapped cells get row heights worked out from their text, since no spreadsheet grows rows on its own.
 */
import type ExcelJS from 'exceljs';
import type { Evaluator, LotEvaluation } from '@shared/model/evaluation';
import type { Lot, Tender } from '@shared/model/tender';
import { CATEGORY_LABELS } from '@shared/model/criteria';
import { PRICE_FORMULA_EXPRESSIONS, PRICE_FORMULA_LABELS } from '@shared/model/scoring';
import { SPREAD_FLAG_RATIO } from '@shared/rules/evaluationConsensus';
import type { EvaluationCriterion } from '@shared/rules/evaluationCriteria';
import { fitWrappedRows, readableDate, setupPrint } from './workbookFormat';
import { evaluatorCellStyles } from './scoringCells';

export interface InstructionLine {
  text: string;
  kind: 'title' | 'heading' | 'text';
}

export interface InstructionsInput {
  tender: Tender;
  lot: Lot;
  evaluator: Evaluator;
  evaluation: LotEvaluation;
  exportedAt: Date;
  locale?: string;
}

/** Every line of the Instructions sheet, in order (the PDF test checks each one is printed whole). */
export function instructionLines({ tender, lot, evaluator, evaluation, exportedAt, locale }: InstructionsInput): InstructionLine[] {
  const text = (t: string): InstructionLine => ({ text: t, kind: 'text' });
  const heading = (t: string): InstructionLine => ({ text: t, kind: 'heading' });
  return [
    { text: `${tender.title} – ${lot.title}`, kind: 'title' },
    text(`Evaluator: ${evaluator.name} (${evaluator.initials})`),
    text(`Tender reference: ${tender.reference || '–'} · exported from revision ${tender.revision} on ${readableDate(exportedAt, locale)}`),
    text(''),
    heading('How to fill in this workbook'),
    text('1. Read the criteria, their weights and the meaning of every score on the Criteria sheet.'),
    text(
      '2. On the Scoring sheet, give each bid a whole-number score for every criterion in the yellow Score cells, on the scale shown in column D.',
    ),
    text(
      '3. Write the reason for every score in the Reason cell beside it: what in the bid justifies the score. A score without a reason is not accepted.',
    ),
    text('4. For each pass/fail requirement choose Pass or Fail for each bid; a Fail needs a reason.'),
    text('5. Score independently: do not discuss scores with other evaluators before the consensus meeting.'),
    text(
      '6. Save the file (keep the .xlsx format and the file as it is: do not rename, add or delete sheets) and send it back to the evaluation lead.',
    ),
    text(''),
    heading('Good to know'),
    text(
      'Only the yellow cells can be changed; the rest of the workbook is protected (without a password) so that formulas are not overwritten by accident.',
    ),
    text(
      'The “Weighted quality points” row adds up your scores as points (weight × score ÷ scale maximum) as you type; it is a guide only. Tenderwright recomputes every total from your scores when the workbook is imported.',
    ),
    text(
      `When evaluators’ scores for a bid differ by ${SPREAD_FLAG_RATIO * 100}% of the scale or more, the lead discusses them with the panel before agreeing a consensus score; your original scores are kept.`,
    ),
    text(
      evaluation.hidePriceFromEvaluators
        ? 'Bid prices are not shown in this workbook: price is scored separately by the evaluation lead.'
        : 'Bid prices are shown for information; price is scored by formula from the prices, not by evaluators.',
    ),
  ];
}

/**
 * Narrow enough to fit a portrait A4 page even where a wider font stands in for Calibri: a spreadsheet
 * fits a sheet to the page width by whole columns, so a single column wider than the page is cut at
 * the page edge instead of shrunk.
 */
export const INSTRUCTIONS_COLUMN_WIDTH = 64;

export function writeInstructionsSheet(ws: ExcelJS.Worksheet, input: InstructionsInput): void {
  const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const styles: Record<InstructionLine['kind'], Partial<ExcelJS.Style>> = {
    title: { alignment: wrapTop, font: { bold: true, size: 14 } },
    heading: { alignment: wrapTop, font: { bold: true, size: 11 } },
    text: { alignment: wrapTop },
  };
  ws.getColumn(1).width = INSTRUCTIONS_COLUMN_WIDTH;
  const lines = instructionLines(input);
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line.text;
    cell.style = styles[line.kind];
  });
  fitWrappedRows(
    ws,
    Array.from(lines, (_, i) => i + 1),
  );
  setupPrint(ws, { orientation: 'portrait', lastColumn: 1, lastRow: lines.length });
}

export function formatDescriptors(descriptors: readonly string[], max: number): string {
  const lines: string[] = [];
  for (let level = max; level >= 0; level -= 1) lines.push(`${level} – ${(descriptors[level] ?? '').trim() || '(no descriptor)'}`);
  return lines.join('\n');
}

const CRITERIA_HEADERS = [
  'Ref',
  'Criterion',
  'Category',
  'Weight (points of 100)',
  'How it is scored',
  'What each score means',
  'Evidence to look for',
  'Description',
];
const CRITERIA_WIDTHS = [6, 32, 14, 12, 26, 60, 40, 40];

function howScored(c: EvaluationCriterion): string {
  const scoring = c.criterion.scoring;
  if (c.role === 'heading') return 'Scored through its sub-criteria';
  if (scoring.type === 'quality-scale') return `Scale 0 to ${scoring.max}, whole numbers`;
  return `${PRICE_FORMULA_LABELS[scoring.type]}: ${PRICE_FORMULA_EXPRESSIONS[scoring.type]} (scored by the lead from the bid prices)`;
}

export function writeCriteriaSheet(ws: ExcelJS.Worksheet, lot: Lot, criteria: readonly EvaluationCriterion[]): void {
  const styles = evaluatorCellStyles();
  CRITERIA_HEADERS.forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = h;
    cell.style = styles.header;
    ws.getColumn(i + 1).width = CRITERIA_WIDTHS[i];
  });
  let r = 2;
  const writeRow = (values: (string | number)[], style: Partial<ExcelJS.Style>) => {
    values.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = v;
      cell.style = style;
    });
    r += 1;
  };
  for (const c of criteria) {
    const scoring = c.criterion.scoring;
    writeRow(
      [
        c.ref,
        c.criterion.name,
        CATEGORY_LABELS[c.criterion.category],
        c.points.toNumber(),
        howScored(c),
        scoring.type === 'quality-scale' && c.role === 'quality' ? formatDescriptors(scoring.descriptors, scoring.max) : '',
        c.criterion.evidence,
        c.criterion.description,
      ],
      c.role === 'heading' ? styles.wrapTopBold : styles.wrapTop,
    );
  }
  if (lot.requirements.length > 0) {
    r += 1;
    const head = ws.getCell(r, 2);
    head.value = 'Pass/fail requirements (not weighted: a bid that fails one is excluded)';
    head.style = styles.bold;
    r += 1;
    lot.requirements.forEach((req, i) =>
      writeRow([`R${i + 1}`, req.name, 'Pass/fail', '', 'Pass or Fail', '', req.evidence, req.description], styles.wrapTop),
    );
  }
  const lastRow = r - 1;
  fitWrappedRows(
    ws,
    Array.from({ length: lastRow }, (_, i) => i + 1),
  );
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2', activeCell: 'A2' }];
  setupPrint(ws, { titleRows: '1:1', lastColumn: CRITERIA_HEADERS.length, lastRow });
}
