import { newId } from '../model/common';
import { EngagementRoundSchema, QA_LIMITS, type EngagementRound, type RoundKind, type TenderQa } from '../model/questions';
import { describeIssues, fail, ok, type Result } from '../clauses/result';
import { orderedQuestions } from './qaAnswers';

/*
 * Engagement rounds: the occasions on which the selected questions are sent to the suppliers (the
 * tender questionnaire, then each periodic contract review). Pure edits over the tender's Q&A.
 */

export const roundsOf = (qa: TenderQa): EngagementRound[] => qa.rounds ?? [];

export const findRound = (qa: TenderQa, roundId: string): EngagementRound | undefined => roundsOf(qa).find((r) => r.id === roundId);

export interface RoundInput {
  name: string;
  kind: RoundKind;
  opensOn: string;
  answersDue?: string;
  /** Absent: every selected question, in the tender's order. */
  questionIds?: string[];
  /** Absent: every supplier of the Q&A. */
  supplierIds?: string[];
}

/** What is wrong with a round's references in `qa`, one sentence each (none when it is sound). */
export function roundReferenceProblems(qa: Pick<TenderQa, 'questions' | 'suppliers'>, round: EngagementRound): string[] {
  const questions = new Set(qa.questions.map((q) => q.questionId));
  const suppliers = new Set(qa.suppliers.map((s) => s.id));
  const problems: string[] = [];
  const unknownQuestions = round.questionIds.filter((id) => !questions.has(id));
  const unknownSuppliers = round.supplierIds.filter((id) => !suppliers.has(id));
  if (unknownQuestions.length) problems.push(`round “${round.name}” asks questions not in the selection: ${unknownQuestions.join(', ')}`);
  if (unknownSuppliers.length) problems.push(`round “${round.name}” names unknown suppliers: ${unknownSuppliers.join(', ')}`);
  if (new Set(round.questionIds).size !== round.questionIds.length) problems.push(`round “${round.name}” lists a question twice`);
  if (new Set(round.supplierIds).size !== round.supplierIds.length) problems.push(`round “${round.name}” lists a supplier twice`);
  if (round.answersDue && round.answersDue < round.opensOn) problems.push(`round “${round.name}” has answers due before it opens`);
  return problems;
}

function built(qa: TenderQa, id: string, input: RoundInput): Result<EngagementRound> {
  const selectedOrder = orderedQuestions(qa).map((q) => q.questionId);
  const questionIds = input.questionIds ? selectedOrder.filter((q) => input.questionIds!.includes(q)) : selectedOrder;
  const unknownQuestion = input.questionIds?.find((q) => !selectedOrder.includes(q));
  if (unknownQuestion) return fail(`Question "${unknownQuestion}" is not selected for this tender.`);
  const round = {
    id,
    name: input.name.trim(),
    kind: input.kind,
    opensOn: input.opensOn,
    ...(input.answersDue ? { answersDue: input.answersDue } : {}),
    questionIds,
    supplierIds: input.supplierIds ? [...new Set(input.supplierIds)] : qa.suppliers.map((s) => s.id),
  };
  const parsed = EngagementRoundSchema.safeParse(round);
  if (!parsed.success) return fail(`The round cannot be saved: ${describeIssues(parsed.error)}`);
  if (parsed.data.questionIds.length === 0) return fail('Choose at least one question for the round.');
  if (parsed.data.supplierIds.length === 0) return fail('Choose at least one supplier for the round.');
  const problems = roundReferenceProblems(qa, parsed.data);
  if (problems.length) return fail(`The round cannot be saved: ${problems.join('; ')}.`);
  return ok(parsed.data);
}

export function addRound(qa: TenderQa, input: RoundInput & { id?: string }): Result<{ qa: TenderQa; round: EngagementRound }> {
  const rounds = roundsOf(qa);
  if (rounds.length >= QA_LIMITS.rounds) return fail(`A tender may have at most ${QA_LIMITS.rounds} engagement rounds.`);
  const id = input.id ?? newId('rnd');
  if (rounds.some((r) => r.id === id)) return fail(`A round with id "${id}" already exists.`);
  if (rounds.some((r) => r.name.toLowerCase() === input.name.trim().toLowerCase()))
    return fail(`A round named “${input.name.trim()}” already exists.`);
  const round = built(qa, id, input);
  if (!round.ok) return round;
  return ok({ qa: { ...qa, rounds: [...rounds, round.value] }, round: round.value });
}

export function updateRound(qa: TenderQa, roundId: string, input: RoundInput): Result<TenderQa> {
  const rounds = roundsOf(qa);
  if (!rounds.some((r) => r.id === roundId)) return fail(`No round with id "${roundId}".`);
  if (rounds.some((r) => r.id !== roundId && r.name.toLowerCase() === input.name.trim().toLowerCase()))
    return fail(`A round named “${input.name.trim()}” already exists.`);
  const round = built(qa, roundId, input);
  if (!round.ok) return round;
  return ok({ ...qa, rounds: rounds.map((r) => (r.id === roundId ? round.value : r)) });
}

/** Answers filed under the round stay in the suppliers' histories; they only lose the round's name. */
export function removeRound(qa: TenderQa, roundId: string): Result<TenderQa> {
  if (!findRound(qa, roundId)) return fail(`No round with id "${roundId}".`);
  return ok({ ...qa, rounds: roundsOf(qa).filter((r) => r.id !== roundId) });
}
