/**
 * A lot's award criteria as notices publish them (eForms and OCDS alike): one flat list of weighted
 * criteria, since neither standard nests criteria. A criterion with sub-criteria is published as its
 * sub-criteria (their weights are shares of the whole lot, so the list still totals 100%); a
 * sub-criterion's description names its parent. Pure: no XML or JSON here.
 */
import { childrenOf, criteriaTree, type Criterion, type CriterionCategory } from '../model/criteria';
import type { PRICE_FORMULA_LABELS } from '../model/scoring';
import { PRICE_FORMULA_EXPRESSIONS, isPriceFormula, type ScoringMethod } from '../model/scoring';
import type { Lot } from '../model/tender';
import { formatWeight, socialShare } from '../rules/weights';
import { formatAmount } from '../rules/exportText';
import { SOCIAL_FLOOR_MINIMUM } from '../model/criteria';
import { ENGLISH, type DocumentVoice } from '../documents/voice';
import { PRICE_METHOD_NAMES } from '../rules/exportText';

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
export const socialMark = ({ t }: DocumentVoice) => t('documents:notices.socialMark');
export const environmentalMark = ({ t }: DocumentVoice) => t('documents:notices.environmentalMark');
export const SOCIAL_MARK = socialMark(ENGLISH);
export const ENVIRONMENTAL_MARK = environmentalMark(ENGLISH);

const PRICE_IN_WORDS: Record<keyof typeof PRICE_FORMULA_LABELS, (voice: DocumentVoice) => string> = {
  'lowest-price-ratio': ({ t }) => t('documents:notices.priceInWords.lowestRatio'),
  'linear-lowest-highest': ({ t }) => t('documents:notices.priceInWords.linear'),
  'deviation-from-lowest': ({ t }) => t('documents:notices.priceInWords.deviation'),
  absolute: ({ t }) => t('documents:notices.priceInWords.absolute'),
};

/**
 * How a criterion is scored, in words (eForms puts price formulas in words in BT-540 beside weights).
 * Amounts keep the plain form the notice importer reads back (1250000.5), in every language.
 */
export function scoringInWords(scoring: ScoringMethod, voice: DocumentVoice = ENGLISH): string {
  const { t } = voice;
  if (isPriceFormula(scoring)) {
    const values = {
      method: PRICE_METHOD_NAMES[scoring.type](voice).toLowerCase(),
      words: PRICE_IN_WORDS[scoring.type](voice),
      expression: PRICE_FORMULA_EXPRESSIONS[scoring.type],
    };
    if (scoring.type === 'absolute') {
      return t('documents:notices.scoredByFormulaWithBounds', {
        ...values,
        floor: formatAmount(scoring.floor),
        ceiling: formatAmount(scoring.ceiling),
      });
    }
    return t('documents:notices.scoredByFormula', values);
  }
  return t('documents:notices.scoredOnScale', { max: scoring.max });
}

/** "Part of “Quality” (40.00% in all).": weights stay in the form the importer reads back. */
export const partOf = ({ t }: DocumentVoice, name: string, weight: string) => t('documents:notices.partOf', { name, weight });

function describe(criterion: Criterion, parent: Criterion | undefined, voice: DocumentVoice): string {
  const parts: string[] = [];
  if (criterion.category === 'social') parts.push(socialMark(voice));
  if (criterion.category === 'environmental') parts.push(environmentalMark(voice));
  if (parent) parts.push(partOf(voice, parent.name.trim() || voice.t('documents:notices.unnamedCriterion'), formatWeight(parent.weight)));
  const own = criterion.description.trim();
  if (own) parts.push(own);
  parts.push(scoringInWords(criterion.scoring, voice));
  return parts.join(' ');
}

function published(criterion: Criterion, voice: DocumentVoice, parent?: Criterion): NoticeCriterion {
  return {
    criterionId: criterion.id,
    type: noticeTypeOf(criterion.category),
    category: criterion.category,
    name: criterion.name.trim(),
    description: describe(criterion, parent, voice),
    weight: criterion.weight,
  };
}

/** The notice lot identifier of the lot at `index` (0-based): LOT-0001, LOT-0002, ... */
export function noticeLotId(index: number): string {
  return `LOT-${String(index + 1).padStart(4, '0')}`;
}

export function noticeLot(lot: Lot, index: number, voice: DocumentVoice = ENGLISH): NoticeLot {
  const criteria: NoticeCriterion[] = [];
  for (const { criterion, children } of criteriaTree(lot.criteria)) {
    if (children.length === 0) criteria.push(published(criterion, voice));
    else for (const child of childrenOf(lot.criteria, criterion.id)) criteria.push(published(child, voice, criterion));
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
export const minimumQualityName = ({ t }: DocumentVoice) => t('documents:notices.minimumQualityName');
export const MINIMUM_QUALITY_NAME = minimumQualityName(ENGLISH);

export function minimumQualityDescription(lot: NoticeLot, voice: DocumentVoice = ENGLISH): string {
  return voice.t('documents:notices.minimumQualityDescription', {
    minimum: formatWeight(lot.minimumQualityScore ?? 0),
    available: formatWeight(lot.qualityPoints),
  });
}

/** BT-777 for a lot with social criteria: where the social weight stands against the floor. */
export function socialStrategyDescription(lot: NoticeLot, socialFloor = SOCIAL_FLOOR_MINIMUM, voice: DocumentVoice = ENGLISH): string {
  return voice.t('documents:notices.socialStrategy', {
    mark: socialMark(voice),
    share: formatWeight(lot.socialShare),
    floor: formatWeight(Math.max(SOCIAL_FLOOR_MINIMUM, socialFloor)),
  });
}

export function hasSocialCriteria(lot: NoticeLot): boolean {
  return lot.criteria.some((c) => c.category === 'social');
}
