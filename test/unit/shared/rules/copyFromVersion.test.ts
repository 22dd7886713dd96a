import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newLot, TenderContentSchema, type TenderContent } from '@shared/model/tender';
import { copyableItems, copyItem } from '@shared/rules/copyFromVersion';

const old: TenderContent = TenderContentSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../fixtures/tenders/small-tender.json'), 'utf8')),
);
const oldClause = old.clauses[0]!;
const oldQuestion = old.qa.questions[0]!;

const valid = (content: TenderContent) => TenderContentSchema.safeParse(content).success;

function copied(current: TenderContent, kind: 'lot' | 'clause' | 'question', id: string): TenderContent {
  const result = copyItem(current, old, kind, id);
  if (!result.ok) throw new Error(result.message);
  expect(valid(result.value)).toBe(true);
  return result.value;
}

describe('copyableItems', () => {
  it('lists nothing when the versions are the same', () => {
    expect(copyableItems(old, structuredClone(old))).toEqual([]);
  });

  it('lists what the current version lost or changed, in words', () => {
    const current: TenderContent = {
      ...old,
      clauses: [],
      lots: old.lots.map((lot) => ({ ...lot, title: 'Renamed lot' })),
    };
    expect(copyableItems(old, current)).toEqual([
      { kind: 'lot', id: old.lots[0]!.id, label: `Lot “${old.lots[0]!.title}”`, status: 'different' },
      { kind: 'clause', id: oldClause.id, label: `Clause “${oldClause.frozen.title}”`, status: 'missing' },
    ]);
  });
});

describe('copyItem', () => {
  it('puts a removed clause back at the end, keeping the other clauses', () => {
    const other = { ...oldClause, id: 'clause-other', order: 0 };
    const current = { ...old, clauses: [other] };
    const result = copied(current, 'clause', oldClause.id);
    expect(result.clauses.map((c) => [c.id, c.order])).toEqual([
      ['clause-other', 0],
      [oldClause.id, 1],
    ]);
    expect(result.clauses[1]!.values).toEqual(oldClause.values);
  });

  it('replaces a clause that changed since, where it stands, and touches nothing else', () => {
    const current = { ...old, title: 'Later title', clauses: [{ ...oldClause, values: {}, order: 0 }] };
    const result = copied(current, 'clause', oldClause.id);
    expect(result.clauses).toEqual([{ ...oldClause, order: 0 }]);
    expect(result.title).toBe('Later title');
  });

  it('brings back a lot with its evaluation, beside the lots added since', () => {
    const added = newLot('Added later');
    const current = { ...old, lots: [added] };
    const result = copied(current, 'lot', old.lots[0]!.id);
    expect(result.lots.map((l) => l.id)).toEqual([added.id, old.lots[0]!.id]);
    expect(result.lots[1]).toEqual(old.lots[0]);
  });

  it('brings back a question with the answers recorded against it and the suppliers who gave them', () => {
    const supplier = { id: 'sup-1', name: 'Acme Textiles', role: 'bidder' as const };
    const withAnswer: TenderContent = {
      ...old,
      qa: {
        ...old.qa,
        suppliers: [supplier],
        threads: [{ supplierId: supplier.id, questionId: oldQuestion.questionId, entries: [], followUps: [] }],
      },
    };
    const answerThread = withAnswer.qa.threads[0]!;
    const current: TenderContent = { ...old, qa: { questions: [], suppliers: [], threads: [] } };
    const result = copyItem(current, withAnswer, 'question', oldQuestion.questionId);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.qa.questions.map((q) => q.questionId)).toEqual([oldQuestion.questionId]);
    expect(result.value.qa.suppliers).toEqual([supplier]);
    expect(result.value.qa.threads).toEqual([answerThread]);
  });

  it('says why when the item is not in the earlier version, and changes nothing', () => {
    const result = copyItem(old, old, 'clause', 'clause-never-there');
    expect(result).toEqual({ ok: false, message: 'That clause is not in the earlier version.' });
  });
});
