/**
 * What changed between two versions of a tender, in a few short lines for the history list:
 * "Laptops: 2 weights changed", "3 clauses added". Per part (details, each lot by title, clauses,
 * questionnaire), counting changes by kind. Items are matched by id, as in the conflict comparison.
 */
import diff from 'microdiff';
import type { Lot, TenderContent } from '../model/tender';
import { evaluationOf } from '../model/evaluation';
import { byId, same } from './versionDiff';

/** More lines than this and the rest are counted in one last line. */
const MAX_LINES = 8;

const count = (n: number, one: string, many: string, what: string) => `${n} ${n === 1 ? one : many} ${what}`;

interface Matched<T> {
  added: T[];
  removed: T[];
  both: [before: T, after: T][];
}

function match<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Matched<T> {
  const old = new Map(before.map((item) => [key(item), item]));
  const now = new Map(after.map((item) => [key(item), item]));
  return {
    added: after.filter((item) => !old.has(key(item))),
    removed: before.filter((item) => !now.has(key(item))),
    both: after.flatMap((item) => {
      const previous = old.get(key(item));
      return previous === undefined ? [] : [[previous, item] as [T, T]];
    }),
  };
}

/** The top-level fields of an item that differ (lists inside compared by id). */
function changedFields(before: unknown, after: unknown): Set<string> {
  return new Set(
    diff({ v: byId(before) } as Record<string, unknown>, { v: byId(after) } as Record<string, unknown>).map((entry) =>
      String(entry.path[1] ?? ''),
    ),
  );
}

const withId = (item: { id: string }) => item.id;

/** "added"/"removed"/"edited" counts for a list of things with ids. */
function listChanges<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  one: string,
  many: string,
  edited = 'changed',
): string[] {
  const { added, removed, both } = match(before, after, withId);
  const changed = both.filter(([b, a]) => !same(b, a)).length;
  return [
    ...(added.length ? [count(added.length, one, many, 'added')] : []),
    ...(removed.length ? [count(removed.length, one, many, 'removed')] : []),
    ...(changed ? [count(changed, one, many, edited)] : []),
  ];
}

function lotChanges(before: Lot, after: Lot): string[] {
  const lines: string[] = [];
  if (before.title !== after.title) lines.push(`renamed from “${before.title}”`);
  const criteria = match(before.criteria, after.criteria, withId);
  let weights = 0;
  let renamed = 0;
  let edited = 0;
  for (const [b, a] of criteria.both) {
    const fields = changedFields(b, a);
    if (fields.has('weight')) weights += 1;
    if (fields.has('name')) renamed += 1;
    fields.delete('weight');
    fields.delete('name');
    if (fields.size) edited += 1;
  }
  if (weights) lines.push(count(weights, 'weight', 'weights', 'changed'));
  if (criteria.added.length) lines.push(count(criteria.added.length, 'criterion', 'criteria', 'added'));
  if (criteria.removed.length) lines.push(count(criteria.removed.length, 'criterion', 'criteria', 'removed'));
  if (renamed) lines.push(count(renamed, 'criterion', 'criteria', 'renamed'));
  if (edited) lines.push(count(edited, 'criterion', 'criteria', 'edited'));
  if (criteria.added.length === 0 && criteria.removed.length === 0 && !same(before.criteria.map(withId), after.criteria.map(withId)))
    lines.push('criteria reordered');
  lines.push(...listChanges(before.requirements, after.requirements, 'pass/fail requirement', 'pass/fail requirements', 'edited'));
  if (before.minimumQualityScore !== after.minimumQualityScore) lines.push('minimum quality score changed');
  const was = evaluationOf(before);
  const is = evaluationOf(after);
  lines.push(...listChanges(was.bidders, is.bidders, 'bidder', 'bidders'));
  lines.push(...listChanges(was.evaluators, is.evaluators, 'evaluator', 'evaluators'));
  if (was.lead !== is.lead || was.hidePriceFromEvaluators !== is.hidePriceFromEvaluators) lines.push('evaluation set-up changed');
  const imported = match(was.imports, is.imports, withId).added.length;
  if (imported) lines.push(count(imported, 'workbook', 'workbooks', 'imported'));
  const moderated = match(was.moderations, is.moderations, withId).added.length;
  if (moderated) lines.push(count(moderated, 'score', 'scores', 'moderated'));
  return lines;
}

