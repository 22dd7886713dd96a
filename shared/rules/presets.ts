import {
  SOCIAL_FLOOR_MINIMUM,
  WEIGHT_TOTAL,
  canonicalOrder,
  isPriceCategory,
  newCriterion,
  topLevelCriteria,
  type Criterion,
  type CriterionCategory,
} from '../model/criteria';
import { newId } from '../model/common';
import type { QualityScaleMax } from '../model/scoring';
import { distributeEvenly, setCriterionWeight } from './weights';

/**
 * Weight presets: a starting split of the lot between categories. Every preset totals exactly 100%
 * and gives social criteria at least Tenderwright's 8% floor.
 */

export interface WeightPresetPart {
  /** 'price' and 'cost' both match the lot's price or cost criteria. */
  category: CriterionCategory;
  weight: number;
}

export interface WeightPreset {
  id: string;
  name: string;
  description: string;
  parts: readonly WeightPresetPart[];
}

/** How a preset's name calls each category. */
const PRESET_NAME_LABELS: Record<CriterionCategory, string> = {
  price: 'Price',
  cost: 'Life-cycle cost',
  quality: 'Quality',
  social: 'Social',
  environmental: 'Environmental',
};

/** A preset from its split in whole percentages; its id and name are spelt from the split. */
function preset(description: string, split: readonly [CriterionCategory, number][]): WeightPreset {
  return {
    id: split.map(([category, percent]) => `${category}${percent}`).join('-'),
    name: split.map(([category, percent]) => `${PRESET_NAME_LABELS[category]} ${percent}`).join(' / '),
    description,
    parts: split.map(([category, percent]) => ({ category, weight: percent * 100 })),
  };
}

export const WEIGHT_PRESETS: readonly WeightPreset[] = [
  preset('Price leads; a tenth of the points rewards better labour practices in the supply chain.', [
    ['price', 60],
    ['quality', 30],
    ['social', 10],
  ]),
  preset('A balanced split for goods with known labour and environmental risks, such as electronics.', [
    ['price', 50],
    ['quality', 25],
    ['social', 15],
    ['environmental', 10],
  ]),
  preset('Scores the cost of owning the product over its life rather than the purchase price alone.', [
    ['cost', 40],
    ['quality', 30],
    ['social', 15],
    ['environmental', 15],
  ]),
  preset('For buyers whose rules ask for a large climate and environment share (30% or more).', [
    ['price', 40],
    ['quality', 20],
    ['environmental', 30],
    ['social', 10],
  ]),
  preset('Quality-led, for services where how the work is done matters more than the price.', [
    ['price', 30],
    ['quality', 45],
    ['social', 25],
  ]),
];

export function findPreset(id: string): WeightPreset | undefined {
  return WEIGHT_PRESETS.find((p) => p.id === id);
}

/** The names new criteria get when a preset creates them. */
export const PRESET_CRITERION_NAMES: Record<CriterionCategory, string> = {
  price: 'Price',
  cost: 'Life-cycle cost',
  quality: 'Quality',
  social: 'Social responsibility in the supply chain',
  environmental: 'Environmental performance',
};

function matches(part: WeightPresetPart, c: Criterion): boolean {
  return isPriceCategory(part.category) ? isPriceCategory(c.category) : c.category === part.category;
}

export interface ApplyPresetOptions {
  /** Makes ids for criteria the preset creates. Default: random ids (newId). */
  makeId?: () => string;
  /** Scale for new quality, social and environmental criteria. */
  scaleMax?: QualityScaleMax;
}

export interface ApplyPresetResult {
  criteria: Criterion[];
  /** Ids of criteria the preset created because the lot had none of that category. */
  created: string[];
  /** Ids of top-level criteria of categories the preset leaves out; their weight is now 0 (and the rules say so). */
  zeroed: string[];
}

/**
 * Applies a preset to a lot's criteria. Each part's weight is shared evenly among the lot's top-level
 * criteria of that category (sub-criteria are rescaled with their parent); a category the lot lacks
 * gets a new criterion. Criteria of categories the preset leaves out are kept with weight 0 so nothing
 * the user wrote is lost; the weight findings then point at them.
 */
export function applyWeightPreset(
  criteria: readonly Criterion[],
  preset: WeightPreset,
  options: ApplyPresetOptions = {},
): ApplyPresetResult {
  const makeId = options.makeId ?? (() => newId('crit'));
  let result = [...criteria];
  const created: string[] = [];
  const covered = new Set<string>();
  for (const part of preset.parts) {
    const targets = topLevelCriteria(result).filter((c) => matches(part, c) && !covered.has(c.id));
    if (targets.length === 0) {
      const fresh = newCriterion(part.category, {
        id: makeId(),
        name: PRESET_CRITERION_NAMES[part.category],
        weight: part.weight,
        scaleMax: options.scaleMax,
      });
      result.push(fresh);
      created.push(fresh.id);
      covered.add(fresh.id);
      continue;
    }
    const shares = distributeEvenly(part.weight, targets.length);
    targets.forEach((c, i) => {
      result = setCriterionWeight(result, c.id, shares[i] ?? 0);
      covered.add(c.id);
    });
  }
  const zeroed: string[] = [];
  for (const c of topLevelCriteria(result)) {
    if (covered.has(c.id)) continue;
    result = setCriterionWeight(result, c.id, 0);
    zeroed.push(c.id);
  }
  return { criteria: canonicalOrder(result), created, zeroed };
}

/** Problems with a preset definition (used by tests, and by a future "save my own preset"). */
export function presetProblems(preset: WeightPreset): string[] {
  const problems: string[] = [];
  const total = preset.parts.reduce((a, p) => a + p.weight, 0);
  if (total !== WEIGHT_TOTAL) problems.push(`${preset.name}: parts total ${total / 100}%, not 100%`);
  const social = preset.parts.filter((p) => p.category === 'social').reduce((a, p) => a + p.weight, 0);
  if (social < SOCIAL_FLOOR_MINIMUM) problems.push(`${preset.name}: social share is below the ${SOCIAL_FLOOR_MINIMUM / 100}% floor`);
  if (preset.parts.some((p) => !Number.isInteger(p.weight) || p.weight <= 0))
    problems.push(`${preset.name}: every part needs a positive whole weight`);
  return problems;
}
