import { describe, expect, it } from 'vitest';
import { recordAnswer } from '@shared/rules/qaAnswers';
import { groupMaturity, maturitySummary, questionMaturity } from '@shared/rules/qaMaturity';
import type { TenderQa } from '@shared/model/questions';
import { loadBuiltinQuestions, must, qaWith } from './helpers';

const bank = loadBuiltinQuestions();

function scenario(): TenderQa {
  // forced labour: fl-overtime, fl-indicators; recruitment: rec-fees
  let qa = qaWith(bank, ['fl-overtime', 'fl-indicators', 'rec-fees']);
  const answer = (s: string, q: string, date: string, level: 0 | 1 | 2 | 3) => {
    qa = must(recordAnswer(qa, s, q, { date, text: `${s} ${q} ${date}`, level }));
  };
  // Alpha improves over time on overtime, is steady on fees, has not answered indicators.
  answer('s-a', 'fl-overtime', '2026-01-10', 1);
  answer('s-a', 'fl-overtime', '2026-07-10', 3);
  answer('s-a', 'rec-fees', '2026-01-10', 2);
  answer('s-a', 'rec-fees', '2026-07-10', 2);
  // Beta declines on indicators and answers overtime once.
  answer('s-b', 'fl-indicators', '2026-02-01', 2);
  answer('s-b', 'fl-indicators', '2026-09-01', 1);
  answer('s-b', 'fl-overtime', '2026-02-01', 0);
  return qa;
}

describe('maturity per question', () => {
  it('gives latest, previous and trend', () => {
    expect(questionMaturity('q', 'minerals', [])).toMatchObject({ latest: null, previous: null, trend: 'unanswered', answers: 0 });
    const entries = [
      { id: 'b', date: '2026-05-01', text: '', level: 2 as const, evidence: [] },
      { id: 'a', date: '2026-01-01', text: '', level: 1 as const, evidence: [] },
    ];
    expect(questionMaturity('q', 'minerals', entries)).toMatchObject({
      latest: 2,
      previous: 1,
      trend: 'improved',
      latestDate: '2026-05-01',
      answers: 2,
    });
    expect(questionMaturity('q', 'minerals', entries.slice(0, 1))).toMatchObject({ latest: 2, previous: null, trend: 'first' });
  });
});

describe('maturity summary', () => {
  const summary = maturitySummary(scenario());

  it('per supplier: overall and per theme, showing improvement over time', () => {
    const alpha = summary.bySupplier.find((s) => s.supplier.id === 's-a');
    expect(alpha?.overall).toEqual({ total: 3, answered: 2, latest: 2.5, previous: 1.5, trend: 'improved', levelCounts: [0, 0, 1, 1] });
    expect(alpha?.themes.map((t) => [t.theme, t.maturity.latest, t.maturity.previous, t.maturity.trend])).toEqual([
      ['forced-labour', 3, 1, 'improved'],
      ['recruitment', 2, 2, 'unchanged'],
    ]);
    expect(alpha?.questions.map((q) => [q.questionId, q.latest, q.previous, q.trend])).toEqual([
      ['fl-overtime', 3, 1, 'improved'],
      ['fl-indicators', null, null, 'unanswered'],
      ['rec-fees', 2, 2, 'unchanged'],
    ]);
    const beta = summary.bySupplier.find((s) => s.supplier.id === 's-b');
    expect(beta?.overall).toMatchObject({ answered: 2, latest: 0.5, previous: 1, trend: 'declined' });
    expect(beta?.themes.find((t) => t.theme === 'recruitment')?.maturity).toMatchObject({ answered: 0, latest: null, trend: 'unanswered' });
  });

  it('per theme: all suppliers together and each supplier', () => {
    expect(summary.byTheme.map((t) => t.theme)).toEqual(['forced-labour', 'recruitment']);
    const fl = summary.byTheme[0];
    // pairs answered: A/overtime 3 (was 1), B/indicators 1 (was 2), B/overtime 0 (first)
    expect(fl?.overall).toEqual({ total: 4, answered: 3, latest: 1.33, previous: 1, trend: 'improved', levelCounts: [1, 1, 0, 1] });
    expect(fl?.suppliers.map((s) => [s.supplierId, s.maturity.trend])).toEqual([
      ['s-a', 'improved'],
      ['s-b', 'declined'],
    ]);
  });

  it('a group answered only once reads as "first"', () => {
    expect(
      groupMaturity([
        { questionId: 'q', theme: 'minerals', latest: 2, previous: null, trend: 'first', latestDate: '2026-01-01', answers: 1 },
      ]).trend,
    ).toBe('first');
  });
});
