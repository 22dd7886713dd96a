import {
  WEIGHT_TOTAL,
  childrenOf,
  canonicalOrder,
  findCriterion,
  topLevelCriteria,
  type Criterion,
  type CriterionCategory,
} from '../model/criteria';

/**
 * Weights are integers in hundredths of a percentage point (100% = 10000). Everything here works on
 * integers: text is parsed digit by digit, never through floating point, so 33.33 + 33.33 + 33.34 is
 * exactly 10000.
 */

export type WeightInputProblem = 'empty' | 'not-a-number' | 'negative' | 'too-many-decimals' | 'over-100';

export type WeightParseResult =
  | { ok: true; hundredths: number }
  | {
      ok: false;
      code: WeightInputProblem;
      /** What is wrong, in plain words. */
      message: string;
      /** How to fix it. */
      fix: string;
      /** For too many decimals: the value rounded to two decimals, in hundredths. */
      suggestion?: number;
    };

const NUMBER_BODY = /^(\d*)(?:[.,](\d*))?$/;

function quote(text: string): string {
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `"${shown}"`;
}

/** Integer value of a run of decimal digits with at most three significant digits, or Infinity. */
function smallInteger(digits: string): number {
  const trimmed = digits.replace(/^0+/, '');
  if (trimmed.length > 3) return Number.POSITIVE_INFINITY;
  return trimmed === '' ? 0 : Number.parseInt(trimmed, 10);
}

/**
 * Parses what the user typed in a weight field: "25", "12.5", "33,33" (comma decimals), "10 %".
 * Returns the weight in hundredths or a specific problem with a message and a fix.
 */
export function parseWeightInput(text: string): WeightParseResult {
  const raw = text.trim();
  const body0 = raw.replace(/\s*%$/, '').trim();
  if (body0 === '') {
    return { ok: false, code: 'empty', message: 'The weight is empty.', fix: 'Type a percentage such as 25 or 12.5.' };
  }
  const negative = /^[-\u2212]/.test(body0);
  const body = body0.replace(/^[-+\u2212]\s*/, '');
  const match = NUMBER_BODY.exec(body);
  const intDigits = match?.[1] ?? '';
  let fracDigits = match?.[2] ?? '';
  if (!match || (intDigits === '' && fracDigits === '')) {
    return {
      ok: false,
      code: 'not-a-number',
      message: `${quote(raw)} is not a number.`,
      fix: 'Type the weight as a percentage in digits, for example 25 or 12.5.',
    };
  }
  const isZero = /^0*$/.test(intDigits) && /^0*$/.test(fracDigits);
  if (negative && !isZero) {
    return {
      ok: false,
      code: 'negative',
      message: `A weight cannot be negative (${quote(raw)} was typed).`,
      fix: 'Type a weight between 0.01 and 100.',
    };
  }
  // Trailing zeros beyond the second decimal change nothing: 10.120 is 10.12.
  if (fracDigits.length > 2) fracDigits = fracDigits.slice(0, 2) + fracDigits.slice(2).replace(/0+$/, '');
  const whole = smallInteger(intDigits);
  const cents = Number.parseInt((fracDigits.slice(0, 2) + '00').slice(0, 2), 10);
  if (fracDigits.length > 2) {
    const roundUp = Number.parseInt(fracDigits.charAt(2), 10) >= 5 ? 1 : 0;
    const suggestion = whole * 100 + cents + roundUp;
    const decimals = fracDigits.length;
    return {
      ok: false,
      code: 'too-many-decimals',
      message: `A weight takes at most two decimal places; ${quote(raw)} has ${decimals}.`,
      fix:
        Number.isFinite(suggestion) && suggestion <= WEIGHT_TOTAL
          ? `Round it to two decimals, for example ${formatWeight(suggestion)}.`
          : 'Round it to two decimals.',
      ...(Number.isFinite(suggestion) && suggestion <= WEIGHT_TOTAL ? { suggestion } : {}),
    };
  }
  const hundredths = whole * 100 + cents;
  if (!Number.isFinite(hundredths) || hundredths > WEIGHT_TOTAL) {
    return {
      ok: false,
      code: 'over-100',
      message: `A weight cannot be more than 100% (${quote(raw)} was typed).`,
      fix: 'Type a weight between 0.01 and 100.',
    };
  }
  return { ok: true, hundredths };
}

/** 3333 -> "33.33", 10000 -> "100.00", 5 -> "0.05". Integer arithmetic only. */
export function formatWeight(hundredths: number): string {
  const value = Math.round(hundredths);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 3333 -> "33.33%". */
export function formatWeightPercent(hundredths: number): string {
  return `${formatWeight(hundredths)}%`;
}

export function sumWeights(items: readonly { weight: number }[]): number {
  return items.reduce((total, item) => total + item.weight, 0);
}

/** Splits `total` into `count` integers that differ by at most one and add up to `total` exactly. */
export function distributeEvenly(total: number, count: number): number[] {
  if (count <= 0) return [];
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, i) => base + (i < extra ? 1 : 0));
}

/**
 * Rescales integer weights so they add up to `newTotal` exactly, keeping their proportions as far as
 * integers allow (largest remainder; ties go to the earlier item). All-zero weights are split evenly.
 */
