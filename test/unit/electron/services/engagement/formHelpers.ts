/**
 * A real workspace with one tender whose Q&A has three built-in questions, two suppliers and an
 * engagement round, and filling exported response forms the way a supplier would, with exceljs.
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import type { Question, TenderQa } from '@shared/model/questions';
import { contentOf, type Tender } from '@shared/model/tender';
import { addRound } from '@shared/rules/engagementRounds';
import { addSupplier, selectQuestions } from '@shared/rules/qaAnswers';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';
import { FORM_COLUMNS, FORM_ROWS, FORM_SHEETS } from '../../../../../electron/services/engagement/responseFormLayout';
import { tempDirsPerTest } from '../temp-dir';

const tempDir = tempDirsPerTest('tw-forms-');
const opened: Handlers[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => closeHandlers(h)));
});

export const QUESTION_IDS = ['fl-overtime', 'fl-indicators', 'fl-freedom-to-leave'] as const;

export interface FormWorkspace {
  root: string;
  tender: Tender;
  roundId: string;
  secondRoundId: string;
  suppliers: { acme: string; bolt: string };
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
}

async function builtinQuestions(): Promise<Question[]> {
  const file = JSON.parse(await readFile(join(process.cwd(), 'resources/library/questions.json'), 'utf8')) as { questions: Question[] };
  return QUESTION_IDS.map((id) => file.questions.find((q) => q.id === id)!);
}

function must<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

export async function formWorkspace(): Promise<FormWorkspace> {
  const root = await tempDir();
  const handlers = await createHandlers(root);
  opened.push(handlers);
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { body: result.error });
    return result.data as Output<M>;
  };
  const created = await call('tenders.create', {
    title: 'Workwear for the city',
    reference: 'WW-2027-03',
    buyer: 'City of Example',
    lots: ['Workwear'],
  });
  let qa: TenderQa = selectQuestions(created.qa, await builtinQuestions()).qa;
  const acme = must(addSupplier(qa, { name: 'Acme Garments Ltd', role: 'bidder', id: 'sup-acme' }));
  const bolt = must(addSupplier(acme.qa, { name: 'Bolt Textiles', role: 'bidder', id: 'sup-bolt' }));
  const round = must(
    addRound(bolt.qa, { id: 'rnd-tender', name: 'Tender questionnaire', kind: 'tender', opensOn: '2027-03-01', answersDue: '2027-03-31' }),
  );
  const second = must(
    addRound(round.qa, {
      id: 'rnd-review',
      name: 'First contract review',
      kind: 'review',
      opensOn: '2027-09-01',
      questionIds: [QUESTION_IDS[0]],
    }),
  );
  qa = second.qa;
  const tender = await call('tenders.save', { id: created.id, content: { ...contentOf(created), qa } });
  return { root, tender, roundId: 'rnd-tender', secondRoundId: 'rnd-review', suppliers: { acme: 'sup-acme', bolt: 'sup-bolt' }, call };
}

export interface FilledRow {
  answer?: string | number | null | ExcelJS.CellValue;
  evidence?: string;
  level?: string | number;
}

/** Fills an exported response form's yellow cells (one entry per question row), then applies `tamper`. */
export async function fillForm(
  base64: string,
  rows: readonly FilledRow[],
  tamper?: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(FORM_SHEETS.questions)!;
  rows.forEach((row, i) => {
    const r = FORM_ROWS.first + i;
    if (row.answer !== undefined) ws.getCell(r, FORM_COLUMNS.answer).value = row.answer as ExcelJS.CellValue;
    if (row.evidence !== undefined) ws.getCell(r, FORM_COLUMNS.evidenceSent).value = row.evidence;
    if (row.level !== undefined) ws.getCell(r, FORM_COLUMNS.selfAssessment).value = row.level;
  });
  await tamper?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const upload = (fileName: string, bytes: Uint8Array) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });

/** A sound filling of the tender round's three questions: one strong, one weak, one with no evidence. */
export const GOOD_ROWS: FilledRow[] = [
  {
    answer: 'Overtime is voluntary and capped at 12 hours a week; we audit payroll monthly.',
    evidence: 'Overtime policy 2026\nPayroll audit Q4',
    level: 3,
  },
  { answer: 'We are starting to train buyers on forced labour indicators.', evidence: 'Training plan', level: 1 },
  { answer: 'Workers keep their own passports; this is in our code of conduct.', evidence: '', level: 3 },
];
