import { describe, expect, it } from 'vitest';
import { addFollowUp, recordAnswer, setFollowUpStatus } from '@shared/rules/qaAnswers';
import { addDays, daysBetween, openFollowUps, suggestFollowUps } from '@shared/rules/qaFollowUps';
import { TenderQaSchema, type TenderQa } from '@shared/model/questions';
import { loadBuiltinQuestions, must, qaWith } from './helpers';

const bank = loadBuiltinQuestions();

function withFollowUps(): TenderQa {
  let qa = qaWith(bank, ['fl-overtime', 'rec-fees']);
  const add = (s: string, q: string, id: string, due: string) => {
    qa = must(addFollowUp(qa, s, q, { id, text: `Follow up ${id}`, due })).qa;
  };
  add('s-b', 'rec-fees', 'f-later', '2026-09-30');
  add('s-a', 'fl-overtime', 'f-overdue', '2026-06-01');
  add('s-b', 'fl-overtime', 'f-today', '2026-06-15');
  add('s-a', 'rec-fees', 'f-today-a', '2026-06-15');
  add('s-a', 'rec-fees', 'f-done', '2026-05-01');
  add('s-b', 'rec-fees', 'f-cancelled', '2026-05-02');
  qa = must(setFollowUpStatus(qa, 'f-done', 'done', '2026-05-02T10:00:00.000Z'));
  qa = must(setFollowUpStatus(qa, 'f-cancelled', 'cancelled'));
  return qa;
}

describe('open follow-ups', () => {
  it('lists open follow-ups by due date (then supplier), flagging overdue ones against today', () => {
    const qa = withFollowUps();
    expect(TenderQaSchema.safeParse(qa).success).toBe(true);
    const list = openFollowUps(qa, '2026-06-15');
    expect(list.map((f) => [f.followUp.id, f.supplier.name, f.overdue, f.dueToday, f.daysOverdue])).toEqual([
      ['f-overdue', 'Alpha Devices', true, false, 14],
      ['f-today-a', 'Alpha Devices', false, true, 0],
      ['f-today', 'Beta Systems', false, true, 0],
      ['f-later', 'Beta Systems', false, false, -107],
    ]);
    expect(list[0]?.question).toBe(bank.find((q) => q.id === 'fl-overtime')?.question);
    expect(list[0]?.theme).toBe('forced-labour');
  });

  it('reopening a follow-up puts it back in the list and clears its closing date', () => {
    const qa = must(setFollowUpStatus(withFollowUps(), 'f-done', 'open'));
    const reopened = openFollowUps(qa, '2026-06-15').find((f) => f.followUp.id === 'f-done');
    expect(reopened?.overdue).toBe(true);
    expect(reopened?.followUp.closedAt).toBeUndefined();
    expect(setFollowUpStatus(qa, 'nope', 'done').ok).toBe(false);
  });

  it('refuses an empty follow-up or an invalid due date, and an invalid today', () => {
    const qa = qaWith(bank, ['fl-overtime']);
    expect(addFollowUp(qa, 's-a', 'fl-overtime', { text: ' ', due: '2026-01-01' }).ok).toBe(false);
    const bad = addFollowUp(qa, 's-a', 'fl-overtime', { text: 'Ask again', due: '01/02/2026' });
    expect(!bad.ok && bad.message).toContain('YYYY-MM-DD');
    expect(() => openFollowUps(qa, 'today')).toThrow(/YYYY-MM-DD/);
  });
});

describe('suggested follow-ups', () => {
  it('suggests the question’s own follow-up where the latest answer is weak and nothing is open', () => {
    let qa = qaWith(bank, ['fl-overtime', 'rec-fees']);
    qa = must(recordAnswer(qa, 's-a', 'fl-overtime', { date: '2026-01-01', text: 'x', level: 3 }));
    qa = must(recordAnswer(qa, 's-a', 'fl-overtime', { date: '2026-06-01', text: 'x', level: 1 }));
    qa = must(recordAnswer(qa, 's-a', 'rec-fees', { date: '2026-06-01', text: 'x', level: 0 }));
    qa = must(addFollowUp(qa, 's-a', 'rec-fees', { text: 'Already chasing', due: '2026-07-01' })).qa;
    qa = must(recordAnswer(qa, 's-b', 'rec-fees', { date: '2026-06-01', text: 'x', level: 2 }));
    const suggestions = suggestFollowUps(qa, '2026-06-10');
    expect(suggestions).toEqual([
      {
        supplierId: 's-a',
        questionId: 'fl-overtime',
        level: 1,
        text: bank.find((q) => q.id === 'fl-overtime')?.followUp,
        due: '2026-07-10',
      },
    ]);
    expect(suggestFollowUps(qa, '2026-06-10', { threshold: 2 }).map((s) => s.supplierId)).toEqual(['s-a', 's-b']);
  });

  it('date helpers cross month and year ends', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });
});
