import { describe, expect, it } from 'vitest';
import { checkLot } from '../../../../shared/rules/criteriaChecks';
import { checkCriteriaSettings, floorStatus } from '../../../../shared/rules/weightingChecks';
import { DEFAULT_CRITERIA_SETTINGS, type CriteriaSettings } from '../../../../shared/model/criteria';
import { codes, crit, lot } from './helpers';

const settings = (patch: Partial<CriteriaSettings>): CriteriaSettings => ({ ...DEFAULT_CRITERIA_SETTINGS, ...patch });

describe('weights total exactly 100.00%', () => {
  it('accepts 33.33 + 33.33 + 33.34 as exactly 100%', () => {
    const criteria = [crit('p', 'price', 3333), crit('q', 'quality', 3333), crit('s', 'social', 3334)];
    expect(codes(checkLot(lot(criteria)))).not.toContain('weight-total');
  });

  it('flags 99.99% and states the gap', () => {
    const criteria = [crit('p', 'price', 3333), crit('q', 'quality', 3333), crit('s', 'social', 3333)];
    const f = checkLot(lot(criteria)).find((x) => x.code === 'weight-total');
    expect(f).toMatchObject({ severity: 'error', lotId: 'lot1', field: 'weight' });
    expect(f?.message).toBe('The criteria in this lot add up to 99.99%, which is 0.01% short of 100%.');
    expect(f?.fix).toMatch(/Add 0\.01%/);
  });

  it('flags a total over 100% and states the excess', () => {
    const criteria = [crit('p', 'price', 6050), crit('q', 'quality', 3000), crit('s', 'social', 1000)];
    const f = checkLot(lot(criteria)).find((x) => x.code === 'weight-total');
    expect(f?.message).toBe('The criteria in this lot add up to 100.50%, which is 0.50% more than 100%.');
    expect(f?.fix).toMatch(/Take 0\.50% off/);
  });

  it('counts only top-level weights toward the total', () => {
    const criteria = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 3000),
      crit('q1', 'quality', 2000, { parentId: 'q' }),
      crit('q2', 'quality', 1000, { parentId: 'q' }),
      crit('s', 'social', 1000),
    ];
    expect(checkLot(lot(criteria))).toEqual([]);
  });
});

describe('sub-criteria total their parent', () => {
  it('flags sub-criteria that fall short, on the parent', () => {
    const criteria = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 3000, { name: 'Quality' }),
      crit('q1', 'quality', 1500, { parentId: 'q' }),
      crit('q2', 'quality', 1000, { parentId: 'q' }),
      crit('s', 'social', 1000),
    ];
    const findings = checkLot(lot(criteria));
    expect(codes(findings)).toEqual(['subcriteria-total']);
    expect(findings[0]).toMatchObject({ criterionId: 'q', field: 'weight', severity: 'error' });
    expect(findings[0]?.message).toBe('The sub-criteria of "Quality" add up to 25.00%, but "Quality" weighs 30.00% (5.00% short).');
  });

  it('flags sub-criteria that exceed the parent, and decimal sums that match', () => {
    const over = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 3000),
      crit('q1', 'quality', 2001, { parentId: 'q' }),
      crit('q2', 'quality', 1000, { parentId: 'q' }),
      crit('s', 'social', 1000),
    ];
    expect(checkLot(lot(over)).find((f) => f.code === 'subcriteria-total')?.message).toMatch(/30\.01%.*\(0\.01% too much\)/);
    const thirds = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 1000),
      crit('q1', 'quality', 333, { parentId: 'q' }),
      crit('q2', 'quality', 333, { parentId: 'q' }),
      crit('q3', 'quality', 334, { parentId: 'q' }),
      crit('s', 'social', 3000),
    ];
    expect(checkLot(lot(thirds))).toEqual([]);
  });

  it('warns when a sub-criterion has another category than its parent', () => {
    const criteria = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 3000),
      crit('q1', 'social', 3000, { parentId: 'q' }),
      crit('s', 'social', 1000),
    ];
    const f = checkLot(lot(criteria)).find((x) => x.code === 'subcriterion-category');
    expect(f).toMatchObject({ severity: 'warning', criterionId: 'q1', field: 'category' });
    expect(f?.message).toMatch(/its weight counts as quality/);
  });
});

