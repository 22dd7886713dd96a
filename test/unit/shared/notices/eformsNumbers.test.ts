import { describe, expect, it } from 'vitest';
import { percentToHundredths } from '@shared/notices/eformsNumbers';

describe('percentages from a notice to integer hundredths', () => {
  it.each([
    ['33.33', 3333],
    ['33.34', 3334],
    ['60', 6000],
    ['12.5', 1250],
    ['12.50', 1250],
    ['33.330', 3333],
    ['0.01', 1],
    ['.5', 50],
    ['+8', 800],
    ['100', 10000],
    ['0', 0],
    [' 40 ', 4000],
    ['007.50', 750],
  ])('reads %s exactly as %i', (text, value) => {
    expect(percentToHundredths(text)).toEqual({ ok: true, value });
  });

  it('keeps 33.33 + 33.33 + 33.34 at exactly 100%', () => {
    const sum = ['33.33', '33.33', '33.34'].map((t) => percentToHundredths(t)).reduce((n, r) => n + (r.ok ? r.value : NaN), 0);
    expect(sum).toBe(10000);
  });

  it.each([
    ['33.333', /more than two decimals.*not rounded/],
    ['33.3349', /more than two decimals/],
    ['abc', /not a number/],
    ['', /not a number/],
    ['-5', /not a number/],
    ['1e2', /not a number/],
    ['100.01', /more than 100%/],
    ['250', /more than 100%/],
  ])('does not guess %s', (text, reason) => {
    const result = percentToHundredths(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
