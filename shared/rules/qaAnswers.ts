import { newId } from '../model/common';
import {
  AnswerEntrySchema,
  FollowUpSchema,
  QA_LIMITS,
  QaSupplierSchema,
  type AnswerEntry,
  type AnswerThread,
  type FollowUp,
  type FollowUpStatus,
  type MaturityLevel,
  type QaSupplier,
  type Question,
  type SelectedQuestion,
  type SupplierRole,
  type TenderQa,
} from '../model/questions';
import { describeIssues, fail, ok, type Result } from '../clauses/result';

/*
 * Editing a tender's Q&A, purely: every function returns a new TenderQa and leaves its input alone.
 * Answers are appended, never overwritten, so the history shows how a supplier improves.
 */

/** Selected questions in their tender order. */
export function orderedQuestions(qa: TenderQa): SelectedQuestion[] {
  return qa.questions
    .map((q, index) => ({ q, index }))
    .sort((a, b) => a.q.order - b.q.order || a.index - b.index)
    .map((x) => x.q);
}

const renumber = (list: SelectedQuestion[]) => list.map((q, order) => ({ ...q, order }));

/** Adds questions to the selection (frozen copies, at the end); already selected ones are skipped. */
export function selectQuestions(
  qa: TenderQa,
  questions: readonly Question[],
): { qa: TenderQa; added: string[]; alreadySelected: string[] } {
  const selected = new Set(qa.questions.map((q) => q.questionId));
  const list = orderedQuestions(qa);
  const added: string[] = [];
  const alreadySelected: string[] = [];
  for (const q of questions) {
    if (selected.has(q.id)) {
      alreadySelected.push(q.id);
      continue;
    }
    selected.add(q.id);
    added.push(q.id);
    list.push({ questionId: q.id, order: list.length, question: structuredClone(q) });
  }
  return { qa: { ...qa, questions: renumber(list) }, added, alreadySelected };
}

/** Removes a question from the selection. Refuses when answers exist, unless told to discard them. */
export function deselectQuestion(qa: TenderQa, questionId: string, opts: { discardAnswers?: boolean } = {}): Result<TenderQa> {
  const answered = qa.threads.filter((t) => t.questionId === questionId && (t.entries.length || t.followUps.length));
  if (answered.length && !opts.discardAnswers) {
    return fail(
      `This question has answers or follow-ups from ${answered.length} supplier(s). Removing it would discard them; confirm to remove anyway.`,
    );
  }
  return ok({
    ...qa,
    questions: renumber(orderedQuestions(qa).filter((q) => q.questionId !== questionId)),
    threads: qa.threads.filter((t) => t.questionId !== questionId),
    ...(qa.rounds ? { rounds: qa.rounds.map((r) => ({ ...r, questionIds: r.questionIds.filter((id) => id !== questionId) })) } : {}),
  });
}

/** Moves a selected question to a new position (0-based) and renumbers. */
export function moveQuestion(qa: TenderQa, questionId: string, toIndex: number): TenderQa {
  const list = orderedQuestions(qa);
  const from = list.findIndex((q) => q.questionId === questionId);
  if (from !== -1) {
    const [moved] = list.splice(from, 1);
    list.splice(Math.max(0, Math.min(list.length, Math.trunc(toIndex))), 0, moved as SelectedQuestion);
  }
  return { ...qa, questions: renumber(list) };
}

export function addSupplier(
  qa: TenderQa,
  input: { name: string; role: SupplierRole; id?: string },
): Result<{ qa: TenderQa; supplier: QaSupplier }> {
  if (qa.suppliers.length >= QA_LIMITS.suppliers) return fail(`A tender's Q&A may list at most ${QA_LIMITS.suppliers} suppliers.`);
  const supplier = { id: input.id ?? newId('sup'), name: input.name.trim(), role: input.role };
  const parsed = QaSupplierSchema.safeParse(supplier);
  if (!parsed.success) return fail(`The supplier cannot be added: ${describeIssues(parsed.error)}`);
  if (qa.suppliers.some((s) => s.id === supplier.id)) return fail(`A supplier with id "${supplier.id}" already exists.`);
  if (qa.suppliers.some((s) => s.name.toLowerCase() === supplier.name.toLowerCase())) {
    return fail(`A supplier named “${supplier.name}” is already listed.`);
  }
  return ok({ qa: { ...qa, suppliers: [...qa.suppliers, parsed.data] }, supplier: parsed.data });
}

/** Changes a supplier's name or role (e.g. a bidder that won the contract becomes a contracted supplier). */
export function updateSupplier(qa: TenderQa, id: string, changes: { name?: string; role?: SupplierRole }): Result<TenderQa> {
  const current = qa.suppliers.find((s) => s.id === id);
  if (!current) return fail(`No supplier with id "${id}".`);
  const next = {
    ...current,
    ...(changes.name !== undefined ? { name: changes.name.trim() } : {}),
    ...(changes.role ? { role: changes.role } : {}),
  };
  const parsed = QaSupplierSchema.safeParse(next);
  if (!parsed.success) return fail(`The supplier cannot be changed: ${describeIssues(parsed.error)}`);
  return ok({ ...qa, suppliers: qa.suppliers.map((s) => (s.id === id ? parsed.data : s)) });
}

