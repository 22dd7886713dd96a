/**
 * The weighting checks: totals of a lot and of each criterion's sub-criteria, the category floors,
 * the minimum quality score against the points available, and the organisation's floor settings.
 */
import {
  CATEGORY_LABELS,
  DEFAULT_CRITERIA_SETTINGS,
  FLOOR_CATEGORIES,
  SOCIAL_FLOOR_MINIMUM,
  WEIGHT_TOTAL,
  childrenOf,
  effectiveFloors,
  topLevelCriteria,
  type Criterion,
  type CriteriaSettings,
  type CriterionCategory,
} from '../model/criteria';
import { capitalise, criterionName, pct, type AddFinding } from './criteriaCheckText';
import type { SettingsFinding } from './findings';
import { categoryShares, qualityPointsAvailable, sumWeights, totalWeight } from './weights';
import { t } from '../i18n';

export interface FloorStatus {
  category: CriterionCategory;
  /** The category's share of the lot, in hundredths. */
  share: number;
  /** The floor applied, in hundredths. */
  floor: number;
  met: boolean;
}

/** Each floor that applies to the lot and whether it is met: what the social gauge shows. */
export function floorStatus(criteria: readonly Criterion[], settings: CriteriaSettings = DEFAULT_CRITERIA_SETTINGS): FloorStatus[] {
  const shares = categoryShares(criteria);
  const floors = effectiveFloors(settings);
  return (['social', ...FLOOR_CATEGORIES] as CriterionCategory[]).flatMap((category) => {
    const floor = floors[category];
    if (floor === undefined) return [];
    return [{ category, share: shares[category], floor, met: shares[category] >= floor }];
  });
}

export function checkTotals(criteria: readonly Criterion[], add: AddFinding): void {
  const total = totalWeight(criteria);
  if (total !== WEIGHT_TOTAL) {
    const gap = Math.abs(WEIGHT_TOTAL - total);
    const short = total < WEIGHT_TOTAL;
    add({
      code: 'weight-total',
      severity: 'error',
      field: 'weight',
      message: short
        ? t('messages:findings.weights.totalShort', { total: pct(total), gap: pct(gap) })
        : t('messages:findings.weights.totalOver', { total: pct(total), gap: pct(gap) }),
      fix: short
        ? t('messages:findings.weights.totalShortFix', { gap: pct(gap) })
        : t('messages:findings.weights.totalOverFix', { gap: pct(gap) }),
    });
  }
  topLevelCriteria(criteria).forEach((parent) => {
    const children = childrenOf(criteria, parent.id);
    if (children.length === 0) return;
    const sum = sumWeights(children);
    if (sum === parent.weight) return;
    const gap = Math.abs(parent.weight - sum);
    const name = criterionName(parent, criteria.indexOf(parent));
    add({
      code: 'subcriteria-total',
      severity: 'error',
      criterionId: parent.id,
      field: 'weight',
      message:
        sum < parent.weight
          ? t('messages:findings.weights.subcriteriaShort', { name, sum: pct(sum), weight: pct(parent.weight), gap: pct(gap) })
          : t('messages:findings.weights.subcriteriaOver', { name, sum: pct(sum), weight: pct(parent.weight), gap: pct(gap) }),
      fix: t('messages:findings.weights.subcriteriaTotalFix', { weight: pct(parent.weight), name, sum: pct(sum) }),
    });
  });
}

export function checkFloors(criteria: readonly Criterion[], settings: CriteriaSettings, add: AddFinding): void {
  const belowMinimum = settings.socialFloor < SOCIAL_FLOOR_MINIMUM;
  for (const status of floorStatus(criteria, settings)) {
    if (status.met) continue;
    const label = CATEGORY_LABELS[status.category].toLowerCase();
    const gap = status.floor - status.share;
    const note =
      status.category === 'social' && belowMinimum
        ? ` Your organisation's setting of ${pct(settings.socialFloor)} is below Tenderwright's minimum, so ${pct(SOCIAL_FLOOR_MINIMUM)} applies.`
        : '';
    const none = !topLevelCriteria(criteria).some((c) => c.category === status.category);
    const has = none ? `This lot has no ${label} criteria` : `${capitalise(label)} criteria make up ${pct(status.share)} of this lot`;
    add(
      {
        code: status.category === 'social' ? 'social-floor' : 'category-floor',
        severity: 'error',
        field: `${status.category}Share`,
        message: `${has}; the floor is ${pct(status.floor)}, so ${pct(gap)} is missing.${note}`,
        fix:
          status.category === 'social'
            ? `Give social criteria at least ${pct(status.floor)} in total, for example by adding one from the library (factory disclosure, grievance mechanisms, ...) or raising an existing one.`
            : `Give ${label} criteria at least ${pct(status.floor)} in total, by adding one or raising an existing one.`,
      },
      status.category,
    );
  }
}

export function checkMinimumQuality(lot: { criteria: readonly Criterion[]; minimumQualityScore?: number }, add: AddFinding): void {
  const minimum = lot.minimumQualityScore;
  if (minimum === undefined) return;
  const available = qualityPointsAvailable(lot.criteria);
  if (minimum === 0) {
    add({
      code: 'minimum-quality-zero',
      severity: 'info',
      field: 'minimumQualityScore',
      message: t('messages:findings.weights.minimumZero'),
      fix: t('messages:findings.weights.minimumZeroFix'),
    });
  } else if (minimum > available) {
    add({
      code: 'minimum-quality-unreachable',
      severity: 'error',
      field: 'minimumQualityScore',
      message: t('messages:findings.weights.minimumUnreachable', { minimum: formatWeight2(minimum), available: formatWeight2(available) }),
      fix: t('messages:findings.weights.minimumUnreachableFix', { available: formatWeight2(available) }),
    });
  }
}

function formatWeight2(hundredths: number): string {
  return pct(hundredths).replace(/%$/, '');
}

/** Findings about the organisation's floor settings, for the settings screen. */
export function checkCriteriaSettings(settings: CriteriaSettings): SettingsFinding[] {
  const findings: SettingsFinding[] = [];
  if (settings.socialFloor < SOCIAL_FLOOR_MINIMUM) {
    findings.push({
      id: 'social-floor-below-minimum',
      code: 'social-floor-below-minimum',
      severity: 'warning',
      field: 'socialFloor',
      message: t('messages:findings.weights.socialFloorLow', { floor: pct(settings.socialFloor), minimum: pct(SOCIAL_FLOOR_MINIMUM) }),
      fix: t('messages:findings.weights.socialFloorLowFix', { minimum: pct(SOCIAL_FLOOR_MINIMUM) }),
    });
  }
  const floors = effectiveFloors(settings);
  const sum = Object.values(floors).reduce((a, b) => a + (b ?? 0), 0);
  if (sum > WEIGHT_TOTAL) {
    findings.push({
      id: 'floors-over-100',
      code: 'floors-over-100',
      severity: 'error',
      field: 'categoryFloors',
      message: t('messages:findings.weights.floorsOver', { sum: pct(sum) }),
      fix: t('messages:findings.weights.floorsOverFix'),
    });
  }
  return findings;
}
