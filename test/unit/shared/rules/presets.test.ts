import { describe, expect, it } from 'vitest';
import { WEIGHT_PRESETS, applyWeightPreset, findPreset, presetProblems } from '../../../../shared/rules/presets';
import { checkLot } from '../../../../shared/rules/criteriaChecks';
import { categoryShares, totalWeight } from '../../../../shared/rules/weights';
import { CriteriaListSchema } from '../../../../shared/model/criteria';
import { crit } from './helpers';

function ids() {
  let n = 0;
  return () => `new${++n}`;
}

describe('weight presets', () => {
  it('all total 100% and respect the 8% social floor', () => {
    expect(WEIGHT_PRESETS.length).toBeGreaterThanOrEqual(3);
    for (const preset of WEIGHT_PRESETS) expect(presetProblems(preset)).toEqual([]);
    expect(new Set(WEIGHT_PRESETS.map((p) => p.id)).size).toBe(WEIGHT_PRESETS.length);
  });

  it('includes price 60 / quality 30 / social 10', () => {
    const preset = findPreset('price60-quality30-social10');
    expect(preset?.parts).toEqual([
      { category: 'price', weight: 6000 },
      { category: 'quality', weight: 3000 },
      { category: 'social', weight: 1000 },
    ]);
  });

  it('notices a broken preset', () => {
    expect(
      presetProblems({
        id: 'x',
        name: 'X',
        description: '',
        parts: [
          { category: 'price', weight: 9500 },
          { category: 'social', weight: 400 },
        ],
      }),
    ).toHaveLength(2);
  });
});

describe('applyWeightPreset', () => {
  const preset = findPreset('price60-quality30-social10');
  if (!preset) throw new Error('preset missing');

  it('fills an empty lot with one criterion per category, and the lot passes the weight checks', () => {
    const r = applyWeightPreset([], preset, { makeId: ids() });
    expect(r.created).toEqual(['new1', 'new2', 'new3']);
    expect(r.zeroed).toEqual([]);
    expect(r.criteria.map((c) => [c.id, c.category, c.weight, c.scoring.type])).toEqual([
      ['new1', 'price', 6000, 'lowest-price-ratio'],
      ['new2', 'quality', 3000, 'quality-scale'],
      ['new3', 'social', 1000, 'quality-scale'],
    ]);
    expect(CriteriaListSchema.safeParse(r.criteria).success).toBe(true);
    // Only "say what evidence to supply" warnings remain for the new criteria.
    const findings = checkLot({ id: 'l', criteria: r.criteria });
    expect(findings.every((f) => f.code === 'evidence-empty' && f.severity === 'warning')).toBe(true);
  });

  it('shares a part evenly among existing criteria of the category and rescales their sub-criteria', () => {
    const before = [
      crit('s1', 'social', 500),
      crit('s2', 'social', 500),
      crit('s3', 'social', 100),
      crit('q', 'quality', 1000),
      crit('q1', 'quality', 600, { parentId: 'q' }),
      crit('q2', 'quality', 400, { parentId: 'q' }),
      crit('c', 'cost', 100),
    ];
    const r = applyWeightPreset(before, preset, { makeId: ids() });
    expect(r.created).toEqual([]);
    const w = Object.fromEntries(r.criteria.map((c) => [c.id, c.weight]));
    expect(w).toEqual({ s1: 334, s2: 333, s3: 333, q: 3000, q1: 1800, q2: 1200, c: 6000 });
    expect(totalWeight(r.criteria)).toBe(10000);
    expect(categoryShares(r.criteria).social).toBe(1000);
    expect(checkLot({ id: 'l', criteria: r.criteria })).toEqual([]);
  });

  it('keeps criteria of categories the preset leaves out, at weight 0, and reports them', () => {
    const before = [crit('p', 'price', 5000), crit('e', 'environmental', 5000)];
    const r = applyWeightPreset(before, preset, { makeId: ids() });
    expect(r.zeroed).toEqual(['e']);
    expect(r.criteria.find((c) => c.id === 'e')?.weight).toBe(0);
    expect(totalWeight(r.criteria)).toBe(10000);
    expect(checkLot({ id: 'l', criteria: r.criteria }).map((f) => f.code)).toContain('weight-not-positive');
    expect(before[1]?.weight).toBe(5000);
  });

  it('uses the requested scale for new criteria', () => {
    const r = applyWeightPreset([], preset, { makeId: ids(), scaleMax: 10 });
    const q = r.criteria.find((c) => c.category === 'quality');
    expect(q?.scoring).toMatchObject({ type: 'quality-scale', max: 10 });
  });
});
