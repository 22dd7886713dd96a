import type { PriceFormula, QualityScale, ScoringMethod } from '../model/scoring';

/**
 * Score functions for every price formula and quality scale (DOMAIN.md, "Scoring").
 *
 * Notation: Pi the bid's price, Pmin / Pmax the lowest / highest valid bid, W the points the criterion
 * carries (e.g. a 60% weight carries 60 points: see weightToPoints). Results are unrounded; round only
 * for display (roundScore). The Excel exporter writes these same formulas as spreadsheet formulas.
 *
 * Invalid input (a zero, negative or non-finite price, inconsistent bounds) throws ScoringInputError
 * with a message fit to show the user.
 */

export class ScoringInputError extends Error {
  constructor(
    message: string,
    /** Position of the offending bid in the list given, when the problem is one bid. */
    public readonly bidIndex?: number,
  ) {
    super(message);
    this.name = 'ScoringInputError';
  }
}

/** A weight in hundredths of a percent as points out of 100: 6000 -> 60. */
export function weightToPoints(hundredths: number): number {
  return hundredths / 100;
}

/** Rounds for display, e.g. roundScore(33.33333) -> 33.33. */
export function roundScore(score: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round((score + Number.EPSILON) * factor) / factor;
}

function describe(value: number): string {
  if (Number.isNaN(value)) return 'not a number';
  if (!Number.isFinite(value)) return value > 0 ? 'infinite' : 'minus infinity';
  return String(value);
}

/** Why a bid price cannot be scored, or undefined when it can. */
export function priceProblem(price: number): string | undefined {
  if (typeof price !== 'number' || !Number.isFinite(price)) return `a price must be a finite number, not ${describe(price)}`;
  if (price === 0) return 'a price of zero cannot be scored; prices must be greater than zero';
  if (price < 0) return `a negative price (${price}) cannot be scored; prices must be greater than zero`;
  return undefined;
}

function assertPrice(price: number, what = 'The bid price', index?: number): void {
  const problem = priceProblem(price);
  if (problem) throw new ScoringInputError(`${what}: ${problem}.`, index);
}

function assertPoints(points: number): void {
  if (typeof points !== 'number' || !Number.isFinite(points) || points < 0) {
    throw new ScoringInputError(`The points for the criterion must be a finite number of zero or more, not ${describe(points)}.`);
  }
}

/** Lowest-price ratio: S = W × Pmin / Pi. */
export function lowestPriceRatioScore(price: number, lowest: number, points: number): number {
  assertPrice(price);
  assertPrice(lowest, 'The lowest price');
  assertPoints(points);
  if (lowest > price) throw new ScoringInputError(`The lowest price (${lowest}) is above the bid price (${price}).`);
  return (points * lowest) / price;
}

/** Linear between lowest and highest: S = W × (Pmax − Pi) / (Pmax − Pmin); all prices equal: full points. */
export function linearLowestHighestScore(price: number, lowest: number, highest: number, points: number): number {
  assertPrice(price);
  assertPrice(lowest, 'The lowest price');
  assertPrice(highest, 'The highest price');
  assertPoints(points);
  if (lowest > highest) throw new ScoringInputError(`The lowest price (${lowest}) is above the highest price (${highest}).`);
  if (price < lowest || price > highest) {
    throw new ScoringInputError(`The bid price (${price}) lies outside the lowest and highest prices (${lowest} to ${highest}).`);
  }
  if (highest === lowest) return points;
  return (points * (highest - price)) / (highest - lowest);
}

/** Deviation from lowest: S = W × max(0, 1 − (Pi − Pmin) / Pmin). A bid at twice the lowest price or more scores 0. */
export function deviationFromLowestScore(price: number, lowest: number, points: number): number {
  assertPrice(price);
  assertPrice(lowest, 'The lowest price');
  assertPoints(points);
  if (lowest > price) throw new ScoringInputError(`The lowest price (${lowest}) is above the bid price (${price}).`);
  return points * Math.max(0, 1 - (price - lowest) / lowest);
}