describe('social floor', () => {
  it('accepts exactly 8%', () => {
    const criteria = [crit('p', 'price', 6000), crit('q', 'quality', 3200), crit('s', 'social', 800)];
    expect(checkLot(lot(criteria))).toEqual([]);
  });

  it('flags 7.99% and states the gap', () => {
    const criteria = [crit('p', 'price', 6000), crit('q', 'quality', 3201), crit('s', 'social', 799)];
    const f = checkLot(lot(criteria)).find((x) => x.code === 'social-floor');
    expect(f).toMatchObject({ severity: 'error', field: 'socialShare', lotId: 'lot1' });
    expect(f?.message).toBe('Social criteria make up 7.99% of this lot; the floor is 8.00%, so 0.01% is missing.');
  });

  it('flags a lot with no social criteria', () => {
    const criteria = [crit('p', 'price', 7000), crit('q', 'quality', 3000)];
    const f = checkLot(lot(criteria)).find((x) => x.code === 'social-floor');
    expect(f?.message).toBe('This lot has no social criteria; the floor is 8.00%, so 8.00% is missing.');
  });

  it('says 0.00% rather than "no social criteria" when one exists at zero weight', () => {
    const criteria = [crit('p', 'price', 7000), crit('q', 'quality', 3000), crit('s', 'social', 0)];
    const f = checkLot(lot(criteria)).find((x) => x.code === 'social-floor');
    expect(f?.message).toBe('Social criteria make up 0.00% of this lot; the floor is 8.00%, so 8.00% is missing.');
  });

  it('counts top-level social weight only', () => {
    const criteria = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 4000),
      crit('q1', 'social', 1000, { parentId: 'q' }),
      crit('q2', 'quality', 3000, { parentId: 'q' }),
    ];
    expect(codes(checkLot(lot(criteria)))).toContain('social-floor');
  });

  it('lets settings raise the floor', () => {
    const criteria = [crit('p', 'price', 6000), crit('q', 'quality', 3000), crit('s', 'social', 1000)];
    expect(checkLot(lot(criteria), settings({ socialFloor: 1000 }))).toEqual([]);
    const f = checkLot(lot(criteria), settings({ socialFloor: 1500 })).find((x) => x.code === 'social-floor');
    expect(f?.message).toBe('Social criteria make up 10.00% of this lot; the floor is 15.00%, so 5.00% is missing.');
  });

  it('never lets settings lower the floor below 8%, and says so', () => {
    const criteria = [crit('p', 'price', 6000), crit('q', 'quality', 3500), crit('s', 'social', 500)];
    const f = checkLot(lot(criteria), settings({ socialFloor: 500 })).find((x) => x.code === 'social-floor');
    expect(f).toBeDefined();
    expect(f?.message).toMatch(
      /the floor is 8\.00%, so 3\.00% is missing\. Your organisation's setting of 5\.00% is below Tenderwright's minimum, so 8\.00% applies\./,
    );
    expect(floorStatus(criteria, settings({ socialFloor: 0 }))).toEqual([{ category: 'social', share: 500, floor: 800, met: false }]);
  });

  it('flags a settings value below 8% on the settings screen', () => {
    expect(checkCriteriaSettings(DEFAULT_CRITERIA_SETTINGS)).toEqual([]);
    const findings = checkCriteriaSettings(settings({ socialFloor: 500 }));
    expect(findings).toEqual([expect.objectContaining({ code: 'social-floor-below-minimum', severity: 'warning', field: 'socialFloor' })]);
    expect(findings[0]?.message).toMatch(/5\.00%, below Tenderwright's minimum of 8\.00%; the checks apply 8\.00% instead/);
  });
});

describe('extra category floors', () => {
  it('checks an environmental floor', () => {
    const criteria = [crit('p', 'price', 6000), crit('e', 'environmental', 2000), crit('s', 'social', 2000)];
    const s = settings({ categoryFloors: { environmental: 3000 } });
    const f = checkLot(lot(criteria), s).find((x) => x.code === 'category-floor');
    expect(f).toMatchObject({ severity: 'error', field: 'environmentalShare', id: 'category-floor:lot1:lot:environmental' });
    expect(f?.message).toBe('Environmental criteria make up 20.00% of this lot; the floor is 30.00%, so 10.00% is missing.');
    expect(floorStatus(criteria, s).map((x) => [x.category, x.met])).toEqual([
      ['social', true],
      ['environmental', false],
    ]);
  });

  it('checks a quality floor and ignores a floor of zero', () => {
    const criteria = [crit('p', 'price', 8000), crit('q', 'quality', 1000), crit('s', 'social', 1000)];
    expect(codes(checkLot(lot(criteria), settings({ categoryFloors: { quality: 2000 } })))).toContain('category-floor');
    expect(checkLot(lot(criteria), settings({ categoryFloors: { quality: 0, environmental: 0 } }))).toEqual([]);
  });

  it('flags floors that together exceed 100%', () => {
    const findings = checkCriteriaSettings(settings({ socialFloor: 5000, categoryFloors: { environmental: 3000, quality: 3000 } }));
    expect(findings).toEqual([expect.objectContaining({ code: 'floors-over-100', severity: 'error' })]);
    expect(findings[0]?.message).toMatch(/110\.00%/);
  });
});