export function removeSupplier(qa: TenderQa, id: string, opts: { discardAnswers?: boolean } = {}): Result<TenderQa> {
  const answered = qa.threads.filter((t) => t.supplierId === id && (t.entries.length || t.followUps.length));
  if (answered.length && !opts.discardAnswers) {
    return fail(
      `This supplier has answers or follow-ups on ${answered.length} question(s). Removing it would discard them; confirm to remove anyway.`,
    );
  }
  return ok({
    ...qa,
    suppliers: qa.suppliers.filter((s) => s.id !== id),
    threads: qa.threads.filter((t) => t.supplierId !== id),
    // No round may name a supplier who is gone.
    ...(qa.rounds ? { rounds: qa.rounds.map((r) => ({ ...r, supplierIds: r.supplierIds.filter((s) => s !== id) })) } : {}),
  });
}

export function findThread(qa: TenderQa, supplierId: string, questionId: string): AnswerThread | undefined {
  return qa.threads.find((t) => t.supplierId === supplierId && t.questionId === questionId);
}

function checkPair(qa: TenderQa, supplierId: string, questionId: string): string | null {
  if (!qa.suppliers.some((s) => s.id === supplierId)) return `No supplier with id "${supplierId}" in this tender's Q&A.`;
  if (!qa.questions.some((q) => q.questionId === questionId)) return `Question "${questionId}" is not selected for this tender.`;
  return null;
}

function withThread(qa: TenderQa, supplierId: string, questionId: string, change: (t: AnswerThread) => AnswerThread): TenderQa {
  const existing = findThread(qa, supplierId, questionId);
  const thread = change(existing ?? { supplierId, questionId, entries: [], followUps: [] });
  return {
    ...qa,
    threads: existing ? qa.threads.map((t) => (t === existing ? thread : t)) : [...qa.threads, thread],
  };
}

export interface AnswerInput {
  date: string;
  text: string;
  level: MaturityLevel;
  evidence?: string[];
  assessedBy?: string;
  id?: string;
  recordedAt?: string;
}

/** Records a supplier's answer as a new entry; earlier answers stay as they were. */
export function recordAnswer(qa: TenderQa, supplierId: string, questionId: string, input: AnswerInput): Result<TenderQa> {
  const problem = checkPair(qa, supplierId, questionId);
  if (problem) return fail(problem);
  const thread = findThread(qa, supplierId, questionId);
  if (thread && thread.entries.length >= QA_LIMITS.entries)
    return fail(`At most ${QA_LIMITS.entries} answers can be kept per supplier and question.`);
  const entry = {
    id: input.id ?? newId('ans'),
    date: input.date,
    text: input.text,
    level: input.level,
    evidence: (input.evidence ?? []).map((e) => e.trim()).filter(Boolean),
    ...(input.assessedBy ? { assessedBy: input.assessedBy } : {}),
    ...(input.recordedAt ? { recordedAt: input.recordedAt } : {}),
  };
  const parsed = AnswerEntrySchema.safeParse(entry);
  if (!parsed.success) return fail(`The answer cannot be recorded: ${describeIssues(parsed.error)}. Your text has not been discarded.`);
  if (thread?.entries.some((e) => e.id === entry.id)) return fail(`An answer with id "${entry.id}" already exists.`);
  return ok(withThread(qa, supplierId, questionId, (t) => ({ ...t, entries: [...t.entries, parsed.data] })));
}

/** A supplier's answers to one question, oldest first (by date; same-day answers in recording order). */
export function answerHistory(qa: TenderQa, supplierId: string, questionId: string): AnswerEntry[] {
  return sortEntries(findThread(qa, supplierId, questionId)?.entries ?? []);
}

export function sortEntries(entries: readonly AnswerEntry[]): AnswerEntry[] {
  return entries
    .map((e, index) => ({ e, index }))
    .sort((a, b) => (a.e.date < b.e.date ? -1 : a.e.date > b.e.date ? 1 : a.index - b.index))
    .map((x) => x.e);
}

export interface FollowUpInput {
  text: string;
  due: string;
  id?: string;
  createdAt?: string;
}

export function addFollowUp(
  qa: TenderQa,
  supplierId: string,
  questionId: string,
  input: FollowUpInput,
): Result<{ qa: TenderQa; followUp: FollowUp }> {
  const problem = checkPair(qa, supplierId, questionId);
  if (problem) return fail(problem);
  const followUp = {
    id: input.id ?? newId('fu'),
    text: input.text.trim(),
    due: input.due,
    status: 'open' as const,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  };
  const parsed = FollowUpSchema.safeParse(followUp);
  if (!parsed.success) return fail(`The follow-up cannot be added: ${describeIssues(parsed.error)}`);
  if (qa.threads.some((t) => t.followUps.some((f) => f.id === followUp.id)))
    return fail(`A follow-up with id "${followUp.id}" already exists.`);
  const thread = findThread(qa, supplierId, questionId);
  if (thread && thread.followUps.length >= QA_LIMITS.followUps)
    return fail(`At most ${QA_LIMITS.followUps} follow-ups can be kept per supplier and question.`);
  return ok({
    qa: withThread(qa, supplierId, questionId, (t) => ({ ...t, followUps: [...t.followUps, parsed.data] })),
    followUp: parsed.data,
  });
}

/** Marks a follow-up done, cancelled or open again. */
export function setFollowUpStatus(qa: TenderQa, followUpId: string, status: FollowUpStatus, at?: string): Result<TenderQa> {
  const thread = qa.threads.find((t) => t.followUps.some((f) => f.id === followUpId));
  if (!thread) return fail(`No follow-up with id "${followUpId}".`);
  return ok(
    withThread(qa, thread.supplierId, thread.questionId, (t) => ({
      ...t,
      followUps: t.followUps.map((f) => {
        if (f.id !== followUpId) return f;
        const { closedAt: _closed, ...rest } = f;
        return status === 'open' ? { ...rest, status } : { ...rest, status, ...(at ? { closedAt: at } : {}) };
      }),
    })),
  );
}
