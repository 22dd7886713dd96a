import { describe, expect, it } from 'vitest';
import {
  balanceRemainingWeight,
  categoryShares,
  distributeEvenly,
  distributeLevelEvenly,
  formatWeight,
  formatWeightPercent,
  parseWeightInput,
  qualityPointsAvailable,
  remainingWeight,
  scaleProportionally,
  setCriterionWeight,
  socialShare,
  sumWeights,
  totalWeight,
} from '../../../../shared/rules/weights';
import { crit } from './helpers';

describe('parseWeightInput', () => {
  it.each([
    ['25', 2500],
    ['12.5', 1250],
    ['33.33', 3333],
    ['33,34', 3334],
    ['0.01', 1],
    ['100', 10000],
    ['100.00', 10000],
    [' 7.5 % ', 750],
    ['.5', 50],
    ['5.', 500],
    ['007', 700],
    ['+5', 500],
    ['10.120', 1012],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %i hundredths', (text, hundredths) => {
    expect(parseWeightInput(text)).toEqual({ ok: true, hundredths });
  });

  it('gives a specific message for text', () => {
    const r = parseWeightInput('abc');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('not-a-number');
    expect(r.message).toBe('"abc" is not a number.');
    expect(r.fix).toMatch(/digits/);
  });

  it.each(['1e3', '12..5', '1.2.3', '.', '--5', '5 5', '½', 'NaN', 'Infinity', '0x10', '%'])('rejects %j as not a number', (text) => {
    const r = parseWeightInput(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.code).toBe(text === '%' ? 'empty' : 'not-a-number');
  });

  it('gives a specific message for a negative weight', () => {
    const r = parseWeightInput('-5');
    expect(r).toMatchObject({ ok: false, code: 'negative' });
    if (!r.ok) expect(r.message).toBe('A weight cannot be negative ("-5" was typed).');
    expect(parseWeightInput('−2.5')).toMatchObject({ ok: false, code: 'negative' });
  });

  it('gives a specific message, and a rounded suggestion, for more than two decimals', () => {
    const r = parseWeightInput('10.123');
    expect(r).toMatchObject({ ok: false, code: 'too-many-decimals', suggestion: 1012 });
    if (!r.ok) {
      expect(r.message).toBe('A weight takes at most two decimal places; "10.123" has 3.');
      expect(r.fix).toBe('Round it to two decimals, for example 10.12.');
    }
    expect(parseWeightInput('10.125')).toMatchObject({ code: 'too-many-decimals', suggestion: 1013 });
    expect(parseWeightInput('99.999')).toMatchObject({ code: 'too-many-decimals', suggestion: 10000 });
    expect(parseWeightInput('0,0001')).toMatchObject({ code: 'too-many-decimals', suggestion: 0 });
  });

  it('gives a specific message for an empty field', () => {
    expect(parseWeightInput('')).toMatchObject({ ok: false, code: 'empty', message: 'The weight is empty.' });
    expect(parseWeightInput('   ')).toMatchObject({ ok: false, code: 'empty' });
  });

  it('refuses more than 100%, however long the number', () => {
    expect(parseWeightInput('100.01')).toMatchObject({ ok: false, code: 'over-100' });
    expect(parseWeightInput('150')).toMatchObject({ ok: false, code: 'over-100' });
    expect(parseWeightInput('99999999999999999999999')).toMatchObject({ ok: false, code: 'over-100' });
  });

  it('never throws, whatever is typed', () => {
    for (const text of ['', ' ', '-', '+', ',', '%%', '1,2,3', 'ten', '\u0000', 'x'.repeat(10_000), '9'.repeat(400)]) {
      expect(() => parseWeightInput(text)).not.toThrow();
    }
  });

  it('round-trips every weight through formatWeight', () => {
    const mismatches: number[] = [];
    for (let h = 0; h <= 10000; h += 1) {
      const r = parseWeightInput(formatWeight(h));
      if (!r.ok || r.hundredths !== h) mismatches.push(h);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('formatWeight', () => {
  it.each([
    [3333, '33.33'],
    [10000, '100.00'],
    [5, '0.05'],
    [50, '0.50'],
    [0, '0.00'],
    [-1, '-0.01'],
    [1250, '12.50'],
  ])('formats %i as %s', (h, text) => {
    expect(formatWeight(h)).toBe(text);
  });

  it('adds a percent sign on request', () => {
    expect(formatWeightPercent(9999)).toBe('99.99%');
  });
});

describe('integer sums', () => {
  it('adds 33.33 + 33.33 + 33.34 to exactly 100%', () => {
    const parts = ['33.33', '33.33', '33.34'].map((t) => {
      const r = parseWeightInput(t);
      if (!r.ok) throw new Error(t);
      return r.hundredths;
    });
    expect(parts.reduce((a, b) => a + b, 0)).toBe(10000);
    // Why integers: a float sum of other valid splits misses 100.
    expect(0.01 + 73.37 + 26.62).not.toBe(100);
    const other = ['0.01', '73.37', '26.62'].map((t) => parseWeightInput(t)).map((r) => (r.ok ? r.hundredths : NaN));
    expect(other.reduce((a, b) => a + b, 0)).toBe(10000);
  });

  it('sums weights, top-level totals and category shares', () => {
    const list = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 2000),
      crit('q1', 'quality', 1200, { parentId: 'q' }),
      crit('q2', 'quality', 800, { parentId: 'q' }),
      crit('s', 'social', 1000),
      crit('e', 'environmental', 1000),
    ];
    expect(sumWeights(list)).toBe(12000);
    expect(totalWeight(list)).toBe(10000);
    expect(categoryShares(list)).toEqual({ price: 6000, cost: 0, quality: 2000, social: 1000, environmental: 1000 });
    expect(socialShare(list)).toBe(1000);
    expect(qualityPointsAvailable(list)).toBe(4000);
  });
});

describe('distributeEvenly and scaleProportionally', () => {
  it('splits 100% over three into parts that total exactly 100%', () => {
    expect(distributeEvenly(10000, 3)).toEqual([3334, 3333, 3333]);
    expect(distributeEvenly(10000, 7).reduce((a, b) => a + b, 0)).toBe(10000);
    expect(distributeEvenly(10000, 0)).toEqual([]);
  });

  it('keeps proportions and the exact total', () => {
    expect(scaleProportionally([1000, 2000, 1000], 2000)).toEqual([500, 1000, 500]);
    expect(scaleProportionally([1, 1, 1], 100)).toEqual([34, 33, 33]);
    expect(scaleProportionally([0, 0], 501)).toEqual([251, 250]);
    expect(scaleProportionally([], 100)).toEqual([]);
    for (const total of [1, 7, 999, 3333, 10000]) {
      expect(scaleProportionally([3, 5, 7, 11], total).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });
});

describe('remaining weight and balancing', () => {
  const list = [
    crit('p', 'price', 6000),
    crit('q', 'quality', 2000),
    crit('q1', 'quality', 1500, { parentId: 'q' }),
    crit('q2', 'quality', 0, { parentId: 'q' }),
    crit('s', 'social', 1000),
  ];

  it('reports what is left at each level', () => {
    expect(remainingWeight(list)).toBe(1000);
    expect(remainingWeight(list, 'q')).toBe(500);
  });

  it('gives a top-level criterion what the lot lacks and rescales its sub-criteria', () => {
    const r = balanceRemainingWeight(list, 'q');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.weight).toBe(3000);
    expect(totalWeight(r.criteria)).toBe(10000);
    expect(r.criteria.find((c) => c.id === 'q1')?.weight).toBe(3000);
    expect(r.criteria.find((c) => c.id === 'q2')?.weight).toBe(0);
  });

  it('gives a sub-criterion what its parent lacks', () => {
    const r = balanceRemainingWeight(list, 'q2');
    expect(r).toMatchObject({ ok: true, weight: 500 });
  });

  it('refuses when nothing is left, and says why', () => {
    const full = [crit('a', 'price', 10000), crit('b', 'social', 1500)];
    const r = balanceRemainingWeight(full, 'b');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/the other criteria already take 100\.00% of 100\.00%/);
    const sub = [crit('q', 'quality', 1000), crit('q1', 'quality', 1000, { parentId: 'q' }), crit('q2', 'quality', 100, { parentId: 'q' })];
    expect(balanceRemainingWeight(sub, 'q2')).toMatchObject({ ok: false, reason: /sub-criteria of "Criterion q"/ });
    expect(balanceRemainingWeight(full, 'missing').ok).toBe(false);
  });

  it('sets a weight and rescales sub-criteria, or leaves them when asked', () => {
    const rescaled = setCriterionWeight(list, 'q', 4000);
    expect(rescaled.filter((c) => c.parentId === 'q').map((c) => c.weight)).toEqual([4000, 0]);
    const kept = setCriterionWeight(list, 'q', 4000, { rescaleChildren: false });
    expect(kept.filter((c) => c.parentId === 'q').map((c) => c.weight)).toEqual([1500, 0]);
    expect(list.find((c) => c.id === 'q')?.weight).toBe(2000);
  });

  it('distributes a level evenly', () => {
    const even = distributeLevelEvenly(list);
    expect(even.filter((c) => c.parentId === undefined).map((c) => c.weight)).toEqual([3334, 3333, 3333]);
    expect(totalWeight(even)).toBe(10000);
    const sub = distributeLevelEvenly(list, 'q');
    expect(sub.filter((c) => c.parentId === 'q').map((c) => c.weight)).toEqual([1000, 1000]);
  });
});
