import { describe, expect, it } from 'vitest';
import { createInstance } from '@shared/clauses/instances';
import { currentVersion } from '@shared/clauses/library';
import { newLot, type Lot, type Tender } from '@shared/model/tender';
import { locateFinding } from '@shared/rules/findingPlace';
import type { TenderFinding } from '@shared/rules/tenderChecks';
import { loadBuiltinClauses } from '../clauses/helpers';
import { crit } from './helpers';

const finding = (extra: Partial<TenderFinding>): TenderFinding => ({
  id: 'f',
  code: 'c',
  severity: 'error',
  area: 'criteria',
  message: 'Something is wrong.',
  fix: 'Fix it.',
  ...extra,
});

function tender(): Pick<Tender, 'clauses' | 'lots'> {
  const laptops: Lot = { ...newLot('Laptops'), id: 'lot-a' };
  const phones: Lot = {
    ...newLot('Phones'),
    id: 'lot-b',
    criteria: [crit('p', 'price', 6000), crit('q', 'quality', 4000)],
    requirements: [{ id: 'r1', name: 'Discloses factories', description: '', evidence: 'List' }],
  };
  const [first, second] = loadBuiltinClauses().map(currentVersion);
  // The second clause comes first in tender order: positions follow `order`, not the array.
  const clauses = [
    createInstance(first!, { order: 1, origin: 'builtin', id: 'c-late' }),
    createInstance(second!, { order: 0, origin: 'builtin', id: 'c-early' }),
  ];
  return { lots: [laptops, phones], clauses };
}

describe('locateFinding', () => {
  it('names the lot and gives the path of the criterion and field a finding concerns', () => {
    expect(locateFinding(tender(), finding({ lotId: 'lot-b', criterionId: 'q', field: 'weight' }))).toEqual({
      where: 'Lot “Phones”',
      path: 'lots.1.criteria.1.weight',
    });
  });

  it('gives the requirement path when the finding is about a requirement, and the lot alone otherwise', () => {
    expect(locateFinding(tender(), finding({ lotId: 'lot-b', requirementId: 'r1' })).path).toBe('lots.1.requirements.0');
    expect(locateFinding(tender(), finding({ lotId: 'lot-a' }))).toEqual({ where: 'Lot “Laptops”', path: 'lots.0' });
  });

  it('falls back to the award criteria when the lot is gone', () => {
    expect(locateFinding(tender(), finding({ lotId: 'gone' }))).toEqual({ where: 'Award criteria', path: 'lots' });
  });

  it('numbers clauses in tender order and adds the parameter to the path', () => {
    const t = tender();
    const late = t.clauses.find((c) => c.id === 'c-late')!;
    expect(locateFinding(t, finding({ area: 'clauses', clauseId: 'c-late', parameter: 'days' }))).toEqual({
      where: `Clause 2 “${late.frozen.title}”`,
      path: 'clauses.1.values.days',
    });
    expect(locateFinding(t, finding({ area: 'clauses', clauseId: 'gone' }))).toEqual({ where: 'Contract clauses', path: 'clauses' });
  });
});
