import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newLot, TenderContentSchema, type TenderContent } from '@shared/model/tender';
import { combineVersions, compareVersions, defaultChoices } from '@shared/rules/versionDiff';

const base: TenderContent = TenderContentSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../fixtures/tenders/small-tender.json'), 'utf8')),
);

const withLot = (content: TenderContent, index: number, change: (lot: TenderContent['lots'][number]) => TenderContent['lots'][number]) => ({
  ...content,
  lots: content.lots.map((lot, i) => (i === index ? change(lot) : lot)),
});

describe('compareVersions', () => {
  it('finds nothing between equal versions', () => {
    expect(compareVersions(base, structuredClone(base), base)).toEqual([]);
  });

  it('names each changed part, what changed in it in words, and who changed it', () => {
    const firstCriterion = base.lots[0]!.criteria[0]!;
    const theirs = withLot(base, 0, (lot) => ({
      ...lot,
      criteria: lot.criteria.map((c, i) => (i === 0 ? { ...c, weight: c.weight + 500 } : c)),
    }));
    const mine = { ...base, description: 'My own wording' };
    const parts = compareVersions(theirs, mine, base);
    expect(parts.map((p) => [p.key, p.changedBy])).toEqual([
      ['details', 'mine'],
      [`lot:${base.lots[0]!.id}`, 'theirs'],
    ]);
    const lotChange = parts[1]!.changes.find((c) => c.where.endsWith('weight'))!;
    expect(lotChange.where).toBe(`Criteria › “${firstCriterion.name}” › weight`);
    expect(lotChange.theirs).toBe(`${((firstCriterion.weight + 500) / 100).toFixed(2)}%`);
    expect(lotChange.mine).toBe(`${(firstCriterion.weight / 100).toFixed(2)}%`);
    expect(parts[0]!.changes).toContainEqual({ where: 'Description', theirs: base.description || '(empty)', mine: 'My own wording' });
  });

  it('matches criteria by id, so one inserted criterion is one change', () => {
    const lot = base.lots[0]!;
    const inserted = { ...lot.criteria[0]!, id: 'crit-inserted', name: 'Inserted criterion' };
    const mine = withLot(base, 0, (l) => ({ ...l, criteria: [inserted, ...l.criteria] }));
    const [part] = compareVersions(base, mine, base);
    expect(part!.changes).toHaveLength(1);
    expect(part!.changes[0]).toMatchObject({ theirs: '(none)', mine: '“Inserted criterion”' });
  });

  it('says "both" when both sides changed a part, and "unknown" without the common version', () => {
    const theirs = { ...base, title: 'Their title' };
    const mine = { ...base, title: 'My title' };
    expect(compareVersions(theirs, mine, base)[0]!.changedBy).toBe('both');
    expect(compareVersions(theirs, mine)[0]!.changedBy).toBe('unknown');
  });
});

describe('combineVersions', () => {
  it('keeps their change to one lot and mine to the details and a new lot of mine', () => {
    const theirs = withLot(base, 0, (lot) => ({ ...lot, title: 'Their lot title' }));
    const added = newLot('My new lot');
    const mine = { ...base, description: 'My description', lots: [...base.lots, added] };
    const parts = compareVersions(theirs, mine, base);
    const combined = combineVersions(theirs, mine, defaultChoices(parts));
    expect(combined.description).toBe('My description');
    expect(combined.lots.map((l) => l.title)).toEqual(['Their lot title', ...base.lots.slice(1).map((l) => l.title), 'My new lot']);
  });

  it('keeps a lot only one side removed when the other side is chosen for it', () => {
    const mine = { ...base, lots: base.lots.slice(0, 1) };
    if (base.lots.length < 2) return;
    const removedKey = `lot:${base.lots[1]!.id}`;
    expect(combineVersions(base, mine, { details: 'mine', [removedKey]: 'theirs' }).lots).toHaveLength(2);
    expect(combineVersions(base, mine, { details: 'mine', [removedKey]: 'mine' }).lots).toHaveLength(1);
  });
});
