/**
 * A new scale's standard descriptors in the open tender's language: they are published to bidders, so
 * they follow the tender, not the screens. English is the shared model's own wording.
 */
import type { TFunction } from 'i18next';
import { tFor } from '@shared/i18n';
import { defaultScoringFor, type CriterionCategory } from '@shared/model/criteria';
import type { Language } from '@shared/model/language';
import type { QualityScaleMax, ScoringMethod } from '@shared/model/scoring';

const DESCRIPTORS: Record<QualityScaleMax, (t: TFunction) => string[]> = {
  5: (t) => [
    t('criteria:standardScale.five.l0'),
    t('criteria:standardScale.five.l1'),
    t('criteria:standardScale.five.l2'),
    t('criteria:standardScale.five.l3'),
    t('criteria:standardScale.five.l4'),
    t('criteria:standardScale.five.l5'),
  ],
  10: (t) => [
    t('criteria:standardScale.ten.l0'),
    t('criteria:standardScale.ten.l1'),
    t('criteria:standardScale.ten.l2'),
    t('criteria:standardScale.ten.l3'),
    t('criteria:standardScale.ten.l4'),
    t('criteria:standardScale.ten.l5'),
    t('criteria:standardScale.ten.l6'),
    t('criteria:standardScale.ten.l7'),
    t('criteria:standardScale.ten.l8'),
    t('criteria:standardScale.ten.l9'),
    t('criteria:standardScale.ten.l10'),
  ],
};

/** The standard descriptor of every level of a 0-5 or 0-10 scale, lowest first, in `language`. */
export const standardDescriptors = (max: QualityScaleMax, language: Language): string[] => DESCRIPTORS[max](tFor(language, 'criteria'));

/** A new criterion's scoring, as defaultScoringFor makes it, with the scale's wording in `language`. */
export function standardScoringFor(category: CriterionCategory, scaleMax: QualityScaleMax, language: Language): ScoringMethod {
  const scoring = defaultScoringFor(category, scaleMax);
  return scoring.type === 'quality-scale' ? { ...scoring, descriptors: standardDescriptors(scoring.max, language) } : scoring;
}
