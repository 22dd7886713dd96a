/**
 * What removing an item from a tender takes with it, in words: the pure rule behind the question the
 * app asks before a removal ("Lot “Laptops” has 3 imported workbooks, 2 moderations and its audit
 * trail. Remove it?") and the detail Recently deleted shows. An item with nothing in it has no parts,
 * and goes without a question.
 */
import type { ClauseInstance } from '../model/clauses';
import { evaluationOf } from '../model/evaluation';
import type { TenderQa } from '../model/questions';
import type { Lot } from '../model/tender';
import { RETENTION_DAYS } from '../model/deleted';

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** "a, b and c". */
export function joinParts(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A lot's evaluation records: imported workbooks, moderations and the audit trail. */
export function lotParts(lot: Lot): string[] {
  const evaluation = evaluationOf(lot);
  const parts: string[] = [];
  if (evaluation.imports.length) parts.push(count(evaluation.imports.length, 'imported workbook', 'imported workbooks'));
  if (evaluation.moderations.length) parts.push(count(evaluation.moderations.length, 'moderation', 'moderations'));
  if (evaluation.audit.length) parts.push('its audit trail');
  return parts;
}

/** A bidder's bid price and the scores and moderations recorded for the bid. */
export function bidderParts(lot: Lot, bidderId: string): string[] {
  const evaluation = evaluationOf(lot);
  const bidder = evaluation.bidders.find((b) => b.id === bidderId);
  const parts: string[] = [];
  if (bidder?.priceCents !== undefined) parts.push('a bid price');
  let scores = 0;
  for (const entry of evaluation.imports) {
    if (entry.supersededAt) continue;
    scores += entry.scores.filter((s) => s.bidderId === bidderId).length + entry.verdicts.filter((v) => v.bidderId === bidderId).length;
  }
  if (scores) parts.push(count(scores, 'score from the evaluators', 'scores from the evaluators'));
  const moderations = evaluation.moderations.filter((m) => m.bidderId === bidderId).length;
  if (moderations) parts.push(count(moderations, 'moderation', 'moderations'));
  return parts;
}

/** The supplier answers and follow-ups recorded on a selected question. */
export function questionParts(qa: TenderQa, questionId: string): string[] {
  const threads = qa.threads.filter((t) => t.questionId === questionId && (t.entries.length || t.followUps.length));
  const answers = threads.reduce((sum, t) => sum + t.entries.length, 0);
  const followUps = threads.reduce((sum, t) => sum + t.followUps.length, 0);
  const parts: string[] = [];
  if (answers) parts.push(`${count(answers, 'answer', 'answers')} from ${count(threads.length, 'supplier', 'suppliers')}`);
  if (followUps) parts.push(count(followUps, 'follow-up', 'follow-ups'));
  return parts;
}

/** Parameters the user filled in: a value that is not empty and not simply the template's default. */
export function filledParameters(clause: ClauseInstance): number {
  let filled = 0;
  for (const def of clause.frozen.parameters) {
    const value = clause.values[def.name];
    if (value === undefined || value === '' || value === def.default) continue;
    filled += 1;
  }
  return filled;
}

export function clauseParts(clause: ClauseInstance): string[] {
  const filled = filledParameters(clause);
  return filled ? [count(filled, 'filled-in parameter', 'filled-in parameters')] : [];
}

export type RemovalSubject = 'Lot' | 'Bidder' | 'Question' | 'Clause';

/**
 * The question asked before removing an item that holds something, or undefined when it holds
 * nothing (then it goes in one click).
 */
export function removalQuestion(subject: RemovalSubject, name: string, parts: readonly string[]): string | undefined {
  if (!parts.length) return undefined;
  const label = name.trim() ? `${subject} “${name.trim()}”` : `This ${subject.toLowerCase()}`;
  return `${label} has ${joinParts(parts)}. Remove it? You can restore it from Recently deleted for ${RETENTION_DAYS} days.`;
}
