import { describe, expect, it } from 'vitest';
import type { Question, TenderQa } from '@shared/model/questions';
import {
  DEFAULT_REPLY_DAYS,
  engagementDocumentsSummary,
  engagementReportContent,
  letterContent,
  type EngagementTender,
} from '@shared/rules/engagementDocuments';
import { readJson } from '../clauses/helpers';

const bank = (readJson('resources/library/questions.json') as { questions: Question[] }).questions;
const q = (id: string) => bank.find((x) => x.id === id) as Question;

function tender(qa: Partial<TenderQa>): EngagementTender {
  return {
    id: 'tnd-1',
    title: 'Workwear',
    reference: 'WW-1',
    buyer: 'City of Example',
    clauses: [],
    qa: {
      questions: [
        { questionId: 'fl-overtime', order: 0, question: q('fl-overtime') },
        { questionId: 'rec-fees', order: 1, question: q('rec-fees') },
      ],
      suppliers: [{ id: 'sup-1', name: 'Acme', role: 'bidder' }],
      threads: [],
      ...qa,
    },
  };
}

const entry = (id: string, date: string, level: 0 | 1 | 2 | 3) => ({ id, date, level, text: 'An answer', evidence: [] });

describe('engagement report content', () => {
  it('groups answers recorded outside any round by their date, oldest first, and counts the trends', () => {
    const t = tender({
      threads: [
        {
          supplierId: 'sup-1',
          questionId: 'fl-overtime',
          entries: [entry('e2', '2027-02-01', 1), entry('e1', '2027-01-01', 2)],
          followUps: [],
        },
      ],
    });
    const report = engagementReportContent({
      tender: t,
      supplierId: 'sup-1',
      supplierName: 'Acme',
      disclosures: undefined,
      today: '2027-03-01',
    })!;
    expect(report.occasions.map((o) => o.label)).toEqual(['Recorded 2027-01-01', 'Recorded 2027-02-01']);
    expect(report.questions[0]!.levels).toEqual([
      { level: 2, confirmed: true },
      { level: 1, confirmed: true },
    ]);
    expect(report.questions[1]!.levels).toEqual([null, null]);
    expect(report.progression).toEqual({ improved: 0, unchanged: 0, regressed: 1, first: 0, unanswered: 1 });
    expect(engagementDocumentsSummary(report)).toEqual({
      report: '1 question answered over 2 rounds, 0 open follow-ups, 0 overdue disclosures.',
      letter: 'Nothing to raise: no open follow-ups and no overdue disclosure.',
      concerns: 0,
    });
  });

  it('is null for a supplier the tender does not have', () => {
    expect(
      engagementReportContent({ tender: tender({}), supplierId: 'nobody', supplierName: 'X', disclosures: undefined, today: '2027-03-01' }),
    ).toBe(null);
  });

  it('raises overdue follow-ups first and replies in the default days without a letter-of-concern clause', () => {
    const t = tender({
      threads: [
        {
          supplierId: 'sup-1',
          questionId: 'rec-fees',
          entries: [],
          followUps: [
            { id: 'f1', text: 'Send the fee policy', due: '2027-04-01', status: 'open' },
            { id: 'f2', text: 'Send the agency contracts!', due: '2027-02-01', status: 'open' },
          ],
        },
      ],
    });
    const report = engagementReportContent({
      tender: t,
      supplierId: 'sup-1',
      supplierName: 'Acme',
      disclosures: undefined,
      today: '2027-03-01',
    })!;
    const letter = letterContent(t, report, '2027-03-01');
    // Both follow-ups are on one question: one concern, the overdue ask first.
    expect(letter.concerns).toHaveLength(1);
    expect(letter.concerns[0]!.overdue).toBe(true);
    expect(letter.concerns[0]!.detail).toBe(
      'We asked for the following and have not yet received it. (1) Send the agency contracts! It was due on 1 February 2027 and is 28 days overdue. (2) Send the fee policy. It is due on 1 April 2027.',
    );
    expect(letter.concerns[0]!.expected).toBe(
      'Send us what was asked, or tell us what stands in the way and when you will be able to provide it.',
    );
    expect(letter.replyDays).toBe(DEFAULT_REPLY_DAYS);
    expect(letter.replyBy).toBe('2027-03-15');
    expect(letter.replyClause).toBeUndefined();
    expect(engagementDocumentsSummary(report).letter).toBe('To raise: 2 open follow-ups, 0 overdue disclosures.');
  });
});
