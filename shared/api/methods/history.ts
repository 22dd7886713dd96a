import { z } from 'zod';
import { t } from '../../i18n';
import type { SavedBy } from '../../model/workspace';
import { returns } from '../define';

/** A deleted tender's entry is "tender-<tenderId>"; a removed item's is its own id. */
const DeletedEntryIdSchema = z
  .string()
  .min(1, { error: () => t('messages:validation.deletedEntry.empty') })
  .max(80, { error: () => t('messages:validation.deletedEntry.unknown') })
  .regex(/^[A-Za-z0-9_-]+$/, { error: () => t('messages:validation.deletedEntry.unknown') });

export type DeletedKind = 'tender' | 'lot' | 'bidder' | 'question' | 'clause';

/** One entry of Recently deleted: a deleted tender, or an item a save took out of a tender. */
export interface DeletedEntry {
  id: string;
  kind: DeletedKind;
  /** What it is, in words: the tender's title, or e.g. "Lot “Laptops”". */
  title: string;
  tenderId: string;
  tenderTitle: string;
  deletedAt: string;
  /** Absent for a tender deleted by a Tenderwright too old to record who did it. */
  deletedBy?: SavedBy;
  /** What went with it, e.g. "2 imported workbooks and 1 moderation"; empty when nothing. */
  detail: string;
  /** When it is removed for good. */
  expiresAt: string;
}

/** Recently deleted: tenders and removed items, kept for 30 days. */
export const historyMethods = {
  'deleted.list': { input: z.object({}).strict(), output: returns<DeletedEntry[]>() },
  /** Puts the entry back: a tender into the list, an item into its tender (as a new save). */
  'deleted.restore': { input: z.object({ id: DeletedEntryIdSchema }).strict(), output: returns<{ tenderId: string }>() },
  /** Deletes the entry permanently. */
  'deleted.purge': { input: z.object({ id: DeletedEntryIdSchema }).strict(), output: returns<Record<string, never>>() },
} as const;
