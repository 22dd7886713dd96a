import { describe, expect, it } from 'vitest';
import { checkCriteria, checkLot, missingDescriptorLevels } from '../../../../shared/rules/criteriaChecks';
import {
  blockingFindings,
  countBySeverity,
  findingsForCriterion,
  hasBlockingFindings,
  sortBySeverity,
  type Finding,
} from '../../../../shared/rules/findings';
import { codes, crit, lot, req, soundCriteria } from './helpers';

describe('a sound lot', () => {
  it('has no findings', () => {
    expect(checkLot(lot(soundCriteria()))).toEqual([]);
  });
});

describe('lot with no criteria', () => {
  it('is an error finding and other weight checks stay quiet', () => {
    const findings = checkLot(lot([]));
    expect(findings).toEqual([
      expect.objectContaining({
        id: 'lot-no-criteria:lot1:lot',
        code: 'lot-no-criteria',
        severity: 'error',
        lotId: 'lot1',
        field: 'criteria',
      }),
    ]);
    expect(findings[0]?.message).toMatch(/no award criteria/);
    expect(findings[0]?.fix).toMatch(/library/);
  });
});

describe('price scoring', () => {
  it('accepts one price criterion with a formula, and a life-cycle cost one', () => {
    expect(checkLot(lot(soundCriteria()))).toEqual([]);
    const cost = [crit('c', 'cost', 6000), crit('q', 'quality', 3000), crit('s', 'social', 1000)];
    expect(checkLot(lot(cost))).toEqual([]);
  });

  it('flags two criteria carrying a price formula', () => {
    const criteria = [
      crit('p', 'price', 3000, { name: 'Price' }),
      crit('c', 'cost', 3000, { name: 'Running cost' }),
      crit('q', 'quality', 3000),
      crit('s', 'social', 1000),
    ];
    const f = checkLot(lot(criteria)).find((x) => x.code === 'price-formula-multiple');
    expect(f?.severity).toBe('error');
    expect(f?.message).toBe('2 criteria carry a price formula ("Price" and "Running cost"); price must be scored once per lot.');
  });

  it('flags a price criterion scored on a quality scale', () => {
    const criteria = soundCriteria().map((c) =>
      c.id === 'p'
        ? { ...c, scoring: { type: 'quality-scale' as const, max: 5 as const, descriptors: ['a', 'b', 'c', 'd', 'e', 'f'] } }
        : c,
    );
    const f = checkLot(lot(criteria)).find((x) => x.code === 'price-needs-formula');
    expect(f).toMatchObject({ criterionId: 'p', field: 'scoring', severity: 'error' });
  });

  it('flags a price formula on a non-price criterion', () => {
    const criteria = soundCriteria().map((c) => (c.id === 's' ? { ...c, scoring: { type: 'deviation-from-lowest' as const } } : c));
    const f = checkLot(lot(criteria)).find((x) => x.code === 'formula-needs-price-category');
    expect(f).toMatchObject({ criterionId: 's', field: 'scoring' });
    expect(f?.message).toMatch(/social criterion but is scored with the deviation from lowest price formula/);
  });

  it('flags absolute bounds that cannot work', () => {
    const criteria = soundCriteria().map((c) =>
      c.id === 'p' ? { ...c, scoring: { type: 'absolute' as const, ceiling: 100, floor: 100 } } : c,
    );
    const f = checkLot(lot(criteria)).find((x) => x.code === 'absolute-bounds');
    expect(f).toMatchObject({ criterionId: 'p', severity: 'error' });
    const good = soundCriteria().map((c) => (c.id === 'p' ? { ...c, scoring: { type: 'absolute' as const, ceiling: 200, floor: 0 } } : c));
    expect(checkLot(lot(good))).toEqual([]);
  });

  it('notes, without blocking, a lot where price is not scored', () => {
    const criteria = [crit('q', 'quality', 7000), crit('s', 'social', 3000)];
    const findings = checkLot(lot(criteria));
    expect(findings).toEqual([expect.objectContaining({ code: 'price-not-scored', severity: 'info' })]);
    expect(hasBlockingFindings(findings)).toBe(false);
  });

  it('scores price through sub-criteria, ignoring the parent method', () => {
    const criteria = [
      crit('p', 'price', 6000, { scoring: { type: 'quality-scale', max: 5, descriptors: [] } }),
      crit('p1', 'price', 6000, { parentId: 'p' }),
      crit('q', 'quality', 3000),
      crit('s', 'social', 1000),
    ];
    expect(checkLot(lot(criteria))).toEqual([]);
  });
});

