import {
  QUESTION_THEMES,
  QUESTION_THEME_LABELS,
  type AnswerEntry,
  type MaturityLevel,
  type QaSupplier,
  type QuestionTheme,
  type SelectedQuestion,
  type TenderQa,
} from '../model/questions';
import { findThread, orderedQuestions, sortEntries } from './qaAnswers';

/*
 * Maturity summaries: where each supplier stands per question, per theme and overall, and whether it
 * improved since its previous answer. Improvement over time is what the scale rewards.
 */

/** first: one answer so far; unanswered: none yet. */
export type Trend = 'improved' | 'declined' | 'unchanged' | 'first' | 'unanswered';

export interface QuestionMaturity {
  questionId: string;
  theme: QuestionTheme;
  latest: MaturityLevel | null;
  /** The level of the answer before the latest; null with fewer than two answers. */
  previous: MaturityLevel | null;
  trend: Trend;
  latestDate: string | null;
  answers: number;
}

/** Latest and previous level of one supplier's answers to one question. */
export function questionMaturity(questionId: string, theme: QuestionTheme, entries: readonly AnswerEntry[]): QuestionMaturity {
  const sorted = sortEntries(entries);
  const last = sorted[sorted.length - 1];
  const before = sorted[sorted.length - 2];
  const latest = last ? last.level : null;
  const previous = before ? before.level : null;
  let trend: Trend = 'unanswered';
  if (latest !== null) {
    if (previous === null) trend = 'first';
    else trend = latest > previous ? 'improved' : latest < previous ? 'declined' : 'unchanged';
  }
  return { questionId, theme, latest, previous, trend, latestDate: last ? last.date : null, answers: sorted.length };
}

export interface GroupMaturity {
  /** Questions (or supplier-question pairs) in the group. */
  total: number;
  answered: number;
  /** Mean of the latest levels of the answered questions, 0-3, two decimals; null when none answered. */
  latest: number | null;
  /**
   * Mean over the same answered questions of the level before their latest answer (a question answered
   * once counts with its only level); null when none answered.
   */
  previous: number | null;
  trend: Trend;
  /** How many answered questions sit at level 0, 1, 2, 3 now. */
  levelCounts: [number, number, number, number];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Aggregates question maturities; the trend compares integer sums, so it is exact. */
export function groupMaturity(items: readonly QuestionMaturity[]): GroupMaturity {
  const answered = items.filter((i) => i.latest !== null);
  const levelCounts: [number, number, number, number] = [0, 0, 0, 0];
  let latestSum = 0;
  let previousSum = 0;
  let withHistory = 0;
  for (const i of answered) {
    const latest = i.latest as MaturityLevel;
    levelCounts[latest] += 1;
    latestSum += latest;
    previousSum += i.previous ?? latest;
    if (i.previous !== null) withHistory += 1;
  }
  let trend: Trend = 'unanswered';
  if (answered.length) {
    if (!withHistory) trend = 'first';
    else trend = latestSum > previousSum ? 'improved' : latestSum < previousSum ? 'declined' : 'unchanged';
  }
  return {
    total: items.length,
    answered: answered.length,
    latest: answered.length ? round2(latestSum / answered.length) : null,
    previous: answered.length ? round2(previousSum / answered.length) : null,
    trend,
    levelCounts,
  };
}

export interface SupplierMaturity {
  supplier: QaSupplier;
  overall: GroupMaturity;
  /** Only themes that have selected questions. */
  themes: { theme: QuestionTheme; label: string; maturity: GroupMaturity }[];
  questions: QuestionMaturity[];
}

export interface ThemeMaturity {
  theme: QuestionTheme;
  label: string;
  /** All suppliers together. */
  overall: GroupMaturity;
  suppliers: { supplierId: string; maturity: GroupMaturity }[];
}

export interface MaturitySummary {
  bySupplier: SupplierMaturity[];
  byTheme: ThemeMaturity[];
}

function themesInSelection(selected: readonly SelectedQuestion[]): QuestionTheme[] {
  const present = new Set(selected.map((s) => s.question.theme));
  return QUESTION_THEMES.filter((t) => present.has(t));
}

/** Per-supplier (overall and per theme) and per-theme (all suppliers and per supplier) maturity. */
export function maturitySummary(qa: TenderQa): MaturitySummary {
  const selected = orderedQuestions(qa);
  const themes = themesInSelection(selected);
  const perSupplier = new Map<string, QuestionMaturity[]>();
  for (const supplier of qa.suppliers) {
    perSupplier.set(
      supplier.id,
      selected.map((s) => questionMaturity(s.questionId, s.question.theme, findThread(qa, supplier.id, s.questionId)?.entries ?? [])),
    );
  }
  const bySupplier: SupplierMaturity[] = qa.suppliers.map((supplier) => {
    const questions = perSupplier.get(supplier.id) ?? [];
    return {
      supplier,
      overall: groupMaturity(questions),
      themes: themes.map((theme) => ({
        theme,
        label: QUESTION_THEME_LABELS[theme],
        maturity: groupMaturity(questions.filter((q) => q.theme === theme)),
      })),
      questions,
    };
  });
  const byTheme: ThemeMaturity[] = themes.map((theme) => {
    const all = qa.suppliers.flatMap((s) => (perSupplier.get(s.id) ?? []).filter((q) => q.theme === theme));
    return {
      theme,
      label: QUESTION_THEME_LABELS[theme],
      overall: groupMaturity(all),
      suppliers: qa.suppliers.map((s) => ({
        supplierId: s.id,
        maturity: groupMaturity((perSupplier.get(s.id) ?? []).filter((q) => q.theme === theme)),
      })),
    };
  });
  return { bySupplier, byTheme };
}
