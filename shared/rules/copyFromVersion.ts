/**
 * Taking one lot, clause or question from an earlier version of a tender into the current one, for
 * the backups' comparison view. Items are matched by id: one that the current version still has is
 * replaced where it stands; one it no longer has is added at the end.
 */
import { LIMITS } from '../model/common';
import { CLAUSE_LIMITS } from '../model/clauses';
import { QA_LIMITS, type TenderQa } from '../model/questions';
import type { TenderContent } from '../model/tender';
import { fail, ok, type Result } from '../clauses/result';

export type CopyableKind = 'lot' | 'clause' | 'question';

export interface CopyableItem {
  kind: CopyableKind;
  id: string;
  label: string;
  /** missing: the current version no longer has it; different: it has it, changed since. */
  status: 'missing' | 'different';
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function statusOf<T>(mine: T | undefined, theirs: T): CopyableItem['status'] | null {
  if (!mine) return 'missing';
  return sameJson(mine, theirs) ? null : 'different';
}

/** The items of `version` that differ from, or are missing in, `current`, in the version's order. */
export function copyableItems(version: TenderContent, current: TenderContent): CopyableItem[] {
  const items: CopyableItem[] = [];
  for (const lot of version.lots) {
    const status = statusOf(
      current.lots.find((l) => l.id === lot.id),
      lot,
    );
    if (status) items.push({ kind: 'lot', id: lot.id, label: `Lot “${lot.title}”`, status });
  }
  for (const clause of [...version.clauses].sort((a, b) => a.order - b.order)) {
    const status = statusOf(
      current.clauses.find((c) => c.id === clause.id),
      clause,
    );
    if (status) items.push({ kind: 'clause', id: clause.id, label: `Clause “${clause.edited?.title ?? clause.frozen.title}”`, status });
  }
  for (const selected of [...version.qa.questions].sort((a, b) => a.order - b.order)) {
    const mine = current.qa.questions.find((q) => q.questionId === selected.questionId);
    const threadsOf = (qa: TenderQa) => qa.threads.filter((t) => t.questionId === selected.questionId);
    const status = statusOf(mine && { mine, threads: threadsOf(current.qa) }, { mine: selected, threads: threadsOf(version.qa) });
    if (status) items.push({ kind: 'question', id: selected.questionId, label: `Question “${selected.question.question}”`, status });
  }
  return items;
}

function replaceOrAppend<T>(list: readonly T[], item: T, matches: (candidate: T) => boolean): T[] {
  const index = list.findIndex(matches);
  return index === -1 ? [...list, item] : list.map((candidate, i) => (i === index ? item : candidate));
}

const nextOrder = (list: readonly { order: number }[]) => list.reduce((max, item) => Math.max(max, item.order + 1), 0);

/** `current` with the item taken from `version`; a failure says why in words and changes nothing. */
export function copyItem(current: TenderContent, version: TenderContent, kind: CopyableKind, id: string): Result<TenderContent> {
  if (kind === 'lot') {
    const lot = version.lots.find((l) => l.id === id);
    if (!lot) return fail('That lot is not in the earlier version.');
    const present = current.lots.some((l) => l.id === id);
    if (!present && current.lots.length >= LIMITS.lots) return fail(`The tender already has ${LIMITS.lots} lots, the most it may have.`);
    return ok({ ...current, lots: replaceOrAppend(current.lots, lot, (l) => l.id === id) });
  }
  if (kind === 'clause') {
    const clause = version.clauses.find((c) => c.id === id);
    if (!clause) return fail('That clause is not in the earlier version.');
    const mine = current.clauses.find((c) => c.id === id);
    if (!mine && current.clauses.length >= CLAUSE_LIMITS.tenderClauses) {
      return fail(`The tender already has ${CLAUSE_LIMITS.tenderClauses} clauses, the most it may have.`);
    }
    // A clause coming back goes at the end; one still there keeps its place.
    const copied = { ...clause, order: mine ? mine.order : nextOrder(current.clauses) };
    return ok({ ...current, clauses: replaceOrAppend(current.clauses, copied, (c) => c.id === id) });
  }
  const selected = version.qa.questions.find((q) => q.questionId === id);
  if (!selected) return fail('That question is not in the earlier version.');
  const mine = current.qa.questions.find((q) => q.questionId === id);
  if (!mine && current.qa.questions.length >= QA_LIMITS.selected)
    return fail(`The questionnaire already has ${QA_LIMITS.selected} questions, the most it may have.`);
  // The question comes with the answers recorded against it then, and the suppliers who gave them.
  const threads = version.qa.threads.filter((t) => t.questionId === id);
  const suppliers = [...current.qa.suppliers];
  for (const thread of threads) {
    if (suppliers.some((s) => s.id === thread.supplierId)) continue;
    const supplier = version.qa.suppliers.find((s) => s.id === thread.supplierId);
    if (supplier) suppliers.push(supplier);
  }
  if (suppliers.length > QA_LIMITS.suppliers)
    return fail(`Copying the answers would take the questionnaire past ${QA_LIMITS.suppliers} suppliers.`);
  const qa: TenderQa = {
    questions: replaceOrAppend(
      current.qa.questions,
      { ...selected, order: mine ? mine.order : nextOrder(current.qa.questions) },
      (q) => q.questionId === id,
    ),
    suppliers,
    threads: [...current.qa.threads.filter((t) => t.questionId !== id), ...threads],
  };
  return ok({ ...current, qa });
}