describe('quality scales', () => {
  it('flags every level without a descriptor', () => {
    const criteria = soundCriteria().map((c) =>
      c.id === 'q'
        ? { ...c, name: 'Service', scoring: { type: 'quality-scale' as const, max: 5 as const, descriptors: ['a', 'b', '  ', 'd'] } }
        : c,
    );
    const f = checkLot(lot(criteria)).find((x) => x.code === 'scale-descriptors-missing');
    expect(f).toMatchObject({ criterionId: 'q', field: 'scoring.descriptors', severity: 'error' });
    expect(f?.message).toBe('The 0-5 scale of "Service" has no descriptor for levels 2, 4 and 5.');
  });

  it('checks 0-10 scales level by level', () => {
    expect(missingDescriptorLevels({ max: 10, descriptors: Array.from({ length: 11 }, (_, i) => `level ${i}`) })).toEqual([]);
    expect(missingDescriptorLevels({ max: 10, descriptors: Array.from({ length: 10 }, (_, i) => `level ${i}`) })).toEqual([10]);
    const criteria = soundCriteria().map((c) =>
      c.id === 's' ? { ...c, scoring: { type: 'quality-scale' as const, max: 10 as const, descriptors: ['x'] } } : c,
    );
    expect(checkLot(lot(criteria)).find((x) => x.code === 'scale-descriptors-missing')?.message).toMatch(
      /levels 1, 2, 3, 4, 5, 6, 7, 8, 9 and 10/,
    );
  });
});

describe('names, weights and evidence', () => {
  it('flags an empty or blank name', () => {
    const criteria = soundCriteria().map((c) => (c.id === 'q' ? { ...c, name: '   ' } : c));
    const f = checkLot(lot(criteria)).find((x) => x.code === 'name-empty');
    expect(f).toMatchObject({ criterionId: 'q', field: 'name', severity: 'error', message: 'The criterion at position 2 has no name.' });
  });

  it('flags a weight of zero on criteria and sub-criteria', () => {
    const criteria = [
      crit('p', 'price', 6000),
      crit('q', 'quality', 3000),
      crit('q1', 'quality', 3000, { parentId: 'q' }),
      crit('q2', 'quality', 0, { parentId: 'q', name: 'Spare' }),
      crit('s', 'social', 1000),
      crit('z', 'environmental', 0),
    ];
    const findings = checkLot(lot(criteria)).filter((x) => x.code === 'weight-not-positive');
    expect(findings.map((f) => f.criterionId)).toEqual(['q2', 'z']);
    expect(findings[0]?.message).toBe('"Spare" has a weight of 0.00%; every criterion needs a weight above zero.');
  });

  it('warns when a non-price criterion asks for no evidence', () => {
    const criteria = soundCriteria().map((c) => (c.id === 's' ? { ...c, evidence: '' } : c));
    const findings = checkLot(lot(criteria));
    expect(findings).toEqual([
      expect.objectContaining({ code: 'evidence-empty', severity: 'warning', criterionId: 's', field: 'evidence' }),
    ]);
    expect(hasBlockingFindings(findings)).toBe(false);
  });
});

describe('pass/fail requirements', () => {
  it('flags unnamed requirements and warns about missing evidence', () => {
    const findings = checkLot(lot(soundCriteria(), { requirements: [req('r1'), req('r2', { name: '' }), req('r3', { evidence: ' ' })] }));
    expect(findings.map((f) => [f.code, f.requirementId, f.severity])).toEqual([
      ['requirement-name-empty', 'r2', 'error'],
      ['requirement-evidence-empty', 'r3', 'warning'],
    ]);
    expect(findings[1]?.message).toBe('The pass/fail requirement "Requirement r3" does not say what evidence shows it is met.');
  });
});

