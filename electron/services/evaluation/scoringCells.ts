/**
 * The evaluator workbook's cell styles and the checks and prompts on its Scoring sheet's input cells.
 * Each is made per workbook, and each validation once per row, not per cell.
 */
import type ExcelJS from 'exceljs';
import type { EvaluationCriterion } from '@shared/rules/evaluationCriteria';
import { currencyNumFmt, DEFAULT_CURRENCY } from '@shared/model/currency';
import { HEADER_FILL, INPUT_FILL } from './workbookFormat';

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

/**
 * The cell styles of one workbook. Each cell is given one of these objects whole, never a property at
 * a time: exceljs recognises a style object it has seen (by identity) and skips serialising it again,
 * which for the thousands of input cells of a scoring sheet was most of the cost of writing the file.
 * Made per workbook, so a style object is never shared with another workbook.
 */
export function evaluatorCellStyles(currency: string = DEFAULT_CURRENCY) {
  const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const unlocked: Partial<ExcelJS.Protection> = { locked: false };
  return {
    header: {
      font: { bold: true },
      fill: HEADER_FILL,
      alignment: { vertical: 'middle', wrapText: true },
      border: { bottom: { style: 'thin' } },
    },
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
    money: { numFmt: currencyNumFmt(currency) },
    scoreInput: { protection: unlocked, fill: INPUT_FILL, alignment: { horizontal: 'center', vertical: 'top' } },
    reasonInput: { protection: unlocked, fill: INPUT_FILL, alignment: wrapTop },
    verdictInput: { protection: unlocked, fill: INPUT_FILL },
  } satisfies Record<string, Partial<ExcelJS.Style>>;
}

export function reasonValidation(): ExcelJS.DataValidation {
  return {
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

export function verdictValidation(): ExcelJS.DataValidation {
  return {
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
}

/** The score cell's check and prompt on a quality criterion's row: the same for every bid. */
export function scoreValidation(leaf: EvaluationCriterion): ExcelJS.DataValidation {
  const descriptors = leaf.criterion.scoring.type === 'quality-scale' ? leaf.criterion.scoring.descriptors : [];
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, leaf.scaleMax!],
    showInputMessage: true,
    promptTitle: `Score 0 to ${leaf.scaleMax}`,
    prompt: scorePrompt(descriptors, leaf.scaleMax!),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Not a score on the scale',
    error: `Enter a whole number from 0 to ${leaf.scaleMax}. The Criteria sheet describes each score.`,
  };
}
