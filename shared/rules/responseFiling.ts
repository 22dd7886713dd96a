import { newId } from '../model/common';
import { AnswerEntrySchema, FollowUpSchema, QA_LIMITS, type MaturityLevel, type TenderQa } from '../model/questions';
import type { ReadAnswer } from '../api/methods/engagement';
import { describeIssues, fail, ok, type Result } from '../clauses/result';
import { findRound } from './engagementRounds';
import { addDays } from './qaFollowUps';
import { findThread } from './qaAnswers';

/*
 * Filing the answers read from a supplier's response form into the tender's Q&A: one new entry per
 * answer, beside the earlier rounds' entries, with the app's proposal awaiting the officer's
 * confirmation; a weak answer also opens a follow-up.
 */

/** A follow-up from a weak answer is due this many days after the answers were given. */
export const WEAK_ANSWER_FOLLOW_UP_DAYS = 30;

/** Proposals at or below this level are weak. */
const WEAK_LEVEL: MaturityLevel = 1;

export interface FilingInput {
  supplierId: string;
  roundId: string;
  /** YYYY-MM-DD: the date of the answers. */
  answeredOn: string;
  answers: readonly ReadAnswer[];
  /** ISO date-time of the filing. */
  recordedAt: string;
}

export interface Filing {
  qa: TenderQa;
  entries: number;
  followUps: number;
}

/** Whether answers from this supplier's form for this round were filed already. */
export function formAlreadyFiled(qa: TenderQa, supplierId: string, roundId: string): boolean {
  return qa.threads.some(
    (t) => t.supplierId === supplierId && t.entries.some((e) => e.roundId === roundId && e.source === 'response-form'),
  );
}

export function fileResponseAnswers(qa: TenderQa, input: FilingInput): Result<Filing> {
  const round = findRound(qa, input.roundId);
  if (!round) return fail('The round of this response form is no longer in the tender, so its answers cannot be filed.');
  const supplier = qa.suppliers.find((s) => s.id === input.supplierId);
  if (!supplier) return fail('The supplier of this response form is no longer in the tender, so its answers cannot be filed.');
  let threads = qa.threads;
  let followUps = 0;
  for (const answer of input.answers) {
    if (!qa.questions.some((q) => q.questionId === answer.questionId))
      return fail(`Question "${answer.questionId}" is no longer selected, so the answers cannot be filed.`);
    const entryId = newId('ans');
    const entry = AnswerEntrySchema.safeParse({
      id: entryId,
      date: input.answeredOn,
      text: answer.text,
      level: answer.proposedLevel,
      evidence: answer.evidence,
      recordedAt: input.recordedAt,
      roundId: round.id,
      source: 'response-form',
      ...(answer.selfAssessed !== undefined ? { selfAssessed: answer.selfAssessed } : {}),
      awaitsConfirmation: true,
    });
    if (!entry.success) return fail(`The answers cannot be filed: ${describeIssues(entry.error)}`);
    const question = qa.questions.find((q) => q.questionId === answer.questionId)!.question;
    const weak = answer.proposedLevel <= WEAK_LEVEL;
    const followUp = weak
      ? FollowUpSchema.parse({
          id: newId('fu'),
          text: `${question.followUp.trim()} (Weak answer in “${round.name}”: proposed level ${answer.proposedLevel}.)`.slice(0, 2000),
          due: addDays(input.answeredOn, WEAK_ANSWER_FOLLOW_UP_DAYS),
          status: 'open',
          createdAt: input.recordedAt,
          fromEntryId: entryId,
        })
      : undefined;
    if (followUp) followUps += 1;
    const existing = threads.find((t) => t.supplierId === supplier.id && t.questionId === answer.questionId);
    const base = existing ?? { supplierId: supplier.id, questionId: answer.questionId, entries: [], followUps: [] };
    if (base.entries.length >= QA_LIMITS.entries)
      return fail(`At most ${QA_LIMITS.entries} answers can be kept per supplier and question; this form would go over that.`);
    if (followUp && base.followUps.length >= QA_LIMITS.followUps)
      return fail(`At most ${QA_LIMITS.followUps} follow-ups can be kept per supplier and question; this form would go over that.`);
    const next = { ...base, entries: [...base.entries, entry.data], followUps: followUp ? [...base.followUps, followUp] : base.followUps };
    threads = existing ? threads.map((t) => (t === existing ? next : t)) : [...threads, next];
  }
  return ok({ qa: { ...qa, threads }, entries: input.answers.length, followUps });
}

/** The officer's level for an imported answer: it is no longer a proposal, and says who set it. */
export function confirmAnswerLevel(
  qa: TenderQa,
  target: { supplierId: string; questionId: string; entryId: string },
  level: MaturityLevel,
  by: string,
): Result<TenderQa> {
  const thread = findThread(qa, target.supplierId, target.questionId);
  const entry = thread?.entries.find((e) => e.id === target.entryId);
  if (!thread || !entry) return fail('That answer is no longer in the tender.');
  const who = by.trim();
  if (!who) return fail('Enter your name: it is recorded with the confirmed level.');
  const { awaitsConfirmation: _pending, ...rest } = entry;
  const confirmed = AnswerEntrySchema.safeParse({ ...rest, level, assessedBy: who });
  if (!confirmed.success) return fail(`The level cannot be confirmed: ${describeIssues(confirmed.error)}`);
  const next = { ...thread, entries: thread.entries.map((e) => (e.id === entry.id ? confirmed.data : e)) };
  return ok({ ...qa, threads: qa.threads.map((t) => (t === thread ? next : t)) });
}
