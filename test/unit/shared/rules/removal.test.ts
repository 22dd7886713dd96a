import { describe, expect, it } from 'vitest';
import { emptyLotEvaluation } from '@shared/model/evaluation';
import type { ClauseInstance } from '@shared/model/clauses';
import type { TenderQa } from '@shared/model/questions';
import { newLot, newTenderContent, type Lot } from '@shared/model/tender';
import { daysLeft, expiryOf, isExpired, restoreItem } from '@shared/rules/recentlyDeleted';
import { bidderParts, clauseParts, joinParts, lotParts, questionParts, removalQuestion } from '@shared/rules/removal';

const SHA = 'b'.repeat(64);
const at = '2026-12-01T08:00:00.000Z';
const anImport = (id: string, bidderId: string) => ({
  id,
  evaluatorId: `ev-${id}`,
  fileName: `${id}.xlsx`,
  importedAt: at,
  importedBy: 'Lena',
  workbookSha256: SHA,
  tenderRevision: 1,
  setupChecksum: SHA,
  scores: [{ criterionId: 'c1', bidderId, score: 3, scaleMax: 5 as const, reason: 'Good' }],
  verdicts: [],
});

function lotWithRecords(): Lot {
  const lot = newLot('Laptops');
  return {
    ...lot,
    evaluation: {
      ...emptyLotEvaluation(),
      bidders: [
        { id: 'b1', name: 'Acme', reference: '', priceCents: 5000 },
        { id: 'b2', name: 'Empty', reference: '' },
      ],
      imports: [anImport('i1', 'b1'), anImport('i2', 'b1'), anImport('i3', 'b1')],
      moderations: [
        { id: 'm1', kind: 'score', bidderId: 'b1', criterionId: 'c1', score: 4, rationale: 'Panel', by: 'Lena', at },
        { id: 'm2', kind: 'score', bidderId: 'b1', criterionId: 'c1', score: null, rationale: 'Withdrawn', by: 'Lena', at },
      ],
      audit: [{ id: 'a1', at, by: 'Lena', action: 'import', summary: 'Imported' }],
    },
  };
}

describe('what a removal takes', () => {
  it('names a lot’s imported workbooks, moderations and audit trail, in the words of the question', () => {
    const parts = lotParts(lotWithRecords());
    expect(parts).toEqual(['3 imported workbooks', '2 moderations', 'its audit trail']);
    expect(removalQuestion('Lot', 'Laptops', parts)).toBe(
      'Lot “Laptops” has 3 imported workbooks, 2 moderations and its audit trail. Remove it? You can restore it from Recently deleted for 30 days.',
    );
  });

  it('asks nothing for an item with nothing in it', () => {
    expect(lotParts(newLot('Empty'))).toEqual([]);
    expect(removalQuestion('Lot', 'Empty', [])).toBeUndefined();
    expect(bidderParts(lotWithRecords(), 'b2')).toEqual([]);
  });

  it('counts a bidder’s price, scores and moderations', () => {
    expect(bidderParts(lotWithRecords(), 'b1')).toEqual(['a bid price', '3 scores from the evaluators', '2 moderations']);
  });

  it('counts a question’s answers by supplier and its follow-ups', () => {
    const entry = (id: string) => ({ id, date: '2026-11-01', text: 'Yes', level: 2 as const, evidence: [] });
    const qa = {
      questions: [],
      suppliers: [],
      threads: [
        { supplierId: 's1', questionId: 'q1', entries: [entry('e1'), entry('e2')], followUps: [] },
        {
          supplierId: 's2',
          questionId: 'q1',
          entries: [entry('e3')],
          followUps: [{ id: 'f1', text: 'Send the audit', due: '2026-12-10', status: 'open' as const }],
        },
        { supplierId: 's1', questionId: 'q2', entries: [entry('e4')], followUps: [] },
      ],
    } as TenderQa;
    expect(questionParts(qa, 'q1')).toEqual(['3 answers from 2 suppliers', '1 follow-up']);
    expect(questionParts(qa, 'q3')).toEqual([]);
  });

  it('counts only the parameters filled in, not those left empty or at their default', () => {
    const clause = {
      frozen: { parameters: [{ name: 'days', default: 30 }, { name: 'body' }, { name: 'email' }] },
      values: { days: 30, body: 'The auditor', email: '' },
    } as unknown as ClauseInstance;
    expect(clauseParts(clause)).toEqual(['1 filled-in parameter']);
  });

  it('joins parts the way a sentence does', () => {
    expect(joinParts([])).toBe('');
    expect(joinParts(['a'])).toBe('a');
    expect(joinParts(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('how long Recently deleted keeps things', () => {
  const deletedAt = '2026-12-01T09:00:00.000Z';
  it('keeps an entry 30 days to the millisecond, by the clock it is given', () => {
    expect(expiryOf(deletedAt)).toBe('2026-12-31T09:00:00.000Z');
    expect(isExpired(deletedAt, new Date('2026-12-31T08:59:59.999Z'))).toBe(false);
    expect(isExpired(deletedAt, new Date('2026-12-31T09:00:00.000Z'))).toBe(true);
  });

  it('counts days left with a part day as a day', () => {
    const expires = expiryOf(deletedAt);
    expect(daysLeft(expires, new Date(deletedAt))).toBe(30);
    expect(daysLeft(expires, new Date('2026-12-30T10:00:00.000Z'))).toBe(1);
    expect(daysLeft(expires, new Date('2027-01-02T00:00:00.000Z'))).toBe(0);
  });
});

describe('putting an item back', () => {
  it('puts a lot back in its place, and refuses one that is there already', () => {
    const content = newTenderContent({ title: 'T', reference: '', buyer: '', lots: ['A', 'C'] });
    const lot = lotWithRecords();
    const back = restoreItem(content, { kind: 'lot', index: 1, lot });
    expect(back.ok && back.value.lots.map((l) => l.title)).toEqual(['A', 'Laptops', 'C']);
    const twice = back.ok ? restoreItem(back.value, { kind: 'lot', index: 1, lot }) : back;
    expect(twice).toEqual({ ok: false, message: 'Lot “Laptops” is already in the tender; it was not added a second time.' });
  });

  it('will not put a bidder back into a lot that is gone', () => {
    const content = newTenderContent({ title: 'T', reference: '', buyer: '', lots: ['A'] });
    const result = restoreItem(content, {
      kind: 'bidder',
      lotId: 'lot-gone',
      lotTitle: 'Laptops',
      index: 0,
      bidder: { id: 'b1', name: 'Acme', reference: '' },
    });
    expect(result).toEqual({
      ok: false,
      message: 'The lot “Laptops” this bidder belonged to is no longer in the tender: restore the lot first.',
    });
  });
});
