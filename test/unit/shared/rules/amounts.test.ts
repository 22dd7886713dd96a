import { describe, expect, it } from 'vitest';
import { parseAmount } from '@shared/rules/amounts';

describe('parseAmount (prices and points typed in the criteria screens)', () => {
  it.each([
    ['120000', 120000],
    ['120 000', 120000],
    ['120,000', 120000],
    ['1,250,000', 1250000],
    ['120,000.50', 120000.5],
    ['99,5', 99.5],
    ['99,50', 99.5],
    ['0.75', 0.75],
  ])('reads %s as %d', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', /empty/],
    ['abc', /not a number/],
    ['-5', /cannot be negative/],
    ['0', /greater than zero/],
  ])('refuses %j with a specific message', (text, message) => {
    const result = parseAmount(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});
