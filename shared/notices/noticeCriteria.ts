/**
 * A lot's award criteria as notices publish them (eForms and OCDS alike): one flat list of weighted
 * criteria, since neither standard nests criteria. A criterion with sub-criteria is published as its
 * sub-criteria (their weights are shares of the whole lot, so the list still totals 100%); a
 * sub-criterion's description names its parent. Pure: no XML or JSON here.
 */
import { childrenOf, criteriaTree, type Criterion, type CriterionCategory } from '../model/criteria';
import { PRICE_FORMULA_EXPRESSIONS, PRICE_FORMULA_LABELS, isPriceFormula, type ScoringMethod } from '../model/scoring';
import type { Lot } from '../model/tender';
import { formatWeight, socialShare } from '../rules/weights';
import { formatAmount } from '../rules/exportText';
import { SOCIAL_FLOOR_MINIMUM } from '../model/criteria';

/** eForms BT-539 and OCDS award criterion type: the standards know no social or environmental type. */
export type NoticeCriterionType = 'price' | 'cost' | 'quality';

export interface NoticeCriterion {
  /** The tender's criterion id (sub-criterion id for a published sub-criterion). */
  criterionId: string;
  type: NoticeCriterionType;
  category: CriterionCategory;
  /** BT-734. */
  name: string;
  /** BT-540: what the criterion is, how it is scored, and the social marking. */
  description: string;
  /** BT-541 with BT-5421 per-exa, in hundredths of a percent. */
  weight: number;
}

export interface NoticeLot {
  lotId: string;
  /** "LOT-0001": the notice's own lot identifier, by position. */
  noticeLotId: string;
  title: string;
  criteria: NoticeCriterion[];
  /** The lot's minimum quality score, in hundredths of a point out of the lot's 100. */
  minimumQualityScore?: number;
  /** The points the non-price criteria carry (what the minimum is measured against). */
  qualityPoints: number;
  /** The social criteria's share of the lot, in hundredths of a percent. */
  socialShare: number;
}

/** BT-539: price and cost stay what they are; quality, social and environmental criteria are quality. */
export function noticeTypeOf(category: CriterionCategory): NoticeCriterionType {
  return category === 'price' || category === 'cost' ? category : 'quality';
}

/** "Social criterion." marks what eForms cannot type; the social floor reads from the lot's BT-777. */
export const SOCIAL_MARK = 'Social criterion.';
export const ENVIRONMENTAL_MARK = 'Environmental criterion.';

const PRICE_IN_WORDS: Record<keyof typeof PRICE_FORMULA_LABELS, string> = {
  'lowest-price-ratio': 'the lowest valid price divided by the bid price, times the weight',
  'linear-lowest-highest': 'points fall linearly from the full weight at the lowest valid price to zero at the highest',
  'deviation-from-lowest': 'the full weight less the bid’s percentage above the lowest valid price (never below zero)',
  absolute: 'points fall linearly from the full weight at the published floor price to zero at the published ceiling price',
};

/** How a criterion is scored, in words (eForms puts price formulas in words in BT-540 beside weights). */
export function scoringInWords(scoring: ScoringMethod): string {
  if (isPriceFormula(scoring)) {
    const bounds =
      scoring.type === 'absolute' ? ` (floor price ${formatAmount(scoring.floor)}, ceiling price ${formatAmount(scoring.ceiling)})` : '';
    return `Scored by the ${PRICE_FORMULA_LABELS[scoring.type].toLowerCase()} formula${bounds}: ${PRICE_IN_WORDS[scoring.type]} (${PRICE_FORMULA_EXPRESSIONS[scoring.type]}).`;
  }
  return `Scored on a 0–${scoring.max} scale; the procurement documents describe every level.`;
}

function describe(criterion: Criterion, parent: Criterion | undefined): string {
  const parts: string[] = [];
  if (criterion.category === 'social') parts.push(SOCIAL_MARK);
  if (criterion.category === 'environmental') parts.push(ENVIRONMENTAL_MARK);
  if (parent) parts.push(`Part of “${parent.name.trim() || 'an unnamed criterion'}” (${formatWeight(parent.weight)}% in all).`);
  const own = criterion.description.trim();
  if (own) parts.push(own);
  parts.push(scoringInWords(criterion.scoring));
  return parts.join(' ');
}

function published(criterion: Criterion, parent?: Criterion): NoticeCriterion {
  return {
    criterionId: criterion.id,
    type: noticeTypeOf(criterion.category),
    category: criterion.category,
    name: criterion.name.trim(),
    description: describe(criterion, parent),
    weight: criterion.weight,
  };
}

/** The notice lot identifier of the lot at `index` (0-based): LOT-0001, LOT-0002, ... */
export function noticeLotId(index: number): string {
  return `LOT-${String(index + 1).padStart(4, '0')}`;
}

export function noticeLot(lot: Lot, index: number): NoticeLot {
  const criteria: NoticeCriterion[] = [];
  for (const { criterion, children } of criteriaTree(lot.criteria)) {
    if (children.length === 0) criteria.push(published(criterion));
    else for (const child of childrenOf(lot.criteria, criterion.id)) criteria.push(published(child, criterion));
  }
  const qualityPoints = lot.criteria
    .filter((c) => c.parentId === undefined && noticeTypeOf(c.category) === 'quality')
    .reduce((sum, c) => sum + c.weight, 0);
  return {
    lotId: lot.id,
    noticeLotId: noticeLotId(index),
    title: lot.title,
    criteria,
    ...(lot.minimumQualityScore !== undefined && lot.minimumQualityScore > 0 ? { minimumQualityScore: lot.minimumQualityScore } : {}),
    qualityPoints,
    socialShare: socialShare(lot.criteria),
  };
}

/** The name and description of the lot's minimum quality score, published as a criterion of its own. */
export const MINIMUM_QUALITY_NAME = 'Minimum quality score';

export function minimumQualityDescription(lot: NoticeLot): string {
  return `A bid must reach at least ${formatWeight(lot.minimumQualityScore ?? 0)} of the ${formatWeight(lot.qualityPoints)} points of the quality, social and environmental criteria together, or it is excluded.`;
}

/** BT-777 for a lot with social criteria: where the social weight stands against the floor. */
export function socialStrategyDescription(lot: NoticeLot, socialFloor = SOCIAL_FLOOR_MINIMUM): string {
  return `Social criteria (marked “${SOCIAL_MARK}”) carry ${formatWeight(lot.socialShare)}% of the award weight of this lot; the buyer requires at least ${formatWeight(Math.max(SOCIAL_FLOOR_MINIMUM, socialFloor))}%. They concern human rights due diligence and working conditions in the supply chain.`;
}

export function hasSocialCriteria(lot: NoticeLot): boolean {
  return lot.criteria.some((c) => c.category === 'social');
}