export function scaleProportionally(weights: readonly number[], newTotal: number): number[] {
  const oldTotal = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (oldTotal <= 0) return distributeEvenly(newTotal, weights.length);
  const floors = weights.map((w) => Math.floor((w * newTotal) / oldTotal));
  const remainders = weights.map((w, i) => ({ i, r: w * newTotal - (floors[i] ?? 0) * oldTotal }));
  let leftover = newTotal - floors.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (leftover <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    leftover -= 1;
  }
  return floors;
}

/** Sum of the top-level weights of a lot (sub-criteria are part of their parent's weight). */
export function totalWeight(criteria: readonly Criterion[]): number {
  return sumWeights(topLevelCriteria(criteria));
}

/** Share of the lot per category, from top-level weights, in hundredths. */
export function categoryShares(criteria: readonly Criterion[]): Record<CriterionCategory, number> {
  const shares: Record<CriterionCategory, number> = { price: 0, cost: 0, quality: 0, social: 0, environmental: 0 };
  for (const c of topLevelCriteria(criteria)) shares[c.category] += c.weight;
  return shares;
}

/** The social share of the lot, in hundredths: what the social gauge shows against the floor. */
export function socialShare(criteria: readonly Criterion[]): number {
  return categoryShares(criteria).social;
}

/**
 * The points, out of the lot's 100 (in hundredths), that non-price criteria can award: the most a bid
 * can reach towards a minimum quality score.
 */
export function qualityPointsAvailable(criteria: readonly Criterion[]): number {
  const shares = categoryShares(criteria);
  return shares.quality + shares.social + shares.environmental;
}

/**
 * What is left to allocate: at the top level (no parentId) against 100%, or among a parent's
 * sub-criteria against the parent's weight. Negative when over-allocated.
 */
export function remainingWeight(criteria: readonly Criterion[], parentId?: string): number {
  if (parentId === undefined) return WEIGHT_TOTAL - totalWeight(criteria);
  const parent = findCriterion(criteria, parentId);
  return (parent?.weight ?? 0) - sumWeights(childrenOf(criteria, parentId));
}

export type WeightEditResult = { ok: true; criteria: Criterion[]; weight: number } | { ok: false; reason: string };

/**
 * Sets a criterion's weight. For a top-level criterion with sub-criteria, the sub-criteria are rescaled
 * to the new weight unless `rescaleChildren` is false.
 */
export function setCriterionWeight(
  criteria: readonly Criterion[],
  id: string,
  weight: number,
  options: { rescaleChildren?: boolean } = {},
): Criterion[] {
  const rescale = options.rescaleChildren ?? true;
  const children = rescale ? childrenOf(criteria, id) : [];
  const scaled = scaleProportionally(
    children.map((c) => c.weight),
    weight,
  );
  const childWeight = new Map(children.map((c, i) => [c.id, scaled[i] ?? 0]));
  return criteria.map((c) => {
    if (c.id === id) return { ...c, weight };
    const w = childWeight.get(c.id);
    return w === undefined ? c : { ...c, weight: w };
  });
}

/**
 * "Balance remaining weight": gives one criterion whatever its level still lacks, so the top level
 * totals 100% (or, for a sub-criterion, its siblings total the parent's weight). A top-level
 * criterion's sub-criteria are rescaled to its new weight.
 */
export function balanceRemainingWeight(criteria: readonly Criterion[], id: string): WeightEditResult {
  const target = findCriterion(criteria, id);
  if (!target) return { ok: false, reason: 'That criterion is no longer in this lot.' };
  const parent = target.parentId === undefined ? undefined : findCriterion(criteria, target.parentId);
  if (target.parentId !== undefined && !parent) return { ok: false, reason: 'The parent of this sub-criterion is missing.' };
  const siblings = parent ? childrenOf(criteria, parent.id) : topLevelCriteria(criteria);
  const levelTotal = parent ? parent.weight : WEIGHT_TOTAL;
  const others = sumWeights(siblings.filter((c) => c.id !== id));
  const weight = levelTotal - others;
  if (weight <= 0) {
    const where = parent ? `the other sub-criteria of "${parent.name || 'its parent'}"` : 'the other criteria';
    return {
      ok: false,
      reason: `Nothing is left to give: ${where} already take ${formatWeightPercent(others)} of ${formatWeightPercent(levelTotal)}. Lower one of them first.`,
    };
  }
  return { ok: true, weight, criteria: canonicalOrder(setCriterionWeight(criteria, id, weight)) };
}

/** Splits 100% (or a parent's weight) evenly over a level: 3 criteria get 33.34, 33.33, 33.33. */
export function distributeLevelEvenly(criteria: readonly Criterion[], parentId?: string): Criterion[] {
  const siblings = parentId === undefined ? topLevelCriteria(criteria) : childrenOf(criteria, parentId);
  const total = parentId === undefined ? WEIGHT_TOTAL : (findCriterion(criteria, parentId)?.weight ?? 0);
  const parts = distributeEvenly(total, siblings.length);
  let result = [...criteria];
  siblings.forEach((c, i) => {
    result = setCriterionWeight(result, c.id, parts[i] ?? 0);
  });
  return result;
}
