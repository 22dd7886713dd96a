import { z } from 'zod';
import { t } from '../i18n';
import { IdSchema, IsoDateTimeSchema, shortText } from './common';
import { ClauseInstanceSchema } from './clauses';
import { BidderSchema } from './evaluation';
import { AnswerThreadSchema, QaSupplierSchema, SelectedQuestionSchema } from './questions';
import { LotSchema } from './tender';
import { SavedBySchema } from './workspace';

/**
 * What a save took out of a tender and Recently deleted keeps: the item as it was on disk, with
 * everything that belongs to it (a lot's evaluation records, a question's supplier answers), and
 * where it was, so a restore can put it back in its place.
 */
export const RemovedItemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('lot'), index: z.number().int().min(0), lot: LotSchema }).strict(),
  z
    .object({
      kind: z.literal('bidder'),
      lotId: IdSchema,
      lotTitle: z.string(),
      index: z.number().int().min(0),
      bidder: BidderSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('question'),
      index: z.number().int().min(0),
      question: SelectedQuestionSchema,
      threads: z.array(AnswerThreadSchema),
      /** The suppliers the answers came from, so the answers can come back even if a supplier went too. */
      suppliers: z.array(QaSupplierSchema),
    })
    .strict(),
  z.object({ kind: z.literal('clause'), index: z.number().int().min(0), clause: ClauseInstanceSchema }).strict(),
]);
export type RemovedItem = z.infer<typeof RemovedItemSchema>;
export type RemovedKind = RemovedItem['kind'];

export const DELETED_ENTRY_SCHEMA_VERSION = 1;

/** How long Recently deleted keeps a tender or an item before it is removed for good. */
export const RETENTION_DAYS = 30;

/** backups/deleted/items/<id>.json: one item removed from a tender. */
export const DeletedItemFileSchema = z
  .object({
    schemaVersion: z.literal(DELETED_ENTRY_SCHEMA_VERSION),
    id: IdSchema,
    tenderId: IdSchema,
    tenderTitle: shortText(() => t('messages:field.tenderTitle')),
    deletedAt: IsoDateTimeSchema,
    deletedBy: SavedBySchema,
    /** What went with it, in words, as counted when it was removed (e.g. "a bid price and 4 scores"). */
    detail: z.string().max(2000),
    item: RemovedItemSchema,
  })
  .strict();
export type DeletedItemFile = z.infer<typeof DeletedItemFileSchema>;

/**
 * backups/deleted/about/<tenderId>.json: when and by whom a tender was deleted. A tender deleted by an
 * older Tenderwright has none until it is first listed; its deleter is then not known.
 */
export const DeletedTenderAboutSchema = z
  .object({
    schemaVersion: z.literal(DELETED_ENTRY_SCHEMA_VERSION),
    deletedAt: IsoDateTimeSchema,
    deletedBy: SavedBySchema.optional(),
  })
  .strict();
export type DeletedTenderAbout = z.infer<typeof DeletedTenderAboutSchema>;
