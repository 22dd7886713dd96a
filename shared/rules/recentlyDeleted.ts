/**
 * Recently deleted, as pure rules: how long a deleted tender or a removed item is kept, which items a
 * save takes out of a tender (and are worth keeping), and how a kept item goes back in.
 */
import { fail, ok, type Result } from '../clauses/result';
import { orderedInstances } from '../clauses/instances';
import { RETENTION_DAYS, type RemovedItem } from '../model/deleted';

export { RETENTION_DAYS } from '../model/deleted';
import { evaluationOf, EVALUATION_LIMITS, recordsOf } from '../model/evaluation';
import { LIMITS } from '../model/common';
import type { SelectedQuestion } from '../model/questions';
import type { Lot, TenderContent } from '../model/tender';
import { bidderParts, clauseParts, lotParts, questionParts } from './removal';

const DAY_MS = 24 * 60 * 60 * 1000;

/** When an entry deleted at `deletedAt` is removed for good. */
export function expiryOf(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + RETENTION_DAYS * DAY_MS).toISOString();
}

/** Whether an entry deleted at `deletedAt` has been kept its full time by `now`. */
export function isExpired(deletedAt: string, now: Date): boolean {
  return Date.parse(expiryOf(deletedAt)) <= now.getTime();
}

/** Whole days left before `expiresAt`, counting a part day as a day; 0 once expired. */
export function daysLeft(expiresAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now.getTime()) / DAY_MS));
}

/** A lot that holds anything a user made: criteria, requirements, an evaluation set-up or records. */
function lotHoldsWork(lot: Lot): boolean {
  const evaluation = evaluationOf(lot);
  return (
    lotParts(lot).length > 0 ||
    lot.criteria.length > 0 ||
    lot.requirements.length > 0 ||
    evaluation.bidders.length > 0 ||
    evaluation.evaluators.length > 0
  );
}

const byOrder = (qa: TenderContent['qa']): SelectedQuestion[] => [...qa.questions].sort((a, b) => a.order - b.order);

/**
 * The items `before` (the tender on disk) holds that `after` (what is being saved) leaves out, and
 * that hold something worth keeping: lots with work in them, bidders with a price or scores, questions
 * with supplier answers, clauses with filled-in parameters. Bidders of a removed lot go with the lot.
 */
export function removedItems(before: TenderContent, after: TenderContent): RemovedItem[] {
  const removed: RemovedItem[] = [];
  const afterLots = new Map(after.lots.map((lot) => [lot.id, lot]));
  before.lots.forEach((lot, index) => {
    const kept = afterLots.get(lot.id);
    if (!kept) {
      if (lotHoldsWork(lot)) removed.push({ kind: 'lot', index, lot });
      return;
    }
    const keptBidders = new Set(evaluationOf(kept).bidders.map((b) => b.id));
    evaluationOf(lot).bidders.forEach((bidder, bidderIndex) => {
      if (keptBidders.has(bidder.id) || !bidderParts(lot, bidder.id).length) return;
      removed.push({ kind: 'bidder', lotId: lot.id, lotTitle: lot.title, index: bidderIndex, bidder });
    });
  });
  const keptQuestions = new Set(after.qa.questions.map((q) => q.questionId));
  byOrder(before.qa).forEach((question, index) => {
    if (keptQuestions.has(question.questionId) || !questionParts(before.qa, question.questionId).length) return;
    const threads = before.qa.threads.filter((t) => t.questionId === question.questionId);
    const supplierIds = new Set(threads.map((t) => t.supplierId));
    removed.push({ kind: 'question', index, question, threads, suppliers: before.qa.suppliers.filter((s) => supplierIds.has(s.id)) });
  });
  const keptClauses = new Set(after.clauses.map((c) => c.id));
  orderedInstances(before.clauses).forEach((clause, index) => {
    if (keptClauses.has(clause.id) || !clauseParts(clause).length) return;
    removed.push({ kind: 'clause', index, clause });
  });
  return removed;
}

/** What went with a removed item, as the question before its removal named it. */
export function removedItemParts(before: TenderContent, item: RemovedItem): string[] {
  switch (item.kind) {
    case 'lot':
      return lotParts(item.lot);
    case 'bidder': {
      const lot = before.lots.find((l) => l.id === item.lotId);
      return lot ? bidderParts(lot, item.bidder.id) : [];
    }
    case 'question':
      return questionParts(before.qa, item.question.questionId);
    case 'clause':
      return clauseParts(item.clause);
  }
}

/** Inserts `item` at `index` (or at the end when the list has since become shorter). */
function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = [...list];
  copy.splice(Math.min(index, copy.length), 0, item);
  return copy;
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text);

