/**
 * The response-form workbook: one .xlsx per supplier per engagement round.
 *
 * Sheets: Instructions (from the buyer: the round, the due date, how to fill it in, the maturity
 * scale), Questions (a row per question of the round, with why it is asked, what a good answer
 * contains, the evidence asked for and the level descriptors; yellow input cells for the answer, the
 * evidence sent and a 0-3 self-assessment list) and a very hidden "Form identity" sheet tying the
 * file to the tender, round, supplier and questions, signed with the workspace's key. Every sheet
 * is protected without a password, like the evaluator workbooks: a guard against accidents; the
 * import checks the signature and every question row instead.
 */
import ExcelJS from 'exceljs';
import { QUESTION_THEME_LABELS, type SelectedQuestion } from '@shared/model/questions';
import { makeWorkbookXmlSafe } from '../evaluation/workbookText';
import { HEADER_FILL, INPUT_FILL, fitWrappedRows, setupPrint, shareEmptyStyles } from '../evaluation/workbookFormat';
import type { SignatureCells } from '../evaluation/workbookSignature';
import {
  FORM_COLUMNS,
  FORM_HEADERS,
  FORM_LAST_COLUMN,
  FORM_META_KEYS,
  FORM_ROWS,
  FORM_SHEETS,
  RESPONSE_FORM_FORMAT,
  RESPONSE_FORM_FORMAT_VERSION,
  type FormIdentity,
  type FormMetaKey,
} from './responseFormLayout';
import { formTitle, howToFillLines, introLines, levelDescriptors, maturityLines, type FormWording } from './responseFormText';

const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

export interface ResponseFormInput {
  wording: FormWording;
  tenderTitle: string;
  questions: readonly SelectedQuestion[];
  identity: FormIdentity;
  signature: SignatureCells;
}

const WIDTHS: Record<keyof typeof FORM_COLUMNS, number> = {
  number: 6,
  theme: 18,
  question: 42,
  why: 36,
  goodAnswer: 36,
  evidenceAsked: 28,
  levels: 40,
  answer: 60,
  evidenceSent: 34,
  selfAssessment: 16,
};

function writeInstructions(wb: ExcelJS.Workbook, wording: FormWording): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(FORM_SHEETS.instructions);
  ws.getColumn(1).width = 110;
  const wrap: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  let row = 1;
  const put = (text: string, font?: Partial<ExcelJS.Font>) => {
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.style = { alignment: wrap, ...(font ? { font } : {}) };
    row += 1;
  };
  put(formTitle(wording), { bold: true, size: 14 });
  row += 1;
  for (const line of introLines(wording)) put(line);
  row += 1;
  put('How to fill in this form', { bold: true });
  for (const line of howToFillLines()) put(line);
  row += 1;
  put('What the maturity levels mean', { bold: true });
  for (const line of maturityLines()) put(line);
  fitWrappedRows(
    ws,
    Array.from({ length: row }, (_, i) => i + 1),
  );
  setupPrint(ws, { orientation: 'portrait', lastColumn: 1, lastRow: row });
  return ws;
}

function writeQuestions(wb: ExcelJS.Workbook, input: ResponseFormInput): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(FORM_SHEETS.questions, { views: [{ state: 'frozen', ySplit: FORM_ROWS.header }] });
  const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const unlocked: Partial<ExcelJS.Protection> = { locked: false };
  const styles = {
    header: {
      font: { bold: true },
      fill: HEADER_FILL,
      alignment: { vertical: 'middle', wrapText: true },
      border: { bottom: { style: 'thin' } },
    },
    text: { alignment: wrapTop },
    input: { protection: unlocked, fill: INPUT_FILL, alignment: wrapTop },
    level: { protection: unlocked, fill: INPUT_FILL, alignment: { horizontal: 'center', vertical: 'top' } },
  } satisfies Record<string, Partial<ExcelJS.Style>>;
  for (const [key, column] of Object.entries(FORM_COLUMNS) as [keyof typeof FORM_COLUMNS, number][]) {
    ws.getColumn(column).width = WIDTHS[key];
    const cell = ws.getCell(FORM_ROWS.header, column);
    cell.value = FORM_HEADERS[key];
    cell.style = styles.header;
  }
  const title = ws.getCell(FORM_ROWS.title, 1);
  title.value = formTitle(input.wording);
  title.style = { font: { bold: true, size: 14 } };
  ws.getCell(FORM_ROWS.title + 1, 1).value = 'Fill in the yellow cells: your answer, the evidence you send and your self-assessment.';

  input.questions.forEach((selected, i) => {
    const q = selected.question;
    const row = FORM_ROWS.first + i;
    const values: Record<keyof typeof FORM_COLUMNS, string | number> = {
      number: i + 1,
      theme: QUESTION_THEME_LABELS[q.theme],
      question: q.question,
      why: q.why,
      goodAnswer: q.goodAnswer,
      evidenceAsked: q.evidence.join('\n'),
      levels: levelDescriptors(q),
      answer: '',
      evidenceSent: '',
      selfAssessment: '',
    };
    for (const [key, column] of Object.entries(FORM_COLUMNS) as [keyof typeof FORM_COLUMNS, number][]) {
      const cell = ws.getCell(row, column);
      if (key === 'answer' || key === 'evidenceSent') cell.style = styles.input;
      else if (key === 'selfAssessment') cell.style = styles.level;
      else {
        cell.value = values[key];
        cell.style = styles.text;
      }
    }
    ws.getCell(row, FORM_COLUMNS.selfAssessment).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: ['"0,1,2,3"'],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'A level from 0 to 3',
      error: 'Choose 0, 1, 2 or 3: the level that describes you best (see the column “Maturity levels for this question”).',
      showInputMessage: true,
      promptTitle: 'Your self-assessment',
      prompt: 'Choose 0 Not in place, 1 Starting, 2 Established or 3 Leading, as described in column G for this question.',
    };
    ws.getCell(row, FORM_COLUMNS.answer).dataValidation = {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      allowBlank: true,
      formulae: [5000],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: 'Answer too long',
      error: 'Keep the answer under 5,000 characters; send longer material as evidence.',
    };
  });
  const lastRow = FORM_ROWS.first + input.questions.length - 1;
  fitWrappedRows(
    ws,
    Array.from({ length: input.questions.length }, (_, i) => FORM_ROWS.first + i),
  );
  setupPrint(ws, {
    titleRows: `${FORM_ROWS.header}:${FORM_ROWS.header}`,
    lastColumn: FORM_LAST_COLUMN,
    lastRow: Math.max(lastRow, FORM_ROWS.header),
  });
  return ws;
}

export async function buildResponseFormWorkbook(input: ResponseFormInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.wording.buyer.trim() || 'The buyer';
  wb.title = formTitle(input.wording);
  const instructions = writeInstructions(wb, input.wording);
  const questions = writeQuestions(wb, input);
  const meta = wb.addWorksheet(FORM_SHEETS.meta, { state: 'veryHidden' });
  const values: Record<FormMetaKey, string | number> = {
    format: RESPONSE_FORM_FORMAT,
    formatVersion: RESPONSE_FORM_FORMAT_VERSION,
    tenderTitle: input.tenderTitle,
    ...input.identity,
    ...input.signature,
  };
  FORM_META_KEYS.forEach((key, i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = values[key];
  });
  for (const sheet of [instructions, questions, meta]) await sheet.protect('', { ...PROTECTION });
  shareEmptyStyles(wb);
  makeWorkbookXmlSafe(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
