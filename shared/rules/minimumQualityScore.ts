import type { Criterion } from '../model/criteria';
import { parseWeightInput, qualityPointsAvailable, type WeightParseResult } from './weights';

/*
 * A lot's minimum quality score: points out of 100 (in hundredths, like weights) that a bid must earn on
 * the quality, social and environmental criteria before its price is compared.
 */

/** What the minimum starts at when it is switched on: half the points available, to a whole point, never more than available. */
export function defaultMinimumQualityScore(criteria: readonly Criterion[]): number {
  const points = qualityPointsAvailable(criteria);
  return Math.min(Math.round(points / 2 / 100) * 100, points);
}

/** The minimum score as typed: the two-decimal rule of weights, in words about points rather than weights. */
export function parsePointsInput(text: string): WeightParseResult {
  const result = parseWeightInput(text);
  if (result.ok) return result;
  const words: Record<typeof result.code, string> = {
    empty: 'The minimum score is empty.',
    'not-a-number': result.message,
    negative: 'The minimum score cannot be negative.',
    'too-many-decimals': result.message.replace('A weight takes', 'Points take'),
    'over-100': 'The minimum score cannot be more than 100 points.',
  };
  return { ...result, message: words[result.code], fix: 'Type the points out of 100, for example 20 or 17.5.' };
}
