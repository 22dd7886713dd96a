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
        ? `The criteria in this lot add up to ${pct(total)}, which is ${pct(gap)} short of 100%.`
        : `The criteria in this lot add up to ${pct(total)}, which is ${pct(gap)} more than 100%.`,
      fix: short
        ? `Add ${pct(gap)} to one of the criteria (or use "Balance remaining weight") so the total is exactly 100%.`
        : `Take ${pct(gap)} off one or more criteria so the total is exactly 100%.`,
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
      message: `The sub-criteria of ${name} add up to ${pct(sum)}, but ${name} weighs ${pct(parent.weight)} (${pct(gap)} ${sum < parent.weight ? 'short' : 'too much'}).`,
      fix: `Change the sub-criteria weights so they total ${pct(parent.weight)}, or set ${name} to ${pct(sum)}.`,
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
      message: 'The minimum quality score is 0, so it excludes no bid.',
      fix: 'Set the points a bid must reach on its non-price criteria, or remove the minimum.',
    });
  } else if (minimum > available) {
    add({
      code: 'minimum-quality-unreachable',
      severity: 'error',
      field: 'minimumQualityScore',
      message: `The minimum quality score is ${formatWeight2(minimum)} points, but the quality, social and environmental criteria of this lot carry only ${formatWeight2(available)} points, so every bid would be excluded.`,
      fix: `Lower the minimum to ${formatWeight2(available)} points or less, or give more weight to non-price criteria.`,
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
      message: `The social floor is set to ${pct(settings.socialFloor)}, below Tenderwright's minimum of ${pct(SOCIAL_FLOOR_MINIMUM)}; the checks apply ${pct(SOCIAL_FLOOR_MINIMUM)} instead.`,
      fix: `Set the social floor to ${pct(SOCIAL_FLOOR_MINIMUM)} or more. Below about 8% of the total, social criteria rarely change what suppliers do.`,
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
      message: `The category floors add up to ${pct(sum)}, so no lot can meet them all.`,
      fix: 'Lower one or more floors so that together they stay at or below 100%.',
    });
  }
  return findings;
}
