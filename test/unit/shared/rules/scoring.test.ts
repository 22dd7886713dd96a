import { describe, expect, it } from 'vitest';
import {
  ScoringInputError,
  absoluteScore,
  deviationFromLowestScore,
  isRelativeFormula,
  linearLowestHighestScore,
  lowestPriceRatioScore,
  priceProblem,
  qualityScaleScore,
  qualityScore,
  rankScores,
  roundScore,
  scoreByMethod,
  scorePrices,
  weightToPoints,
} from '../../../../shared/rules/scoring';
import type { PriceFormula } from '../../../../shared/model/scoring';

const ALL: PriceFormula[] = [
  { type: 'lowest-price-ratio' },
  { type: 'linear-lowest-highest' },
  { type: 'deviation-from-lowest' },
  { type: 'absolute', ceiling: 200, floor: 50 },
];

describe('lowest-price ratio: S = W × Pmin / Pi', () => {
  it('scores the lowest bid in full and others in proportion', () => {
    expect(scorePrices({ type: 'lowest-price-ratio' }, [100, 125, 200], 60)).toEqual([60, 48, 30]);
    expect(lowestPriceRatioScore(150, 100, 60)).toBeCloseTo(40, 12);
  });
  it('compresses everyone when one bid is very low', () => {
    const [low, a, b] = scorePrices({ type: 'lowest-price-ratio' }, [10, 100, 120], 60);
    expect(low).toBe(60);
    expect((a ?? 0) - (b ?? 0)).toBeLessThan(1.1);
  });
  it('refuses a lowest price above the bid', () => {
    expect(() => lowestPriceRatioScore(100, 120, 60)).toThrow(ScoringInputError);
  });
});

describe('linear between lowest and highest: S = W × (Pmax − Pi) / (Pmax − Pmin)', () => {
  it('gives full points to the lowest, none to the highest, a line between', () => {
    expect(scorePrices({ type: 'linear-lowest-highest' }, [100, 150, 200], 60)).toEqual([60, 30, 0]);
  });
  it('gives full points to everyone when all prices are equal', () => {
    expect(scorePrices({ type: 'linear-lowest-highest' }, [120, 120, 120], 40)).toEqual([40, 40, 40]);
    expect(linearLowestHighestScore(5, 5, 5, 10)).toBe(10);
  });
  it('refuses a price outside the range or reversed bounds', () => {
    expect(() => linearLowestHighestScore(90, 100, 200, 60)).toThrow(/outside/);
    expect(() => linearLowestHighestScore(150, 200, 100, 60)).toThrow(/above the highest/);
  });
});

describe('deviation from lowest: S = W × max(0, 1 − (Pi − Pmin) / Pmin)', () => {
  it('takes away points in step with the percentage above the lowest', () => {
    expect(scorePrices({ type: 'deviation-from-lowest' }, [100, 110, 150], 50)).toEqual([50, 45, 25]);
  });
  it('scores zero, never negative, at twice the lowest price or more', () => {
    expect(scorePrices({ type: 'deviation-from-lowest' }, [100, 200, 350], 50)).toEqual([50, 0, 0]);
    expect(deviationFromLowestScore(1000, 100, 50)).toBe(0);
  });
});

describe('absolute: S = W × clamp((Pceil − Pi) / (Pceil − Pfloor), 0, 1)', () => {
  it('scores against the published bounds', () => {
    expect(absoluteScore(125, 200, 50, 60)).toBe(30);
    expect(absoluteScore(200, 200, 50, 60)).toBe(0);
    expect(absoluteScore(50, 200, 50, 60)).toBe(60);
  });
  it('clamps bids beyond the ceiling or below the floor', () => {
    expect(absoluteScore(500, 200, 50, 60)).toBe(0);
    expect(absoluteScore(10, 200, 50, 60)).toBe(60);
  });
  it('accepts a floor of zero', () => {
    expect(absoluteScore(50, 200, 0, 40)).toBe(30);
  });
  it('does not depend on the other bids', () => {
    const method: PriceFormula = { type: 'absolute', ceiling: 200, floor: 50 };
    const alone = scorePrices(method, [125], 60);
    const crowd = scorePrices(method, [125, 51, 199, 75], 60);
    expect(crowd[0]).toBe(alone[0]);
    expect(isRelativeFormula(method)).toBe(false);
    expect(isRelativeFormula({ type: 'lowest-price-ratio' })).toBe(true);
  });
  it('refuses a ceiling that is not above the floor', () => {
    expect(() => absoluteScore(100, 100, 100, 60)).toThrow(/ceiling price \(100\) must be above the floor price \(100\)/);
    expect(() => absoluteScore(100, 50, 80, 60)).toThrow(ScoringInputError);
    expect(() => absoluteScore(100, 200, -1, 60)).toThrow(/floor price must not be negative/);
  });
});

