import {
  CLAUSE_PURPOSE_LABELS,
  CLAUSE_PURPOSES,
  CLAUSE_TOPIC_LABELS,
  CLAUSE_TOPICS,
  LEVERAGE_CATEGORIES,
  LEVERAGE_CATEGORY_LABELS,
  MOMENT_LABELS,
  MOMENTS_OF_TRACTION,
  type LeverageCategory,
} from '@shared/model/clauses';
import type { GlossaryTermId } from '@shared/model/glossary';

export const topicOptions = CLAUSE_TOPICS.map((t) => ({ value: t, label: CLAUSE_TOPIC_LABELS[t] }));
export const leverageOptions = LEVERAGE_CATEGORIES.map((c) => ({ value: c, label: LEVERAGE_CATEGORY_LABELS[c] }));
export const purposeOptions = CLAUSE_PURPOSES.map((p) => ({ value: p, label: CLAUSE_PURPOSE_LABELS[p] }));
export const momentOptions = MOMENTS_OF_TRACTION.map((m) => ({ value: m, label: MOMENT_LABELS[m] }));

/** "A", "B", ... with its short name: "A · Traditional commercial leverage". */
export const leverageShort = (c: keyof typeof LEVERAGE_CATEGORY_LABELS) => LEVERAGE_CATEGORY_LABELS[c];

/** The glossary entry that explains each leverage category. */
export const LEVERAGE_TERMS: Record<LeverageCategory, GlossaryTermId> = {
  A: 'leverage-category-a',
  B: 'leverage-category-b',
  C: 'leverage-category-c',
  D: 'leverage-category-d',
  E: 'leverage-category-e',
};
