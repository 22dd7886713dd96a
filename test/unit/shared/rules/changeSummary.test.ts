import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TenderContentSchema, newLot, type TenderContent } from '@shared/model/tender';
import { summariseChanges } from '@shared/rules/changeSummary';

const base: TenderContent = TenderContentSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../fixtures/tenders/small-tender.json'), 'utf8')),
);
const lot = base.lots[0]!;

const withLot = (change: (l: TenderContent['lots'][number]) => TenderContent['lots'][number]): TenderContent => ({
  ...base,
  lots: [change(lot), ...base.lots.slice(1)],
});

describe('summariseChanges', () => {
  it('says nothing when nothing changed', () => {
    expect(summariseChanges(base, structuredClone(base))).toEqual([]);
  });

  it('counts the weights changed in a lot, under the lot’s title', () => {
    const after = withLot((l) => ({
      ...l,
      criteria: l.criteria.map((c, i) => (i < 2 ? { ...c, weight: c.weight + (i === 0 ? 500 : -500) } : c)),
    }));
    expect(summariseChanges(base, after)).toEqual(['Desktop computers: 2 weights changed']);
  });

  it('counts clauses added', () => {
    const first = base.clauses[0]!;
    const added = [1, 2, 3].map((n) => ({ ...first, id: `cl-new-${n}`, order: first.order + n }));
    expect(summariseChanges(base, { ...base, clauses: [...base.clauses, ...added] })).toEqual(['3 clauses added']);
  });

  it('counts parameters filled in a clause', () => {
    const clauses = base.clauses.map((c) => ({ ...c, values: { ...c.values, days_to_disclose: 45, disclosure_format: 'a spreadsheet' } }));
    expect(summariseChanges(base, { ...base, clauses })).toEqual(['2 parameters filled in']);
  });

  it('names a renamed criterion as renamed, not as removed and added', () => {
    const after = withLot((l) => ({
      ...l,
      criteria: l.criteria.map((c, i) => (i === 1 ? { ...c, name: 'Energy use over the life of the device' } : c)),
    }));
    expect(summariseChanges(base, after)).toEqual(['Desktop computers: 1 criterion renamed']);
  });

  it('counts a question added to the questionnaire', () => {
    const first = base.qa.questions[0]!;
    const question = { ...first.question, id: 'q-extra' };
    const after = { ...base, qa: { ...base.qa, questions: [...base.qa.questions, { questionId: 'q-extra', order: 1, question }] } };
    expect(summariseChanges(base, after)).toEqual(['Questionnaire: 1 question added']);
  });

  it('summarises several parts at once, each on its own line', () => {
    const extra = newLot('Monitors');
    const after: TenderContent = {
      ...withLot((l) => ({ ...l, criteria: l.criteria.slice(1) })),
      title: 'New title',
      lots: [...withLot((l) => ({ ...l, criteria: l.criteria.slice(1) })).lots, extra],
      clauses: [],
    };
    expect(summariseChanges(base, after)).toEqual([
      'Tender details: title changed',
      'Lot “Monitors” added',
      'Desktop computers: 1 criterion removed',
      '1 clause removed',
    ]);
  });

  it('counts bidders added and workbooks imported in a lot’s evaluation', () => {
    const before = withLot((l) => ({
      ...l,
      evaluation: { lead: '', hidePriceFromEvaluators: true, bidders: [], evaluators: [], imports: [], moderations: [], audit: [] },
    }));
    const after: TenderContent = {
      ...before,
      lots: [
        {
          ...before.lots[0]!,
          evaluation: {
            ...before.lots[0]!.evaluation!,
            bidders: [
              { id: 'b1', name: 'Acme Ltd', reference: 'R1' },
              { id: 'b2', name: 'Birch plc', reference: 'R2' },
            ],
            imports: [{ id: 'imp-1' } as never],
          },
        },
      ],
    };
    expect(summariseChanges(before, after)).toEqual(['Desktop computers: 2 bidders added, 1 workbook imported']);
  });
});
