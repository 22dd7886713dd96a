/** The Tenders list's rule: search, status and deadline filters, and the sort by any column. */
import { describe, expect, it } from 'vitest';
import { newTenderContent, type TenderSummary } from '@shared/model/tender';
import { combineVersions, compareVersions } from '@shared/rules/versionDiff';
import { withArchived, withDate, withStatus } from '@shared/model/tenderStatus';
import { addDays, DEFAULT_LIST_QUERY, selectTenders, type TenderListQuery } from '@shared/rules/tenderList';

const TODAY = '2027-03-10';

function summary(id: string, fields: Partial<TenderSummary> = {}): TenderSummary {
  return {
    id,
    title: `Tender ${id}`,
    reference: '',
    buyer: '',
    lotCount: 1,
    updatedAt: '2027-01-01T00:00:00.000Z',
    revision: 1,
    ...fields,
  };
}

const TENDERS: TenderSummary[] = [
  summary('a', {
    title: 'Laptops for schools',
    reference: 'IT-2027-01',
    buyer: 'Northfield Schools Trust',
    status: 'issued',
    submissionDeadline: '2027-03-12',
    updatedAt: '2027-03-01T10:00:00.000Z',
  }),
  summary('b', {
    title: 'Road salt',
    reference: 'HW-9',
    buyer: 'County Highways',
    status: 'evaluating',
    submissionDeadline: '2027-02-20',
    awardDate: '2027-03-30',
    updatedAt: '2027-03-05T10:00:00.000Z',
  }),
  summary('c', {
    title: 'Cleaning services',
    reference: 'CC-2026-014',
    buyer: 'Zürich Stadtwerke',
    submissionDeadline: '2027-04-01',
    updatedAt: '2027-02-01T10:00:00.000Z',
  }),
  summary('d', {
    title: 'Old catering',
    reference: 'ASC-2019-2',
    buyer: 'Northfield Adult Social Care',
    status: 'archived',
    updatedAt: '2027-03-09T10:00:00.000Z',
  }),
  summary('e', { title: 'Tender 10', reference: 'IT-2027-10', buyer: '', status: 'awarded', updatedAt: '2026-12-01T10:00:00.000Z' }),
];

const ids = (query: Partial<TenderListQuery>) => selectTenders(TENDERS, { ...DEFAULT_LIST_QUERY, ...query }, TODAY).map((t) => t.id);

describe('tender list search', () => {
  it('hides archived tenders by default and lists the rest most recently edited first', () => {
    expect(ids({})).toEqual(['b', 'a', 'c', 'e']);
  });

  it('finds words in the title, reference or buyer, each word anywhere, ignoring case and accents', () => {
    expect(ids({ search: 'laptops' })).toEqual(['a']);
    expect(ids({ search: 'it-2027' })).toEqual(['a', 'e']);
    expect(ids({ search: 'northfield schools' })).toEqual(['a']);
    expect(ids({ search: 'zurich cleaning' })).toEqual(['c']);
    expect(ids({ search: '  highways  ' })).toEqual(['b']);
    expect(ids({ search: 'laptops highways' })).toEqual([]);
  });

  it('searches archived tenders only when they are shown', () => {
    expect(ids({ search: 'catering' })).toEqual([]);
    expect(ids({ search: 'catering', status: 'all' })).toEqual(['d']);
  });
});

describe('tender list filters', () => {
  it('filters by one status; a tender with no status is a draft', () => {
    expect(ids({ status: 'draft' })).toEqual(['c']);
    expect(ids({ status: 'issued' })).toEqual(['a']);
    expect(ids({ status: 'archived' })).toEqual(['d']);
    expect(ids({ status: 'all' })).toEqual(['d', 'b', 'a', 'c', 'e']);
  });

  it('filters by submission deadline: closing within days (today included), closed, not set, between two days', () => {
    expect(ids({ deadline: { kind: 'closingWithin', days: 7 } })).toEqual(['a']);
    expect(ids({ deadline: { kind: 'closingWithin', days: 30 } })).toEqual(['a', 'c']);
    expect(ids({ deadline: { kind: 'closed' } })).toEqual(['b']);
    expect(ids({ deadline: { kind: 'noDeadline' } })).toEqual(['e']);
    expect(ids({ deadline: { kind: 'between', from: '2027-03-01', to: '2027-03-31' } })).toEqual(['a']);
    expect(ids({ deadline: { kind: 'between', from: '2027-03-12' } })).toEqual(['a', 'c']);
    expect(ids({ deadline: { kind: 'between', to: '2027-03-12' } })).toEqual(['b', 'a']);
    expect(
      selectTenders(TENDERS, { ...DEFAULT_LIST_QUERY, deadline: { kind: 'closingWithin', days: 0 } }, '2027-03-12').map((t) => t.id),
    ).toEqual(['a']);
  });

  it('filters by award date within days', () => {
    expect(ids({ deadline: { kind: 'awardWithin', days: 30 } })).toEqual(['b']);
    expect(ids({ deadline: { kind: 'awardWithin', days: 7 } })).toEqual([]);
  });

  it('counts calendar days across month and year ends', () => {
    expect(addDays('2027-02-25', 7)).toBe('2027-03-04');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03');
    expect(addDays('2027-12-30', 3)).toBe('2028-01-02');
  });
});

