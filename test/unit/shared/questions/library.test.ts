import { describe, expect, it } from 'vitest';
import { addOwnQuestion, combineQuestionBanks, importQuestionLibrary, searchQuestions } from '@shared/rules/qaLibrary';
import { BuiltinQuestionFileSchema, QUESTION_THEMES, QuestionSchema, type Question } from '@shared/model/questions';
import { loadBuiltinQuestions, readJson } from './helpers';

const bank = loadBuiltinQuestions();

function own(id: string, overrides: Partial<Question> = {}): Question {
  return {
    id,
    theme: 'health-safety',
    question: `Own question ${id}?`,
    why: 'Because.',
    goodAnswer: 'Specific and backed by records.',
    evidence: ['Records'],
    followUp: 'Ask for the records.',
    maturity: [
      { level: 0, descriptor: 'Nothing' },
      { level: 1, descriptor: 'Some' },
      { level: 2, descriptor: 'Most' },
      { level: 3, descriptor: 'All' },
    ],
    ...overrides,
  };
}

describe('built-in question bank (resources/library/questions.json)', () => {
  const file = BuiltinQuestionFileSchema.parse(readJson('resources/library/questions.json'));

  it('has at least 40 questions covering every theme', () => {
    expect(file.questions.length).toBeGreaterThanOrEqual(40);
    const themes = new Set(file.questions.map((q) => q.theme));
    expect([...QUESTION_THEMES].filter((t) => !themes.has(t))).toEqual([]);
    for (const theme of QUESTION_THEMES) expect(file.questions.filter((q) => q.theme === theme).length, theme).toBeGreaterThanOrEqual(4);
  });

  it('fills every field of every question, with a four-level maturity scale', () => {
    for (const q of file.questions) {
      for (const field of [q.question, q.why, q.goodAnswer, q.followUp]) expect(field.trim().length, q.id).toBeGreaterThan(20);
      expect(q.evidence.length, q.id).toBeGreaterThan(0);
      expect(
        q.maturity.map((m) => m.level),
        q.id,
      ).toEqual([0, 1, 2, 3]);
      expect(new Set(q.maturity.map((m) => m.descriptor)).size, q.id).toBe(4);
      expect(q.stage, q.id).toBeDefined();
    }
  });

  it('includes market engagement on timelines, planning needs, risk tools and trade unions in remedy', () => {
    const early = file.questions.filter((q) => q.stage === 'market-engagement').map((q) => q.question.toLowerCase());
    expect(early.some((q) => q.includes('timeline') || q.includes('how long'))).toBe(true);
    expect(early.some((q) => q.includes('plan'))).toBe(true);
    expect(early.some((q) => q.includes('tools'))).toBe(true);
    expect(early.some((q) => q.includes('trade union'))).toBe(true);
  });
});

describe('importing a question library', () => {
  it('imports valid questions into the team’s own bank', () => {
    const r = importQuestionLibrary([own('own-1')], { questions: [own('own-2'), own('own-3', { theme: 'minerals' })] }, { builtins: bank });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.library.map((q) => q.id)).toEqual(['own-1', 'own-2', 'own-3']);
      expect(r.value.added.map((q) => q.id)).toEqual(['own-2', 'own-3']);
    }
    expect(importQuestionLibrary([], [own('x')]).ok).toBe(true);
  });

  it('rejects duplicate ids inside the file, naming them, and imports nothing', () => {
    const existing = [own('own-1')];
    const r = importQuestionLibrary(existing, [own('dup-a'), own('ok-1'), own('dup-a'), own('dup-b'), own('dup-b')], { builtins: bank });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('Nothing was imported');
      expect(r.message).toContain('more than once: dup-a, dup-b');
      expect(r.message).not.toContain('ok-1');
    }
    expect(existing.map((q) => q.id)).toEqual(['own-1']);
  });

  it('rejects ids already used by built-in or own questions', () => {
    const r = importQuestionLibrary([own('own-1')], [own('own-1'), own('fl-overtime'), own('new-1')], { builtins: bank });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('already used in your question bank: own-1, fl-overtime');
  });

  it('rejects invalid questions and files that are not libraries, with clear messages', () => {
    const bad = importQuestionLibrary([], [own('q1'), { ...own('q2'), maturity: [] }, { id: 'q3' }]);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.message).toContain('question 2 ("q2") is invalid');
      expect(bad.message).toContain('question 3 ("q3") is invalid');
    }
    for (const raw of [null, 'text', { criteria: [] }, 42]) {
      const r = importQuestionLibrary([], raw);
      expect(!r.ok && r.message).toContain('not a question library');
    }
    expect(importQuestionLibrary([], []).ok).toBe(false);
  });

  it('a proto-polluting file is refused as an unknown field and pollutes nothing', () => {
    const raw = JSON.parse(`[{"__proto__": {"polluted": true}, ${JSON.stringify(own('p1')).slice(1)}]`) as unknown;
    const r = importQuestionLibrary([], raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('unknown field(s): __proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('own questions and search', () => {
  it('adds an own question unless its id is taken', () => {
    expect(addOwnQuestion([], own('new'), { builtins: bank }).ok).toBe(true);
    expect(addOwnQuestion([], own('fl-overtime'), { builtins: bank }).ok).toBe(false);
    expect(QuestionSchema.safeParse(own('x', { maturity: own('x').maturity.slice(0, 3) })).success).toBe(false);
  });

  it('searches by theme, stage and text', () => {
    const all = combineQuestionBanks(bank, [own('own-1')]);
    expect(searchQuestions(all, { theme: 'minerals' }).every((q) => q.theme === 'minerals')).toBe(true);
    expect(searchQuestions(all, { text: 'passports' }).map((q) => q.id)).toContain('rec-documents');
    expect(searchQuestions(all, { stage: 'market-engagement' }).length).toBeGreaterThanOrEqual(4);
    expect(searchQuestions(all, { text: 'Own question' }).map((q) => q.id)).toEqual(['own-1']);
  });
});
