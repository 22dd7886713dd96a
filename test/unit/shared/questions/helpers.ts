import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseBuiltinQuestions } from '@shared/rules/qaLibrary';
import { EMPTY_TENDER_QA, type Question, type TenderQa } from '@shared/model/questions';
import { addSupplier, selectQuestions } from '@shared/rules/qaAnswers';

export const ROOT = resolve(__dirname, '../../../..');

export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(resolve(ROOT, relative), 'utf8')) as unknown;
}

export function loadBuiltinQuestions(): Question[] {
  const r = parseBuiltinQuestions(readJson('resources/library/questions.json'));
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

export function must<T>(r: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** A Q&A with the given built-in questions selected and two suppliers, "s-a" (bidder) and "s-b" (contracted). */
export function qaWith(bank: Question[], questionIds: string[]): TenderQa {
  const chosen = questionIds.map((id) => {
    const q = bank.find((x) => x.id === id);
    if (!q) throw new Error(`no question ${id}`);
    return q;
  });
  let qa = selectQuestions(EMPTY_TENDER_QA, chosen).qa;
  qa = must(addSupplier(qa, { id: 's-a', name: 'Alpha Devices', role: 'bidder' })).qa;
  qa = must(addSupplier(qa, { id: 's-b', name: 'Beta Systems', role: 'contracted' })).qa;
  return qa;
}
