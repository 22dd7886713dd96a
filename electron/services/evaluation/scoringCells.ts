/**
 * The evaluator workbook's cell styles and the checks and prompts on its Scoring sheet's input cells.
 * Each is made per workbook, and each validation once per row, not per cell.
 */
import type ExcelJS from 'exceljs';
import type { EvaluationCriterion } from '@shared/rules/evaluationCriteria';
import { currencyNumFmt, DEFAULT_CURRENCY } from '@shared/model/currency';
import { HEADER_FILL, INPUT_FILL } from './workbookFormat';
import { ENGLISH, type DocumentVoice } from '@shared/documents/voice';

/** The words before the first colon or full stop of a descriptor: "Good", "Serious reservations". */
function shortDescriptor(text: string): string {
  const head = text.trim().split(/[:.]/)[0]!.trim();
  return head.length > 40 ? `${head.slice(0, 39)}…` : head;
}

/** Excel caps an input message at 255 characters; the full descriptors are on the Criteria sheet. */
export function scorePrompt(descriptors: readonly string[], max: number, { t }: DocumentVoice = ENGLISH): string {
  const parts: string[] = [];
  const none = t('documents:evaluator.noDescriptor');
  for (let level = max; level >= 0; level -= 1) parts.push(`${level} ${shortDescriptor(descriptors[level] ?? '') || none}`);
  const suffix = t('documents:evaluator.fullTextSuffix');
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
export function evaluatorCellStyles(currency: string = DEFAULT_CURRENCY, { t }: DocumentVoice = ENGLISH) {
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
    scale: { numFmt: `"${t('documents:evaluator.scaleFormat').replace(/"/g, '')}"0` },
    perStep: { numFmt: '0.00##' },
    points: { numFmt: '0.00' },
    boldPoints: { numFmt: '0.00', font: { bold: true } },
    money: { numFmt: currencyNumFmt(currency) },
    scoreInput: { protection: unlocked, fill: INPUT_FILL, alignment: { horizontal: 'center', vertical: 'top' } },
    reasonInput: { protection: unlocked, fill: INPUT_FILL, alignment: wrapTop },
    verdictInput: { protection: unlocked, fill: INPUT_FILL },
  } satisfies Record<string, Partial<ExcelJS.Style>>;
}

export function reasonValidation({ t }: DocumentVoice = ENGLISH): ExcelJS.DataValidation {
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    allowBlank: true,
    formulae: [5000],
    showInputMessage: true,
    promptTitle: t('documents:evaluator.reasonPromptTitle'),
    prompt: t('documents:evaluator.reasonPrompt'),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('documents:evaluator.reasonErrorTitle'),
    error: t('documents:evaluator.reasonError'),
  };
}

export function verdictValidation(voice: DocumentVoice = ENGLISH): ExcelJS.DataValidation {
  const { t } = voice;
  const words = verdictWords(voice);
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${words.pass},${words.fail}"`],
    showInputMessage: true,
    promptTitle: t('documents:evaluator.verdictPromptTitle'),
    prompt: t('documents:evaluator.verdictPrompt'),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('documents:evaluator.verdictErrorTitle'),
    error: t('documents:evaluator.verdictError'),
  };
}

/** The score cell's check and prompt on a quality criterion's row: the same for every bid. */
export function scoreValidation(leaf: EvaluationCriterion, voice: DocumentVoice = ENGLISH): ExcelJS.DataValidation {
  const { t } = voice;
  const descriptors = leaf.criterion.scoring.type === 'quality-scale' ? leaf.criterion.scoring.descriptors : [];
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, leaf.scaleMax!],
    showInputMessage: true,
    promptTitle: t('documents:evaluator.scorePromptTitle', { max: leaf.scaleMax }),
    prompt: scorePrompt(descriptors, leaf.scaleMax!, voice),
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('documents:evaluator.scoreErrorTitle'),
    error: t('documents:evaluator.scoreError', { max: leaf.scaleMax }),
  };
}

/** The two words of a pass/fail cell in the workbook's language (the list's choices; commas would split them). */
export function verdictWords({ t }: DocumentVoice): { pass: string; fail: string } {
  const word = (text: string) => text.replace(/[",]/g, '');
  return { pass: word(t('documents:evaluator.verdict.pass')), fail: word(t('documents:evaluator.verdict.fail')) };
}
