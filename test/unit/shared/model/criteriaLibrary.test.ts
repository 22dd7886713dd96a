import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CriteriaLibraryEntrySchema,
  CriteriaLibrarySchema,
  criterionFromLibrary,
  libraryEntriesByCategory,
  libraryEntryFromCriterion,
} from '../../../../shared/model/criteriaLibrary';
import { CriteriaListSchema, CriterionSchema } from '../../../../shared/model/criteria';
import { checkLot } from '../../../../shared/rules/criteriaChecks';

const file = fileURLToPath(new URL('../../../../resources/library/criteria.json', import.meta.url));
const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));

describe('built-in criteria library (resources/library/criteria.json)', () => {
  const parsed = CriteriaLibrarySchema.safeParse(raw);

  it('validates against its schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  const library = CriteriaLibrarySchema.parse(raw);

  it('has at least 25 criteria, at least 10 of them social', () => {
    expect(library.criteria.length).toBeGreaterThanOrEqual(25);
    expect(libraryEntriesByCategory(library, 'social').length).toBeGreaterThanOrEqual(10);
  });

  it('covers price, life-cycle cost, quality and environmental criteria', () => {
    expect(libraryEntriesByCategory(library, 'price').length).toBeGreaterThanOrEqual(1);
    expect(libraryEntriesByCategory(library, 'cost').some((e) => /life-cycle/i.test(e.name))).toBe(true);
    expect(libraryEntriesByCategory(library, 'quality').length).toBeGreaterThanOrEqual(3);
    const environmental = libraryEntriesByCategory(library, 'environmental')
      .map((e) => e.name.toLowerCase())
      .join(' | ');
    for (const topic of ['energy', 'ecolabel', 'repair', 'take-back']) expect(environmental).toContain(topic);
  });

  it('covers the social themes from DOMAIN.md', () => {
    const social = libraryEntriesByCategory(library, 'social')
      .map((e) => `${e.name} ${e.description}`.toLowerCase())
      .join(' | ');
    for (const topic of [
      'factory disclosure',
      'worker-driven monitoring',
      'remedy',
      'grievance',
      'freedom of association',
      'recruitment fees',
      'working hours',
      'purchasing practices',
      'minerals',
    ]) {
      expect(social, topic).toContain(topic);
    }
  });

  it('gives every scaled entry a descriptor for every level, and every entry evidence and guidance', () => {
    for (const entry of library.criteria) {
      if (entry.scoring.type === 'quality-scale') {
        expect(entry.scoring.descriptors, entry.id).toHaveLength(entry.scoring.max + 1);
        expect(new Set(entry.scoring.descriptors).size, `${entry.id} repeats a descriptor`).toBe(entry.scoring.max + 1);
      }
      expect(entry.evidence.length, entry.id).toBeGreaterThan(20);
      expect(entry.guidance.length, entry.id).toBeGreaterThan(20);
    }
  });

  it('speaks of the app only as Tenderwright', () => {
    const text = JSON.stringify(raw).toLowerCase();
    for (const word of ['electronics watch', 'this tool', 'the app ']) expect(text).not.toContain(word);
  });

  it('makes criteria that pass the checks, and entries from criteria', () => {
    const price = library.criteria.find((e) => e.category === 'price');
    const quality = library.criteria.find((e) => e.category === 'quality');
    const social = library.criteria.find((e) => e.category === 'social');
    if (!price || !quality || !social) throw new Error('library incomplete');
    const criteria = [
      criterionFromLibrary(price, { id: 'p', weight: 6000 }),
      criterionFromLibrary(quality, { id: 'q', weight: 3000 }),
      criterionFromLibrary(social, { id: 's', weight: 1000 }),
    ];
    expect(CriteriaListSchema.safeParse(criteria).success).toBe(true);
    expect(criteria[2]?.libraryId).toBe(social.id);
    expect(checkLot({ id: 'lot', criteria })).toEqual([]);
    // The copy is independent of the library entry.
    const copy = criteria[1];
    if (copy?.scoring.type === 'quality-scale') copy.scoring.descriptors[0] = 'changed';
    expect(quality.scoring.type === 'quality-scale' && quality.scoring.descriptors[0]).not.toBe('changed');
    const back = libraryEntryFromCriterion(criteria[2] as never, { id: 'mine-1', guidance: 'Our own note' });
    expect(CriteriaLibraryEntrySchema.safeParse(back).success).toBe(true);
    expect(CriterionSchema.safeParse(criteria[0]).success).toBe(true);
  });
});

describe('library entry schema', () => {
  const base = {
    id: 'x',
    name: 'X',
    description: 'A description',
    category: 'social',
    scoring: { type: 'quality-scale', max: 5, descriptors: ['0', '1', '2', '3', '4', '5'] },
    evidence: 'Some evidence',
    guidance: '',
  };

  it('accepts a complete entry', () => {
    expect(CriteriaLibraryEntrySchema.safeParse(base).success).toBe(true);
  });

  it.each([
    ['a missing descriptor', { scoring: { type: 'quality-scale', max: 5, descriptors: ['0', '1', '2', '', '4', '5'] } }],
    ['a price formula on a social entry', { scoring: { type: 'lowest-price-ratio' } }],
    ['a quality scale on a price entry', { category: 'price' }],
    ['an empty name', { name: '  ' }],
    ['no evidence', { evidence: '' }],
    ['bad absolute bounds', { category: 'price', scoring: { type: 'absolute', ceiling: 10, floor: 10 } }],
    ['an unknown key', { weight: 1000 }],
  ])('refuses %s', (_label, patch) => {
    expect(CriteriaLibraryEntrySchema.safeParse({ ...base, ...patch }).success).toBe(false);
  });

  it('refuses duplicate ids in a library', () => {
    expect(CriteriaLibrarySchema.safeParse({ schemaVersion: 1, criteria: [base, base] }).success).toBe(false);
  });
});