/** Why published absolute bounds cannot be used, or undefined when they can. */
export function absoluteBoundsProblem(ceiling: number, floor: number): string | undefined {
  if (!Number.isFinite(ceiling) || !Number.isFinite(floor)) return 'the ceiling and floor prices must be finite numbers';
  if (floor < 0) return 'the floor price must not be negative';
  if (ceiling <= floor) return `the ceiling price (${ceiling}) must be above the floor price (${floor})`;
  return undefined;
}

/**
 * Absolute, with a ceiling and floor published in advance: S = W × clamp((Pceil − Pi) / (Pceil − Pfloor), 0, 1).
 * A bid at or above the ceiling scores 0, at or below the floor full points; other bids never matter.
 */
export function absoluteScore(price: number, ceiling: number, floor: number, points: number): number {
  assertPrice(price);
  assertPoints(points);
  const problem = absoluteBoundsProblem(ceiling, floor);
  if (problem) throw new ScoringInputError(`The absolute formula cannot be used: ${problem}.`);
  const ratio = (ceiling - price) / (ceiling - floor);
  return points * Math.min(1, Math.max(0, ratio));
}

/** Quality scale: contribution = W × s / smax. */
export function qualityScore(score: number, max: number, points: number): number {
  assertPoints(points);
  if (!Number.isFinite(max) || max <= 0) throw new ScoringInputError(`The top of the scale must be above zero, not ${describe(max)}.`);
  if (typeof score !== 'number' || !Number.isFinite(score))
    throw new ScoringInputError(`A score must be a number, not ${describe(score)}.`);
  if (score < 0 || score > max) throw new ScoringInputError(`A score of ${score} is outside the 0-${max} scale.`);
  return (points * score) / max;
}

export function qualityScaleScore(scale: Pick<QualityScale, 'max'>, score: number, points: number): number {
  return qualityScore(score, scale.max, points);
}

/**
 * Scores every bid of a price or cost criterion with its formula. Every price must be valid: the
 * first invalid one throws a ScoringInputError naming the bid by its position (1-based in the message).
 */
export function scorePrices(method: PriceFormula, prices: readonly number[], points: number): number[] {
  assertPoints(points);
  prices.forEach((price, i) => assertPrice(price, `Bid ${i + 1}`, i));
  if (prices.length === 0) return [];
  const lowest = Math.min(...prices);
  const highest = Math.max(...prices);
  switch (method.type) {
    case 'lowest-price-ratio':
      return prices.map((p) => lowestPriceRatioScore(p, lowest, points));
    case 'linear-lowest-highest':
      return prices.map((p) => linearLowestHighestScore(p, lowest, highest, points));
    case 'deviation-from-lowest':
      return prices.map((p) => deviationFromLowestScore(p, lowest, points));
    case 'absolute':
      return prices.map((p) => absoluteScore(p, method.ceiling, method.floor, points));
  }
}

/**
 * Scores every bid on one criterion with the criterion's own method: `values` are bid prices for a
 * price formula, or scale scores (0..max) for a quality scale. The shared entry point for aggregation.
 */
export function scoreByMethod(method: ScoringMethod, values: readonly number[], points: number): number[] {
  if (method.type === 'quality-scale') return values.map((score) => qualityScore(score, method.max, points));
  return scorePrices(method, values, points);
}

/** True when the formula's scores depend on the other bids (so rankings can flip). */
export function isRelativeFormula(method: Pick<PriceFormula, 'type'>): boolean {
  return method.type !== 'absolute';
}

/** Two scores count as equal when they differ by floating-point noise only. */
export function scoresEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Competition ranking of totals, highest first: [80, 90, 80] -> [2, 1, 2]. Equal totals share a rank
 * and the next rank is skipped.
 */
export function rankScores(totals: readonly number[]): number[] {
  return totals.map((t) => 1 + totals.filter((other) => other > t && !scoresEqual(other, t)).length);
}
