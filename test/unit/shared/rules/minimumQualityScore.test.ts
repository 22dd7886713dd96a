import { describe, expect, it } from 'vitest';
import { defaultMinimumQualityScore, parsePointsInput } from '@shared/rules/minimumQualityScore';
import { crit } from './helpers';

describe('defaultMinimumQualityScore', () => {
  it('is half the points of the quality, social and environmental criteria', () => {
    const criteria = [crit('p', 'price', 6000), crit('q', 'quality', 2500), crit('s', 'social', 1000), crit('e', 'environmental', 500)];
    expect(defaultMinimumQualityScore(criteria)).toBe(2000);
  });

  it('rounds to a whole point, halves up', () => {
    expect(defaultMinimumQualityScore([crit('p', 'price', 2950), crit('q', 'quality', 7050)])).toBe(3500);
    expect(defaultMinimumQualityScore([crit('p', 'price', 3000), crit('q', 'quality', 7000)])).toBe(3500);
    expect(defaultMinimumQualityScore([crit('p', 'price', 9700), crit('q', 'quality', 300)])).toBe(200);
    expect(defaultMinimumQualityScore([crit('p', 'price', 9900), crit('q', 'quality', 100)])).toBe(100);
  });

  it('is never more than the points available, and zero when there are none', () => {
    expect(defaultMinimumQualityScore([crit('p', 'price', 9950), crit('q', 'quality', 50)])).toBe(0);
    expect(defaultMinimumQualityScore([crit('p', 'price', 6000), crit('c', 'cost', 4000)])).toBe(0);
    expect(defaultMinimumQualityScore([])).toBe(0);
  });

  it('counts sub-criteria once, through their parent', () => {
    const criteria = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 4000),
      crit('q1', 'quality', 2000, { parentId: 'q' }),
      crit('q2', 'quality', 2000, { parentId: 'q' }),
    ];
    expect(defaultMinimumQualityScore(criteria)).toBe(2000);
  });
});

describe('parsePointsInput', () => {
  it('takes points the way a weight is taken', () => {
    expect(parsePointsInput('17.5')).toEqual({ ok: true, hundredths: 1750 });
    expect(parsePointsInput(' 20,25 ')).toEqual({ ok: true, hundredths: 2025 });
  });

  it.each([
    ['', 'empty', 'The minimum score is empty.'],
    ['-5', 'negative', 'The minimum score cannot be negative.'],
    ['101', 'over-100', 'The minimum score cannot be more than 100 points.'],
    ['ten', 'not-a-number', '"ten" is not a number.'],
    ['12.345', 'too-many-decimals', 'Points take at most two decimal places; "12.345" has 3.'],
  ])('speaks of points for %j', (text, code, message) => {
    expect(parsePointsInput(text)).toMatchObject({ ok: false, code, message, fix: 'Type the points out of 100, for example 20 or 17.5.' });
  });

  it('keeps the rounding suggestion for too many decimals', () => {
    expect(parsePointsInput('12.345')).toMatchObject({ suggestion: 1235 });
  });
});
