/**
 * Pure rules about a lot's evaluation records inside a tender's content: what a save keeps of the
 * records on disk, and replacing one lot's evaluation.
 */
import { emptyLotEvaluation, evaluationOf, recordsOf, type LotEvaluation } from '../model/evaluation';
import { contentOf, type Tender, type TenderContent } from '../model/tender';

/** Whether two versions of a lot's evaluation hold the same imports (so checks made against one hold for the other). */
export const sameImports = (a: LotEvaluation, b: LotEvaluation) =>
  a.imports.length === b.imports.length &&
  a.imports.every((entry, i) => entry.id === b.imports[i]!.id && entry.supersededAt === b.imports[i]!.supersededAt);

/** The content with the lot's evaluation replaced; the tender's language, locale and currency stay as they are. */
export function withEvaluation(tender: Readonly<Tender>, lotId: string, evaluation: LotEvaluation): TenderContent {
  return { ...contentOf(tender), lots: tender.lots.map((l) => (l.id === lotId ? { ...l, evaluation } : l)) };
}

/**
 * The content to store for a tenders.save: the incoming content, except that every lot already on
 * disk keeps the evaluation records on disk. A lot that is not on disk (new, or brought back by undo)
 * keeps what it carries.
 */
export function keepStoredRecords(stored: Readonly<Tender>, incoming: TenderContent): TenderContent {
  const storedLots = new Map(stored.lots.map((l) => [l.id, l]));
  return {
    ...incoming,
    lots: incoming.lots.map((lot) => {
      const before = storedLots.get(lot.id);
      if (!before) return lot;
      const records = recordsOf(evaluationOf(before));
      const setup = lot.evaluation ?? before.evaluation ?? emptyLotEvaluation();
      return { ...lot, evaluation: { ...setup, ...records } };
    }),
  };
}