function clauseChanges(before: TenderContent['clauses'], after: TenderContent['clauses']): string[] {
  const { added, removed, both } = match(before, after, withId);
  let filled = 0;
  let reworded = 0;
  let updated = 0;
  for (const [b, a] of both) {
    for (const [name, value] of Object.entries(a.values)) if (value !== '' && b.values[name] !== value) filled += 1;
    if (!same(b.edited, a.edited)) reworded += 1;
    if (b.templateVersion !== a.templateVersion) updated += 1;
  }
  const order = (list: TenderContent['clauses']) => [...list].sort((x, y) => x.order - y.order).map(withId);
  return [
    ...(added.length ? [count(added.length, 'clause', 'clauses', 'added')] : []),
    ...(removed.length ? [count(removed.length, 'clause', 'clauses', 'removed')] : []),
    ...(filled ? [count(filled, 'parameter', 'parameters', 'filled in')] : []),
    ...(reworded ? [count(reworded, 'clause', 'clauses', 'reworded')] : []),
    ...(updated ? [count(updated, 'clause', 'clauses', 'updated from the library')] : []),
    ...(!added.length && !removed.length && !same(order(before), order(after)) ? ['clauses reordered'] : []),
  ];
}

function questionnaireChanges(before: TenderContent['qa'], after: TenderContent['qa']): string[] {
  const questions = match(before.questions, after.questions, (q) => q.questionId);
  const suppliers = match(before.suppliers, after.suppliers, withId);
  const threadKey = (t: { supplierId: string; questionId: string }) => `${t.supplierId}/${t.questionId}`;
  const threads = match(before.threads, after.threads, threadKey);
  let answers = threads.added.reduce((sum, t) => sum + t.entries.length, 0);
  let followUps = threads.added.reduce((sum, t) => sum + t.followUps.length, 0);
  let closed = 0;
  for (const [b, a] of threads.both) {
    answers += match(b.entries, a.entries, withId).added.length;
    const follow = match(b.followUps, a.followUps, withId);
    followUps += follow.added.length;
    closed += follow.both.filter(([x, y]) => x.status === 'open' && y.status !== 'open').length;
  }
  const edited = questions.both.filter(([b, a]) => !same(b.question, a.question)).length;
  return [
    ...(questions.added.length ? [count(questions.added.length, 'question', 'questions', 'added')] : []),
    ...(questions.removed.length ? [count(questions.removed.length, 'question', 'questions', 'removed')] : []),
    ...(edited ? [count(edited, 'question', 'questions', 'edited')] : []),
    ...(suppliers.added.length ? [count(suppliers.added.length, 'supplier', 'suppliers', 'added')] : []),
    ...(suppliers.removed.length ? [count(suppliers.removed.length, 'supplier', 'suppliers', 'removed')] : []),
    ...(answers ? [count(answers, 'answer', 'answers', 'recorded')] : []),
    ...(followUps ? [count(followUps, 'follow-up', 'follow-ups', 'added')] : []),
    ...(closed ? [count(closed, 'follow-up', 'follow-ups', 'closed')] : []),
  ];
}

const DETAIL_WORDS = {
  title: 'title',
  reference: 'reference',
  buyer: 'buying organisation',
  description: 'description',
  status: 'status',
  submissionDeadline: 'submission deadline',
  awardDate: 'award date',
} as const;

/** Short lines saying what changed from `before` to `after`; empty when the content is the same. */
export function summariseChanges(before: TenderContent, after: TenderContent): string[] {
  const lines: string[] = [];
  const details = (Object.keys(DETAIL_WORDS) as (keyof typeof DETAIL_WORDS)[]).filter((field) => before[field] !== after[field]);
  if (details.length) lines.push(`Tender details: ${details.map((field) => DETAIL_WORDS[field]).join(', ')} changed`);
  const lots = match(before.lots, after.lots, withId);
  for (const lot of lots.added) lines.push(`Lot “${lot.title}” added`);
  for (const lot of lots.removed) lines.push(`Lot “${lot.title}” removed`);
  if (!lots.added.length && !lots.removed.length && !same(before.lots.map(withId), after.lots.map(withId))) lines.push('Lots reordered');
  for (const [b, a] of lots.both) {
    const changes = lotChanges(b, a);
    if (changes.length) lines.push(`${a.title}: ${changes.join(', ')}`);
  }
  const clauses = clauseChanges(before.clauses, after.clauses);
  if (clauses.length) lines.push(capitalise(clauses.join(', ')));
  const qa = questionnaireChanges(before.qa, after.qa);
  if (qa.length) lines.push(`Questionnaire: ${qa.join(', ')}`);
  if (lines.length <= MAX_LINES) return lines;
  const rest = lines.length - (MAX_LINES - 1);
  return [...lines.slice(0, MAX_LINES - 1), `and ${rest} more changes`];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