describe('every price formula', () => {
  it.each(ALL)('gives a single bid a sensible score ($type)', (method) => {
    const [score] = scorePrices(method, [100], 60);
    if (method.type === 'absolute') expect(score).toBe((60 * (200 - 100)) / 150);
    else expect(score).toBe(60);
  });

  it.each(ALL)('gives equal prices equal scores ($type)', (method) => {
    const scores = scorePrices(method, [80, 80, 80], 30);
    expect(new Set(scores).size).toBe(1);
    if (method.type !== 'absolute') expect(scores[0]).toBe(30);
  });

  it.each(ALL)('returns nothing for no bids ($type)', (method) => {
    expect(scorePrices(method, [], 60)).toEqual([]);
  });

  it.each(ALL)('rejects zero, negative and non-finite prices with a clear error ($type)', (method) => {
    expect(() => scorePrices(method, [100, 0], 60)).toThrow('Bid 2: a price of zero cannot be scored; prices must be greater than zero.');
    expect(() => scorePrices(method, [-5, 100], 60)).toThrow(
      'Bid 1: a negative price (-5) cannot be scored; prices must be greater than zero.',
    );
    expect(() => scorePrices(method, [Number.NaN], 60)).toThrow(/not a number/);
    expect(() => scorePrices(method, [Number.POSITIVE_INFINITY], 60)).toThrow(/infinite/);
  });

  it('names the offending bid in the error', () => {
    try {
      scorePrices({ type: 'lowest-price-ratio' }, [100, 90, 0], 60);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScoringInputError);
      expect((error as ScoringInputError).bidIndex).toBe(2);
    }
  });

  it('rejects bad points', () => {
    expect(() => scorePrices({ type: 'lowest-price-ratio' }, [100], -1)).toThrow(/points/);
    expect(() => lowestPriceRatioScore(100, 100, Number.NaN)).toThrow(/points/);
  });

  it('reports price problems without throwing', () => {
    expect(priceProblem(10)).toBeUndefined();
    expect(priceProblem(0)).toMatch(/zero/);
    expect(priceProblem(-1)).toMatch(/negative/);
    expect(priceProblem(Number.NaN)).toMatch(/finite/);
  });
});

describe('quality scale: W × s / smax', () => {
  it('scores on 0-5 and 0-10 scales', () => {
    expect(qualityScore(4, 5, 30)).toBe(24);
    expect(qualityScore(0, 5, 30)).toBe(0);
    expect(qualityScore(5, 5, 30)).toBe(30);
    expect(qualityScaleScore({ max: 10 }, 7, 20)).toBe(14);
    expect(qualityScore(3.5, 5, 10)).toBe(7);
  });
  it('rejects scores off the scale', () => {
    expect(() => qualityScore(6, 5, 30)).toThrow('A score of 6 is outside the 0-5 scale.');
    expect(() => qualityScore(-1, 5, 30)).toThrow(/outside/);
    expect(() => qualityScore(Number.NaN, 5, 30)).toThrow(/must be a number/);
    expect(() => qualityScore(1, 0, 30)).toThrow(/top of the scale/);
  });
});

describe('scoreByMethod', () => {
  it('scores prices with a formula and scale scores with the scale', () => {
    expect(scoreByMethod({ type: 'lowest-price-ratio' }, [100, 200], 60)).toEqual([60, 30]);
    expect(scoreByMethod({ type: 'quality-scale', max: 5, descriptors: [] }, [5, 3, 0], 20)).toEqual([20, 12, 0]);
    expect(() => scoreByMethod({ type: 'quality-scale', max: 5, descriptors: [] }, [6], 20)).toThrow(ScoringInputError);
  });
});

describe('helpers', () => {
  it('converts weights to points and rounds for display', () => {
    expect(weightToPoints(6000)).toBe(60);
    expect(weightToPoints(3333)).toBe(33.33);
    expect(roundScore(100 / 3)).toBe(33.33);
    expect(roundScore(1.005)).toBe(1.01);
  });
  it('ranks highest first, sharing ranks on ties', () => {
    expect(rankScores([80, 90, 80, 70])).toEqual([2, 1, 2, 4]);
    expect(rankScores([0.1 + 0.2, 0.3])).toEqual([1, 1]);
    expect(rankScores([])).toEqual([]);
  });
});
