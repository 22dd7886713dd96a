import { describe, expect, it } from 'vitest';
import { TenderQaSchema, EMPTY_TENDER_QA } from '@shared/model/questions';
import {
  addSupplier,
  answerHistory,
  deselectQuestion,
  moveQuestion,
  orderedQuestions,
  recordAnswer,
  removeSupplier,
  selectQuestions,
  updateSupplier,
} from '@shared/rules/qaAnswers';
import { loadBuiltinQuestions, must, qaWith } from './helpers';

const bank = loadBuiltinQuestions();

describe('selection', () => {
  it('selects questions with frozen copies, skips repeats, and reorders', () => {
    const picked = bank.filter((q) => ['fl-overtime', 'rec-fees', 'tr-tier1'].includes(q.id));
    const first = selectQuestions(EMPTY_TENDER_QA, picked);
    expect(first.added).toEqual(['fl-overtime', 'rec-fees', 'tr-tier1']);
    const again = selectQuestions(first.qa, picked.slice(0, 1));
    expect(again.alreadySelected).toEqual(['fl-overtime']);
    expect(again.qa.questions).toHaveLength(3);
    const frozen = first.qa.questions[0]?.question;
    expect(frozen).toEqual(picked[0]);
    expect(frozen).not.toBe(picked[0]); // a copy, not a reference into the library
    const moved = moveQuestion(first.qa, 'tr-tier1', 0);
    expect(orderedQuestions(moved).map((q) => [q.questionId, q.order])).toEqual([
      ['tr-tier1', 0],
      ['fl-overtime', 1],
      ['rec-fees', 2],
    ]);
    expect(TenderQaSchema.safeParse(moved).success).toBe(true);
  });

  it('refuses to drop a question or supplier with answers unless told to', () => {
    let qa = qaWith(bank, ['fl-overtime', 'rec-fees']);
    qa = must(recordAnswer(qa, 's-a', 'fl-overtime', { date: '2026-03-01', text: 'We track hours.', level: 1 }));
    const refused = deselectQuestion(qa, 'fl-overtime');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toContain('1 supplier(s)');
    expect(must(deselectQuestion(qa, 'rec-fees')).questions.map((q) => q.questionId)).toEqual(['fl-overtime']);
    const forced = must(deselectQuestion(qa, 'fl-overtime', { discardAnswers: true }));
    expect(forced.threads).toEqual([]);
    expect(removeSupplier(qa, 's-a').ok).toBe(false);
    expect(must(removeSupplier(qa, 's-b')).suppliers.map((s) => s.id)).toEqual(['s-a']);
  });
});

describe('suppliers', () => {
  it('adds bidders and contracted suppliers, refusing blank or duplicate names', () => {
    const qa = qaWith(bank, ['fl-overtime']);
    expect(qa.suppliers.map((s) => [s.name, s.role])).toEqual([
      ['Alpha Devices', 'bidder'],
      ['Beta Systems', 'contracted'],
    ]);
    expect(addSupplier(qa, { name: '  ', role: 'bidder' }).ok).toBe(false);
    const dup = addSupplier(qa, { name: 'alpha devices', role: 'bidder' });
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.message).toContain('already listed');
    expect(must(updateSupplier(qa, 's-a', { role: 'contracted' })).suppliers[0]?.role).toBe('contracted');
  });
});

describe('answer history', () => {
  it('appends new answers and never overwrites earlier ones', () => {
    let qa = qaWith(bank, ['fl-overtime']);
    qa = must(
      recordAnswer(qa, 's-a', 'fl-overtime', { id: 'a1', date: '2026-02-01', text: 'Policy only.', level: 1, evidence: ['Policy'] }),
    );
    const snapshot = structuredClone(qa);
    qa = must(
      recordAnswer(qa, 's-a', 'fl-overtime', {
        id: 'a2',
        date: '2026-08-01',
        text: 'Hours data for two factories.',
        level: 2,
        evidence: ['Hours records', ' '],
      }),
    );
    qa = must(recordAnswer(qa, 's-a', 'fl-overtime', { id: 'a0', date: '2025-11-15', text: 'Nothing yet (entered late).', level: 0 }));
    expect(answerHistory(qa, 's-a', 'fl-overtime').map((e) => [e.id, e.level])).toEqual([
      ['a0', 0],
      ['a1', 1],
      ['a2', 2],
    ]);
    expect(answerHistory(qa, 's-a', 'fl-overtime')[2]?.evidence).toEqual(['Hours records']);
    expect(answerHistory(snapshot, 's-a', 'fl-overtime').map((e) => e.id)).toEqual(['a1']);
    expect(answerHistory(qa, 's-b', 'fl-overtime')).toEqual([]);
    expect(TenderQaSchema.safeParse(qa).success).toBe(true);
  });

  it('refuses answers for unknown suppliers, unselected questions, bad dates or levels, with clear messages', () => {
    const qa = qaWith(bank, ['fl-overtime']);
    const unknownSupplier = recordAnswer(qa, 's-x', 'fl-overtime', { date: '2026-01-01', text: '', level: 1 });
    expect(!unknownSupplier.ok && unknownSupplier.message).toContain('No supplier with id "s-x"');
    const unselected = recordAnswer(qa, 's-a', 'rec-fees', { date: '2026-01-01', text: '', level: 1 });
    expect(!unselected.ok && unselected.message).toContain('not selected');
    const badDate = recordAnswer(qa, 's-a', 'fl-overtime', { date: '2026-02-30', text: 'x', level: 1 });
    expect(!badDate.ok && badDate.message).toContain('date');
    const badLevel = recordAnswer(qa, 's-a', 'fl-overtime', { date: '2026-02-01', text: 'x', level: 4 as 3 });
    expect(badLevel.ok).toBe(false);
    const huge = recordAnswer(qa, 's-a', 'fl-overtime', { date: '2026-02-01', text: 'x'.repeat(20_001), level: 1 });
    expect(!huge.ok && huge.message).toContain('at most 20000 characters');
    expect(!huge.ok && huge.message).toContain('has not been discarded');
  });

  it('the schema rejects answers that point at unknown suppliers or questions', () => {
    const qa = qaWith(bank, ['fl-overtime']);
    const broken = { ...qa, threads: [{ supplierId: 'ghost', questionId: 'fl-overtime', entries: [], followUps: [] }] };
    const r = TenderQaSchema.safeParse(broken);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('unknown supplier "ghost"');
  });
});
