import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  CriteriaListSchema,
  CriteriaSettingsSchema,
  CriterionSchema,
  DEFAULT_CRITERIA_SETTINGS,
  LotCriteriaSchema,
  RequirementListSchema,
  SOCIAL_FLOOR_MINIMUM,
  canonicalOrder,
  criteriaTree,
  effectiveFloors,
  emptyLotCriteria,
  lotCriteriaShape,
  newCriterion,
  newRequirement,
  type Criterion,
} from '../../../../shared/model/criteria';
import {
  addCriterion,
  moveCriterion,
  moveCriterionTo,
  nestCriterion,
  promoteCriterion,
  removeCriterion,
  updateCriterion,
} from '../../../../shared/rules/criteriaEdits';
import { ScoringMethodSchema, defaultQualityScale, resizeQualityScale } from '../../../../shared/model/scoring';
import { LotSchema } from '../../../../shared/model/tender';
import { crit } from '../rules/helpers';

const order = (list: Criterion[]) => list.map((c) => (c.parentId ? `${c.parentId}>${c.id}` : c.id));

describe('criterion schema', () => {
  it('accepts a complete criterion and refuses unknown keys', () => {
    expect(CriterionSchema.safeParse(crit('a', 'social', 1000)).success).toBe(true);
    expect(CriterionSchema.safeParse({ ...crit('a', 'social', 1000), colour: 'red' }).success).toBe(false);
  });

  it('stores weights as whole hundredths between 0 and 100%', () => {
    for (const weight of [0, 1, 3333, 10000]) expect(CriterionSchema.safeParse(crit('a', 'price', weight)).success).toBe(true);
    for (const weight of [-1, 10001, 33.33, Number.NaN]) expect(CriterionSchema.safeParse(crit('a', 'price', weight)).success).toBe(false);
  });

  it('lets an empty name be saved (the rules report it)', () => {
    expect(CriterionSchema.safeParse(crit('a', 'price', 100, { name: '' })).success).toBe(true);
  });

  it('validates every scoring method', () => {
    const ok = [
      { type: 'lowest-price-ratio' },
      { type: 'linear-lowest-highest' },
      { type: 'deviation-from-lowest' },
      { type: 'absolute', ceiling: 200, floor: 0 },
      defaultQualityScale(5),
      defaultQualityScale(10),
      { type: 'quality-scale', max: 5, descriptors: [] },
    ];
    for (const m of ok) expect(ScoringMethodSchema.safeParse(m).success, JSON.stringify(m)).toBe(true);
    const bad = [
      { type: 'median' },
      { type: 'absolute', ceiling: 200 },
      { type: 'absolute', ceiling: Number.POSITIVE_INFINITY, floor: 0 },
      { type: 'absolute', ceiling: 200, floor: -1 },
      { type: 'quality-scale', max: 7, descriptors: [] },
      { type: 'quality-scale', max: 5, descriptors: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      { type: 'lowest-price-ratio', ceiling: 5 },
    ];
    for (const m of bad) expect(ScoringMethodSchema.safeParse(m).success, JSON.stringify(m)).toBe(false);
  });

  it('gives default scales a descriptor for every level and resizes without losing text', () => {
    expect(defaultQualityScale(5).descriptors).toHaveLength(6);
    expect(defaultQualityScale(10).descriptors).toHaveLength(11);
    const custom = { type: 'quality-scale' as const, max: 5 as const, descriptors: ['zero', 'one', 'two', 'three', 'four', 'five'] };
    const ten = resizeQualityScale(custom, 10);
    expect(ten.descriptors.slice(0, 6)).toEqual(custom.descriptors);
    expect(ten.descriptors.slice(6)).toEqual(['', '', '', '', '']);
    expect(resizeQualityScale(ten, 5)).toEqual(custom);
  });
});

describe('criteria list schema (structure)', () => {
  it('accepts one level of sub-criteria', () => {
    const list = [crit('a', 'quality', 3000), crit('a1', 'quality', 3000, { parentId: 'a' })];
    expect(CriteriaListSchema.safeParse(list).success).toBe(true);
  });

  it.each([
    ['duplicate ids', [crit('a', 'quality', 1), crit('a', 'social', 1)], 'used twice'],
    ['an unknown parent', [crit('a', 'quality', 1, { parentId: 'x' })], 'not in this lot'],
    ['its own parent', [crit('a', 'quality', 1, { parentId: 'a' })], 'its own parent'],
    [
      'two levels of nesting',
      [crit('a', 'quality', 1), crit('b', 'quality', 1, { parentId: 'a' }), crit('c', 'quality', 1, { parentId: 'b' })],
      'one level deep',
    ],
  ])('refuses %s', (_label, list, message) => {
    const r = CriteriaListSchema.safeParse(list);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(message);
  });

  it('refuses duplicate requirement ids', () => {
    expect(RequirementListSchema.safeParse([newRequirement({ id: 'r' }), newRequirement({ id: 'r' })]).success).toBe(false);
  });

  it('composes into a Lot later without touching tender.ts', () => {
    const LotWithCriteria = LotSchema.extend(lotCriteriaShape);
    const lot = { id: 'lot1', title: 'Laptops', ...emptyLotCriteria() };
    expect(LotWithCriteria.parse(lot)).toEqual(lot);
    const r = LotWithCriteria.safeParse({ ...lot, criteria: [crit('a', 'quality', 1, { parentId: 'x' })] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['criteria', 0, 'parentId']);
    expect(LotCriteriaSchema.safeParse({ criteria: [], requirements: [], minimumQualityScore: 4000 }).success).toBe(true);
    expect(LotCriteriaSchema.safeParse({ criteria: [], requirements: [], minimumQualityScore: 40.5 }).success).toBe(false);
    expectTypeOf<z.infer<typeof LotWithCriteria>['criteria']>().toEqualTypeOf<Criterion[]>();
  });
});

describe('criteria settings', () => {
  it('has a default at the minimum floor and 0-5 scales', () => {
    expect(SOCIAL_FLOOR_MINIMUM).toBe(800);
    expect(CriteriaSettingsSchema.parse(DEFAULT_CRITERIA_SETTINGS)).toEqual({
      socialFloor: 800,
      categoryFloors: {},
      defaultQualityScale: 5,
    });
  });

  it('stores a floor below 8% (so it can be flagged) but applies 8%', () => {
    const low = { socialFloor: 500, categoryFloors: { environmental: 3000 }, defaultQualityScale: 10 };
    expect(CriteriaSettingsSchema.safeParse(low).success).toBe(true);
    expect(effectiveFloors(CriteriaSettingsSchema.parse(low))).toEqual({ social: 800, environmental: 3000 });
    expect(effectiveFloors({ ...DEFAULT_CRITERIA_SETTINGS, socialFloor: 1000 })).toEqual({ social: 1000 });
  });

  it('refuses malformed settings', () => {
    expect(CriteriaSettingsSchema.safeParse({ ...DEFAULT_CRITERIA_SETTINGS, socialFloor: 8.5 }).success).toBe(false);
    expect(CriteriaSettingsSchema.safeParse({ ...DEFAULT_CRITERIA_SETTINGS, defaultQualityScale: 7 }).success).toBe(false);
    expect(CriteriaSettingsSchema.safeParse({ ...DEFAULT_CRITERIA_SETTINGS, categoryFloors: { price: 1000 } }).success).toBe(false);
  });
});

describe('tree helpers', () => {
  const list = [
    crit('a', 'price', 6000),
    crit('b', 'quality', 3000),
    crit('b1', 'quality', 2000, { parentId: 'b' }),
    crit('b2', 'quality', 1000, { parentId: 'b' }),
    crit('c', 'social', 1000),
  ];

  it('builds a tree and a canonical order', () => {
    expect(criteriaTree(list).map((n) => [n.criterion.id, n.children.map((c) => c.id)])).toEqual([
      ['a', []],
      ['b', ['b1', 'b2']],
      ['c', []],
    ]);
    const scrambled = [list[2], list[0], list[4], list[3], list[1]] as Criterion[];
    // Top-level order is kept; each sub-criterion follows its parent, in sibling order.
    expect(order(canonicalOrder(scrambled))).toEqual(['a', 'c', 'b', 'b>b1', 'b>b2']);
  });

  it('moves a top-level criterion with its sub-criteria, by keyboard and to an index', () => {
    expect(order(moveCriterion(list, 'b', -1))).toEqual(['b', 'b>b1', 'b>b2', 'a', 'c']);
    expect(order(moveCriterion(list, 'b', 1))).toEqual(['a', 'c', 'b', 'b>b1', 'b>b2']);
    expect(order(moveCriterionTo(list, 'c', 0))).toEqual(['c', 'a', 'b', 'b>b1', 'b>b2']);
    expect(order(moveCriterion(list, 'a', -1))).toEqual(order(list));
    expect(order(moveCriterionTo(list, 'a', 99))).toEqual(['b', 'b>b1', 'b>b2', 'c', 'a']);
    expect(order(moveCriterion(list, 'missing', 1))).toEqual(order(list));
  });

  it('moves a sub-criterion among its siblings only', () => {
    expect(order(moveCriterion(list, 'b2', -1))).toEqual(['a', 'b', 'b>b2', 'b>b1', 'c']);
    expect(order(moveCriterion(list, 'b1', -1))).toEqual(order(list));
  });

  it('nests and promotes one level deep', () => {
    const nested = nestCriterion(list, 'c', 'a');
    expect(nested.ok && order(nested.criteria)).toEqual(['a', 'a>c', 'b', 'b>b1', 'b>b2']);
    expect(nestCriterion(list, 'b', 'a')).toMatchObject({ ok: false, reason: /has sub-criteria of its own/ });
    expect(nestCriterion(list, 'c', 'b1')).toMatchObject({ ok: false, reason: /one level deep/ });
    expect(nestCriterion(list, 'c', 'c')).toMatchObject({ ok: false });
    const promoted = promoteCriterion(list, 'b1');
    expect(promoted.ok && order(promoted.criteria)).toEqual(['a', 'b', 'b>b2', 'b1', 'c']);
    expect(promoted.ok && CriteriaListSchema.safeParse(promoted.criteria).success).toBe(true);
  });

  it('adds, updates and removes without mutating the input', () => {
    const added = addCriterion(list, crit('b3', 'quality', 0, { parentId: 'b' }));
    expect(order(added)).toEqual(['a', 'b', 'b>b1', 'b>b2', 'b>b3', 'c']);
    expect(updateCriterion(list, 'a', { name: 'Price' }).find((c) => c.id === 'a')?.name).toBe('Price');
    expect(order(removeCriterion(list, 'b'))).toEqual(['a', 'c']);
    expect(list).toHaveLength(5);
    expect(list[0]?.name).toBe('Criterion a');
  });

  it('creates new criteria with sensible defaults', () => {
    const price = newCriterion('price');
    expect(price.scoring).toEqual({ type: 'lowest-price-ratio' });
    expect(price.id).toMatch(/^crit-/);
    const social = newCriterion('social', { id: 's', parentId: 'p', scaleMax: 10 });
    expect(social).toMatchObject({ id: 's', parentId: 'p', weight: 0, scoring: { type: 'quality-scale', max: 10 } });
    expect(CriterionSchema.safeParse(social).success).toBe(true);
  });
});