describe('minimum quality score', () => {
  it('accepts a reachable minimum', () => {
    expect(checkLot(lot(soundCriteria(), { minimumQualityScore: 2000 }))).toEqual([]);
    expect(checkLot(lot(soundCriteria(), { minimumQualityScore: 4000 }))).toEqual([]);
  });
  it('flags a minimum above the non-price points', () => {
    const f = checkLot(lot(soundCriteria(), { minimumQualityScore: 4001 })).find((x) => x.code === 'minimum-quality-unreachable');
    expect(f?.message).toBe(
      'The minimum quality score is 40.01 points, but the quality, social and environmental criteria of this lot carry only 40.00 points, so every bid would be excluded.',
    );
  });
  it('notes a minimum of zero', () => {
    expect(codes(checkLot(lot(soundCriteria(), { minimumQualityScore: 0 })))).toEqual(['minimum-quality-zero']);
  });
});

describe('structure (unvalidated data never crashes the checks)', () => {
  it('flags duplicate ids, missing parents and deep nesting', () => {
    const criteria = [
      crit('p', 'price', 6000),
      crit('p', 'quality', 3000),
      crit('s', 'social', 1000),
      crit('o', 'social', 100, { parentId: 'nobody' }),
      crit('s1', 'social', 1000, { parentId: 's' }),
      crit('deep', 'social', 1000, { parentId: 's1' }),
    ];
    const findings = checkLot(lot(criteria)).filter((f) => f.code === 'criteria-structure');
    expect(findings.map((f) => f.criterionId)).toEqual(['p', 'o', 'deep']);
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
  });
});

describe('findings across a tender', () => {
  const lots = [lot(soundCriteria()), { id: 'lot2', criteria: [] }, { id: 'lot3', criteria: [crit('p', 'price', 9999)] }];
  const findings = checkCriteria(lots);

  it('checks every lot and tags findings with the lot', () => {
    expect(findings.filter((f) => f.lotId === 'lot1')).toEqual([]);
    expect(codes(findings.filter((f) => f.lotId === 'lot2'))).toEqual(['lot-no-criteria']);
    expect(codes(findings.filter((f) => f.lotId === 'lot3'))).toEqual(['weight-total', 'social-floor']);
  });

  it('gives every finding a unique, stable id, a message and a fix', () => {
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
    expect(checkCriteria(lots).map((f) => f.id)).toEqual(findings.map((f) => f.id));
    for (const f of findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(10);
    }
  });

  it('blocks exports while an error remains', () => {
    expect(hasBlockingFindings(findings)).toBe(true);
    expect(blockingFindings(findings)).toHaveLength(3);
    expect(hasBlockingFindings([])).toBe(false);
    expect(hasBlockingFindings([{ severity: 'warning' }, { severity: 'info' }])).toBe(false);
  });

  it('sorts, counts and filters findings for the UI', () => {
    const mixed: Finding[] = [
      { id: '1', code: 'x', severity: 'info', lotId: 'l', message: 'm', fix: 'f' },
      { id: '2', code: 'x', severity: 'error', lotId: 'l', criterionId: 'c', field: 'weight', message: 'm', fix: 'f' },
      { id: '3', code: 'x', severity: 'warning', lotId: 'l', criterionId: 'c', field: 'name', message: 'm', fix: 'f' },
    ];
    expect(sortBySeverity(mixed).map((f) => f.id)).toEqual(['2', '3', '1']);
    expect(countBySeverity(mixed)).toEqual({ error: 1, warning: 1, info: 1 });
    expect(findingsForCriterion(mixed, 'c').map((f) => f.id)).toEqual(['2', '3']);
    expect(findingsForCriterion(mixed, 'c', 'name').map((f) => f.id)).toEqual(['3']);
  });
});
