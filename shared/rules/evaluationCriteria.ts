/**
 * The lot's criteria as the evaluation sees them: numbered, each a heading, a quality leaf or a price
 * leaf, with the points it carries; and the evaluator scores that still apply to them.
 */
import { criteriaTree, type Criterion, type Requirement } from '../model/criteria';
import { evaluationOf, type LotEvaluation, type ScoreEntry } from '../model/evaluation';
import type { PriceFormula, QualityScaleMax } from '../model/scoring';
import { Fraction } from './evaluationExact';

export interface EvaluationLotInput {
  id: string;
  title?: string;
  criteria: readonly Criterion[];
  requirements: readonly Requirement[];
  minimumQualityScore?: number;
  evaluation?: LotEvaluation;
}

export type CriterionRole = 'heading' | 'quality' | 'price';

export interface EvaluationCriterion {
  criterion: Criterion;
  /** "1", "2", "2.1": the numbering shown in the app and the workbooks. */
  ref: string;
  role: CriterionRole;
  depth: 0 | 1;
  /** Points the criterion carries: weight / 100. */
  points: Fraction;
  scaleMax?: QualityScaleMax;
  formula?: PriceFormula;
}

/** The lot's criteria in canonical order, numbered, each with its role. */
export function evaluationCriteria(criteria: readonly Criterion[]): EvaluationCriterion[] {
  const rows: EvaluationCriterion[] = [];
  const roleOf = (c: Criterion, hasChildren: boolean): Pick<EvaluationCriterion, 'role' | 'scaleMax' | 'formula'> => {
    if (hasChildren) return { role: 'heading' };
    if (c.scoring.type === 'quality-scale') return { role: 'quality', scaleMax: c.scoring.max };
    return { role: 'price', formula: c.scoring as PriceFormula };
  };
  criteriaTree(criteria).forEach((node, i) => {
    const top = node.criterion;
    rows.push({
      criterion: top,
      ref: String(i + 1),
      depth: 0,
      points: Fraction.of(top.weight, 100),
      ...roleOf(top, node.children.length > 0),
    });
    node.children.forEach((child, j) => {
      rows.push({ criterion: child, ref: `${i + 1}.${j + 1}`, depth: 1, points: Fraction.of(child.weight, 100), ...roleOf(child, false) });
    });
  });
  return rows;
}

export const qualityLeaves = (criteria: readonly Criterion[]) => evaluationCriteria(criteria).filter((c) => c.role === 'quality');
export const priceLeaves = (criteria: readonly Criterion[]) => evaluationCriteria(criteria).filter((c) => c.role === 'price');

/** The scores an evaluator gave that still apply: criterion still a quality leaf on the same scale, bidder still bidding. */
export function applicableScores(lot: EvaluationLotInput, entries: readonly ScoreEntry[]): ScoreEntry[] {
  const leaves = new Map(qualityLeaves(lot.criteria).map((c) => [c.criterion.id, c]));
  const bidders = new Set(evaluationOf(lot).bidders.map((b) => b.id));
  return entries.filter((e) => leaves.get(e.criterionId)?.scaleMax === e.scaleMax && bidders.has(e.bidderId));
}
