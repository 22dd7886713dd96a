import { z } from 'zod';

/** Where a tender stands: drafted, out to the market, being evaluated, awarded, or put away. */
export const TENDER_STATUSES = ['draft', 'issued', 'evaluating', 'awarded', 'archived'] as const;
export const TenderStatusSchema = z.enum(TENDER_STATUSES);
export type TenderStatus = z.infer<typeof TenderStatusSchema>;

const isRealDate = (text: string) => {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/** A calendar day as YYYY-MM-DD (what a date field gives), with no time or zone to drift. */
export const IsoDaySchema = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date such as 2027-03-31`)
    .refine(isRealDate, `${label} is not a real calendar date`);

/**
 * The tender's status and key dates. All optional so tenders written before they existed stay valid
 * without a migration: no status reads as draft, no date as not set yet.
 */
export const tenderLifecycleShape = {
  status: TenderStatusSchema.optional(),
  /** The status an archived tender had, so unarchiving puts it back where it was. */
  statusBeforeArchive: TenderStatusSchema.exclude(['archived']).optional(),
  submissionDeadline: IsoDaySchema('Submission deadline').optional(),
  awardDate: IsoDaySchema('Award date').optional(),
};

export interface TenderLifecycle {
  status?: TenderStatus;
  statusBeforeArchive?: Exclude<TenderStatus, 'archived'>;
  submissionDeadline?: string;
  awardDate?: string;
}

export type LifecycleDateField = 'submissionDeadline' | 'awardDate';

export const statusOf = (tender: TenderLifecycle): TenderStatus => tender.status ?? 'draft';

/** Only the fields that are set: an absent field and one set to undefined must not look like a change. */
export function lifecycleOf(tender: TenderLifecycle): TenderLifecycle {
  const kept: TenderLifecycle = {};
  if (tender.status !== undefined) kept.status = tender.status;
  if (tender.statusBeforeArchive !== undefined) kept.statusBeforeArchive = tender.statusBeforeArchive;
  if (tender.submissionDeadline !== undefined) kept.submissionDeadline = tender.submissionDeadline;
  if (tender.awardDate !== undefined) kept.awardDate = tender.awardDate;
  return kept;
}

/** The lifecycle with a new status; archiving remembers the status it leaves, anything else forgets it. */
export function withStatus<T extends TenderLifecycle>(tender: T, status: TenderStatus): T {
  const { statusBeforeArchive, ...rest } = tender;
  if (status === 'archived') {
    const before = statusOf(tender);
    const remembered = before === 'archived' ? statusBeforeArchive : before;
    return { ...rest, status, ...(remembered ? { statusBeforeArchive: remembered } : {}) } as T;
  }
  return { ...rest, status } as T;
}

/** Archived or back to the status it had before archiving (draft if that is not known). */
export const withArchived = <T extends TenderLifecycle>(tender: T, archived: boolean): T =>
  archived
    ? withStatus(tender, 'archived')
    : withStatus(tender, statusOf(tender) === 'archived' ? (tender.statusBeforeArchive ?? 'draft') : statusOf(tender));

/** The lifecycle with one date set, or removed when `day` is empty. */
export function withDate<T extends TenderLifecycle>(tender: T, field: LifecycleDateField, day: string): T {
  const { [field]: _previous, ...rest } = tender;
  return (day ? { ...rest, [field]: day } : rest) as T;
}
