import { isCalendarDate } from '../model/clauses';
import type { FollowUp, MaturityLevel, QaSupplier, QuestionTheme, TenderQa } from '../model/questions';
import { orderedQuestions, sortEntries } from './qaAnswers';

/*
 * Follow-up actions: the open ones in due-date order with overdue ones flagged, and suggestions drawn
 * from each question's "follow-up when weak" where a supplier's latest answer is weak.
 */

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** `iso` plus `days` calendar days, as YYYY-MM-DD. */
export function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export interface OpenFollowUp {
  followUp: FollowUp;
  supplier: QaSupplier;
  questionId: string;
  question: string;
  theme: QuestionTheme;
  overdue: boolean;
  dueToday: boolean;
  /** Positive when overdue: days past the due date. Negative: days still left. */
  daysOverdue: number;
}

/**
 * Open follow-ups across all suppliers, earliest due first (then supplier name, then question order),
 * overdue ones flagged against `today` (YYYY-MM-DD).
 */
export function openFollowUps(qa: TenderQa, today: string): OpenFollowUp[] {
  if (!isCalendarDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, got "${today}"`);
  const suppliers = new Map(qa.suppliers.map((s) => [s.id, s]));
  const questions = orderedQuestions(qa);
  const position = new Map(questions.map((q, i) => [q.questionId, i]));
  const out: (OpenFollowUp & { pos: number })[] = [];
  for (const thread of qa.threads) {
    const supplier = suppliers.get(thread.supplierId);
    const selected = questions.find((q) => q.questionId === thread.questionId);
    if (!supplier || !selected) continue;
    for (const f of thread.followUps) {
      if (f.status !== 'open') continue;
      const daysOverdue = daysBetween(f.due, today);
      out.push({
        followUp: f,
        supplier,
        questionId: thread.questionId,
        question: selected.question.question,
        theme: selected.question.theme,
        overdue: daysOverdue > 0,
        dueToday: daysOverdue === 0,
        daysOverdue,
        pos: position.get(thread.questionId) ?? 0,
      });
    }
  }
  out.sort(
    (a, b) =>
      (a.followUp.due < b.followUp.due ? -1 : a.followUp.due > b.followUp.due ? 1 : 0) ||
      a.supplier.name.localeCompare(b.supplier.name) ||
      a.pos - b.pos,
  );
  return out.map(({ pos: _pos, ...rest }) => rest);
}

export interface SuggestedFollowUp {
  supplierId: string;
  questionId: string;
  level: MaturityLevel;
  text: string;
  due: string;
}

/**
 * Suggests a follow-up wherever a supplier's latest answer is at or below `threshold` (default level 1)
 * and no follow-up is open on that question: the question's own "follow-up when weak", due `days`
 * (default 30) after `today`.
 */
export function suggestFollowUps(
  qa: TenderQa,
  today: string,
  opts: { threshold?: MaturityLevel; days?: number } = {},
): SuggestedFollowUp[] {
  if (!isCalendarDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, got "${today}"`);
  const threshold = opts.threshold ?? 1;
  const days = opts.days ?? 30;
  const suggestions: SuggestedFollowUp[] = [];
  for (const supplier of qa.suppliers) {
    for (const selected of orderedQuestions(qa)) {
      const thread = qa.threads.find((t) => t.supplierId === supplier.id && t.questionId === selected.questionId);
      if (!thread || !thread.entries.length) continue;
      if (thread.followUps.some((f) => f.status === 'open')) continue;
      const latest = sortEntries(thread.entries).at(-1);
      if (!latest || latest.level > threshold) continue;
      suggestions.push({
        supplierId: supplier.id,
        questionId: selected.questionId,
        level: latest.level,
        text: selected.question.followUp,
        due: addDays(today, days),
      });
    }
  }
  return suggestions;
}
