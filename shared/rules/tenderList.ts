/**
 * Which tenders the Tenders list shows, and in what order: a search over title, reference and buyer,
 * a status filter (archived ones hidden unless asked for), a deadline filter, and a sort by any
 * column. Pure, so the list, its test and the benchmark all use the same rule.
 */
import type { TenderSummary } from '../model/tender';
import { statusOf, TENDER_STATUSES, type TenderStatus } from '../model/tenderStatus';

export type TenderSortKey = 'title' | 'reference' | 'buyer' | 'status' | 'submissionDeadline' | 'awardDate' | 'updatedAt';
export type SortDirection = 'ascending' | 'descending';

/** 'active' is every status but archived (the default); 'all' includes archived tenders. */
export type StatusFilter = 'active' | 'all' | TenderStatus;

export type DeadlineFilter =
  | { kind: 'any' }
  /** Submission deadline from today to `days` days ahead. */
  | { kind: 'closingWithin'; days: number }
  /** Submission deadline before today. */
  | { kind: 'closed' }
  | { kind: 'noDeadline' }
  /** Award date from today to `days` days ahead. */
  | { kind: 'awardWithin'; days: number }
  /** Submission deadline between two days, both included; either end may be open. */
  | { kind: 'between'; from?: string; to?: string };

export interface TenderListQuery {
  search: string;
  status: StatusFilter;
  deadline: DeadlineFilter;
  sort: { key: TenderSortKey; direction: SortDirection };
}

export const DEFAULT_LIST_QUERY: TenderListQuery = {
  search: '',
  status: 'active',
  deadline: { kind: 'any' },
  sort: { key: 'updatedAt', direction: 'descending' },
};

/** Lower case, accents dropped: "Zürich" is found by "zurich". */
export const foldForSearch = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** YYYY-MM-DD `days` after `day` (calendar arithmetic, no time zone involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const inRange = (day: string | undefined, from: string | undefined, to: string | undefined) =>
  day !== undefined && (from === undefined || day >= from) && (to === undefined || day <= to);

function matchesDeadline(tender: TenderSummary, filter: DeadlineFilter, today: string): boolean {
  switch (filter.kind) {
    case 'any':
      return true;
    case 'closingWithin':
      return inRange(tender.submissionDeadline, today, addDays(today, filter.days));
    case 'closed':
      return tender.submissionDeadline !== undefined && tender.submissionDeadline < today;
    case 'noDeadline':
      return tender.submissionDeadline === undefined;
    case 'awardWithin':
      return inRange(tender.awardDate, today, addDays(today, filter.days));
    case 'between':
      return inRange(tender.submissionDeadline, filter.from || undefined, filter.to || undefined);
  }
}

function matchesStatus(tender: TenderSummary, filter: StatusFilter): boolean {
  const status = statusOf(tender);
  if (filter === 'all') return true;
  if (filter === 'active') return status !== 'archived';
  return status === filter;
}

// Summaries are replaced, never changed, when a tender changes: the folded text of each is kept for the next keystroke.
const searchableText = new WeakMap<TenderSummary, string>();

function searchTextOf(tender: TenderSummary): string {
  let text = searchableText.get(tender);
  if (text === undefined) {
    text = foldForSearch(`${tender.title}\n${tender.reference}\n${tender.buyer}`);
    searchableText.set(tender, text);
  }
  return text;
}

/** Every word of the search must appear in the title, reference or buyer (in any of them). */
function searchMatcher(search: string): (tender: TenderSummary) => boolean {
  const words = foldForSearch(search).split(/\s+/).filter(Boolean);
  if (!words.length) return () => true;
  return (tender) => {
    const text = searchTextOf(tender);
    return words.every((word) => text.includes(word));
  };
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const STATUS_ORDER = new Map(TENDER_STATUSES.map((status, index) => [status, index]));

/** Compares two tenders on one column; undefined when that column is empty for either (empties go last). */
function compareOn(key: TenderSortKey, a: TenderSummary, b: TenderSummary): number | undefined {
  switch (key) {
    case 'title':
    case 'reference':
    case 'buyer': {
      const [x, y] = [a[key].trim(), b[key].trim()];
      return x && y ? collator.compare(x, y) : undefined;
    }
    case 'status':
      return STATUS_ORDER.get(statusOf(a))! - STATUS_ORDER.get(statusOf(b))!;
    case 'submissionDeadline':
    case 'awardDate': {
      const [x, y] = [a[key], b[key]];
      return x && y ? x.localeCompare(y) : undefined;
    }
    case 'updatedAt':
      return a.updatedAt.localeCompare(b.updatedAt);
  }
}

const isEmpty = (key: TenderSortKey, tender: TenderSummary) =>
  key === 'status' || key === 'updatedAt'
    ? false
    : !(key === 'submissionDeadline' || key === 'awardDate' ? tender[key] : tender[key].trim());

export function compareTenders(a: TenderSummary, b: TenderSummary, sort: TenderListQuery['sort']): number {
  const [emptyA, emptyB] = [isEmpty(sort.key, a), isEmpty(sort.key, b)];
  // A tender without the value goes last whichever way the column is sorted.
  if (emptyA !== emptyB) return emptyA ? 1 : -1;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const primary = (compareOn(sort.key, a, b) ?? 0) * sign;
  // Ties: the most recently edited first, then by id so the order never flickers between renders.
  return primary || b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
}

/** The tenders the list shows for `query`, in order. `today` is YYYY-MM-DD in the user's time zone. */
export function selectTenders(tenders: readonly TenderSummary[], query: TenderListQuery, today: string): TenderSummary[] {
  const matchesSearch = searchMatcher(query.search);
  return tenders
    .filter((t) => matchesStatus(t, query.status) && matchesDeadline(t, query.deadline, today) && matchesSearch(t))
    .sort((a, b) => compareTenders(a, b, query.sort));
}

/** How many tenders `query` hides only because they are archived (to offer showing them). */
export const archivedCount = (tenders: readonly TenderSummary[]) => tenders.filter((t) => statusOf(t) === 'archived').length;