describe('tender list sort', () => {
  const sorted = (key: TenderListQuery['sort']['key'], direction: 'ascending' | 'descending' = 'ascending') =>
    ids({ status: 'all', sort: { key, direction } });

  it('sorts text columns alphabetically with numbers in number order, empty values last both ways', () => {
    expect(sorted('title')).toEqual(['c', 'a', 'd', 'b', 'e']);
    expect(sorted('title', 'descending')).toEqual(['e', 'b', 'd', 'a', 'c']);
    expect(sorted('reference')).toEqual(['d', 'c', 'b', 'a', 'e']);
    expect(sorted('buyer')).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(sorted('buyer', 'descending')).toEqual(['c', 'a', 'd', 'b', 'e']);
  });

  it('sorts statuses in the order a tender goes through them', () => {
    expect(sorted('status')).toEqual(['c', 'a', 'b', 'e', 'd']);
    expect(sorted('status', 'descending')).toEqual(['d', 'e', 'b', 'a', 'c']);
  });

  it('sorts by dates with tenders lacking the date last', () => {
    expect(sorted('submissionDeadline')).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect(sorted('submissionDeadline', 'descending')).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(sorted('awardDate')).toEqual(['b', 'd', 'a', 'c', 'e']);
    expect(sorted('updatedAt')).toEqual(['e', 'c', 'a', 'b', 'd']);
  });
});

describe('tender status changes', () => {
  it('archiving remembers the status, unarchiving puts it back (draft when unknown)', () => {
    const archived = withArchived({ status: 'evaluating' as const }, true);
    expect(archived).toEqual({ status: 'archived', statusBeforeArchive: 'evaluating' });
    expect(withArchived(archived, true)).toEqual(archived);
    expect(withArchived(archived, false)).toEqual({ status: 'evaluating' });
    expect(withArchived({}, true)).toEqual({ status: 'archived', statusBeforeArchive: 'draft' });
    expect(withArchived({ status: 'archived' as const }, false)).toEqual({ status: 'draft' });
    expect(withStatus(archived, 'issued')).toEqual({ status: 'issued' });
  });

  it('sets a date or removes it when emptied', () => {
    expect(withDate({ status: 'issued' as const }, 'awardDate', '2027-05-01')).toEqual({ status: 'issued', awardDate: '2027-05-01' });
    expect(withDate({ awardDate: '2027-05-01' }, 'awardDate', '')).toEqual({});
  });

  it('are part of the details when two versions are compared and combined', () => {
    const base = newTenderContent({ title: 'Road salt', reference: 'HW-9', buyer: 'County Highways', lots: ['Lot 1'] });
    const theirs = { ...base, status: 'issued' as const, submissionDeadline: '2027-03-31' };
    const mine = { ...base, lots: base.lots.map((lot) => ({ ...lot, title: 'Rock salt' })) };
    const parts = compareVersions(theirs, mine, base);
    expect(parts.find((p) => p.key === 'details')).toMatchObject({ changedBy: 'theirs' });
    const combined = combineVersions(theirs, mine, { details: 'theirs', [`lot:${base.lots[0]!.id}`]: 'mine' });
    expect(combined).toMatchObject({ status: 'issued', submissionDeadline: '2027-03-31' });
    expect(combined.lots[0]!.title).toBe('Rock salt');
    expect(combineVersions(theirs, mine, { details: 'mine' }).status).toBeUndefined();
  });
});