/** A short name of the item, as the list and the messages use it. */
export function removedItemName(item: RemovedItem): string {
  const quoted = (text: string, fallback: string) => (text.trim() ? `“${text.trim()}”` : fallback);
  switch (item.kind) {
    case 'lot':
      return `Lot ${quoted(item.lot.title, '(untitled)')}`;
    case 'bidder':
      return `Bidder ${quoted(item.bidder.name, '(unnamed)')} of lot ${quoted(item.lotTitle, '(untitled)')}`;
    case 'question':
      return `Question ${quoted(shorten(item.question.question.question), `Q${item.index + 1}`)}`;
    case 'clause':
      return `Clause ${quoted(item.clause.edited?.title ?? item.clause.frozen.title, '(untitled)')}`;
  }
}

/**
 * The tender content with `item` back where it was, onto the content as it is now (so whatever a
 * colleague changed since stays). Refused, with the reason, when it cannot go back as it was.
 */
export function restoreItem(content: TenderContent, item: RemovedItem): Result<TenderContent> {
  const name = removedItemName(item);
  switch (item.kind) {
    case 'lot': {
      if (content.lots.some((l) => l.id === item.lot.id)) return fail(`${name} is already in the tender; it was not added a second time.`);
      if (content.lots.length >= LIMITS.lots)
        return fail(`The tender already has ${LIMITS.lots} lots, the most it may have: remove one first.`);
      return ok({ ...content, lots: insertAt(content.lots, item.index, item.lot) });
    }
    case 'bidder': {
      const lot = content.lots.find((l) => l.id === item.lotId);
      if (!lot) return fail(`The lot “${item.lotTitle}” this bidder belonged to is no longer in the tender: restore the lot first.`);
      const evaluation = evaluationOf(lot);
      if (evaluation.bidders.some((b) => b.id === item.bidder.id))
        return fail(`${name} is already in the tender; it was not added a second time.`);
      if (evaluation.bidders.length >= EVALUATION_LIMITS.bidders)
        return fail(`The lot already has ${EVALUATION_LIMITS.bidders} bidders, the most it may have.`);
      const bidders = insertAt(evaluation.bidders, item.index, item.bidder);
      return ok({ ...content, lots: content.lots.map((l) => (l.id === lot.id ? { ...l, evaluation: { ...evaluation, bidders } } : l)) });
    }
    case 'question': {
      const qa = content.qa;
      if (qa.questions.some((q) => q.questionId === item.question.questionId))
        return fail(`${name} is already in the tender's Q&A; it was not added a second time.`);
      const questions = insertAt(byOrder(qa), item.index, item.question).map((q, order) => ({ ...q, order }));
      const present = new Set(qa.suppliers.map((s) => s.id));
      const suppliers = [...qa.suppliers, ...item.suppliers.filter((s) => !present.has(s.id))];
      return ok({ ...content, qa: { questions, suppliers, threads: [...qa.threads, ...item.threads] } });
    }
    case 'clause': {
      if (content.clauses.some((c) => c.id === item.clause.id))
        return fail(`${name} is already in the tender; it was not added a second time.`);
      const clauses = insertAt(orderedInstances(content.clauses), item.index, item.clause).map((c, order) => ({ ...c, order }));
      return ok({ ...content, clauses });
    }
  }
}

/** Whether `item` is in `content` again (brought back by undo in the editor, or added again by id). */
export function isBack(item: RemovedItem, content: TenderContent): boolean {
  switch (item.kind) {
    case 'lot':
      return content.lots.some((l) => l.id === item.lot.id);
    case 'bidder': {
      const lot = content.lots.find((l) => l.id === item.lotId);
      return Boolean(lot && evaluationOf(lot).bidders.some((b) => b.id === item.bidder.id));
    }
    case 'question':
      return content.qa.questions.some((q) => q.questionId === item.question.questionId);
    case 'clause':
      return content.clauses.some((c) => c.id === item.clause.id);
  }
}

/**
 * `content` with every lot that came back carrying the evaluation records it had when it was removed
 * (`returned`, oldest first). The editor's copy of a lot may predate an import; the kept copy is
 * the one that was on disk.
 */
export function withReturnedRecords(content: TenderContent, returned: readonly RemovedItem[]): TenderContent {
  const kept = new Map<string, Lot>();
  for (const item of returned) if (item.kind === 'lot') kept.set(item.lot.id, item.lot);
  if (!kept.size) return content;
  return {
    ...content,
    lots: content.lots.map((lot) => {
      const removed = kept.get(lot.id);
      return removed ? { ...lot, evaluation: { ...evaluationOf(lot), ...recordsOf(evaluationOf(removed)) } } : lot;
    }),
  };
}
