import { LanguageSchema } from '../../model/language';
import { t } from '../../i18n';
import { z } from 'zod';
import { IdSchema, shortText, longText } from '../../model/common';
import { TenderContentSchema, type Tender, type TenderSummary } from '../../model/tender';
import { SettingsSchema, type Settings } from '../../model/settings';
import { SOCIAL_FLOOR_MINIMUM } from '../../model/criteria';
import type { SavedBy } from '../../model/workspace';
import { returns } from '../define';

const empty = z.object({}).strict();
const byId = z.object({ id: IdSchema }).strict();
const backupRef = z
  .object({
    tenderId: IdSchema,
    backupId: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[A-Za-z0-9_.-]+$/),
  })
  .strict();

export const PIN_NAME_MAX = 80;

export interface QuarantinedFile {
  /** Path relative to the workspace, e.g. "tenders/abc.json.corrupt-2026-11-21T10-00-00-000Z". */
  file: string;
  /** The tender the file belonged to, when it was a tender file. */
  tenderId?: string;
  reason: string;
  quarantinedAt: string;
  backupsAvailable: number;
}

/** A label an export or import put on the save it started from ("Before export of the tender pack"). */
export interface BackupSnapshot {
  label: string;
  /** When the export or import ran (ISO). */
  at: string;
}

/** A name the user gave a version to keep it ("Sent to legal"); kept until unpinned. */
export interface BackupPin {
  name: string;
  pinnedAt: string;
  pinnedBy?: SavedBy;
}

export interface BackupEntry {
  id: string;
  tenderId: string;
  revision: number;
  title: string;
  /** When the backup was taken (ISO). */
  takenAt: string;
  /** When that version was saved (ISO). */
  savedAt: string;
  /** Who saved it; absent in files written before names were recorded. */
  savedBy?: SavedBy;
  /** Size of the backup file. */
  bytes: number;
  /**
   * What changed since the entry below it in the list (the next older one kept), in words, e.g.
   * ["Laptops: 2 weights changed", "3 clauses added"]. Empty when nothing did, and for the oldest.
   */
  changes: string[];
  /** True for the oldest version kept: there is nothing older to compare with. */
  oldest: boolean;
  pin?: BackupPin;
  snapshots: BackupSnapshot[];
}

export interface BackupUsage {
  /** Backup files of the tender. */
  count: number;
  /** Bytes on disk, each file counted once even when hard-linked under several names. */
  bytes: number;
}

export interface BackupList {
  /** Newest first. */
  entries: BackupEntry[];
  usage: BackupUsage;
  /** Set when something stops the history from being tidied (e.g. the marks cannot be read), in words. */
  warning?: string;
}

export interface WorkspaceStatus {
  path: string;
  quarantined: QuarantinedFile[];
}

export interface DeletedTender {
  id: string;
  title: string;
}

/** Workspace, tenders, backups and settings: the foundation's methods. */
export const workspaceMethods = {
  'workspace.status': { input: empty, output: returns<WorkspaceStatus>() },
  'workspace.dismissQuarantined': {
    input: z.object({ file: z.string().min(1).max(500) }).strict(),
    output: returns<WorkspaceStatus>(),
  },
  'tenders.list': { input: empty, output: returns<TenderSummary[]>() },
  'tenders.get': { input: byId, output: returns<Tender>() },
  'tenders.create': {
    input: z
      .object({
        title: shortText(() => t('messages:field.title'))
          .trim()
          .min(1, { error: () => t('messages:validation.tender.titleEmpty') }),
        reference: shortText(() => t('messages:field.reference')).trim(),
        buyer: shortText(() => t('messages:field.buyingOrganisation')).trim(),
        description: longText(() => t('messages:field.description')).optional(),
        lots: z
          .array(
            shortText(() => t('messages:field.lotTitle'))
              .trim()
              .min(1, { error: () => t('messages:validation.tender.lotTitleEmpty') }),
          )
          .min(1, { error: () => t('messages:validation.tender.noLot') })
          .max(50, { error: () => t('messages:validation.tender.tooManyLots', { max: 50 }) }),
        /** The language its documents are written in; absent: English. */
        language: LanguageSchema.optional(),
      })
      .strict(),
    output: returns<Tender>(),
  },
  'tenders.save': {
    input: z
      .object({
        id: IdSchema,
        content: TenderContentSchema,
        /**
         * The revision the content was based on (the one last loaded or saved). The save is refused as
         * a `conflict` when a colleague changed the content since. The app always sends it; a script
         * that leaves it out writes over whatever is there.
         */
        baseRevision: z.number().int().nonnegative().optional(),
      })
      .strict(),
    output: returns<Tender>(),
  },
  /** "Keep mine as a copy": the content as a new tender, titled "... (copy)", without evaluation records. */
  'tenders.saveCopy': { input: z.object({ content: TenderContentSchema }).strict(), output: returns<Tender>() },
  'tenders.rename': {
    input: z
      .object({
        id: IdSchema,
        title: shortText(() => t('messages:field.title'))
          .trim()
          .min(1, { error: () => t('messages:validation.tender.titleEmpty') }),
      })
      .strict(),
    output: returns<Tender>(),
  },
  /** Archived tenders are hidden from the list by default; unarchiving restores the status it had. */
  'tenders.archive': { input: z.object({ id: IdSchema, archived: z.boolean() }).strict(), output: returns<Tender>() },
  'tenders.duplicate': { input: byId, output: returns<Tender>() },
  'tenders.delete': { input: byId, output: returns<DeletedTender>() },
  'tenders.undoDelete': { input: byId, output: returns<Tender>() },
  'backups.list': { input: z.object({ tenderId: IdSchema }).strict(), output: returns<BackupList>() },
  'backups.restore': { input: backupRef, output: returns<Tender>() },
  /** The validated content of one backup, e.g. to compare it with the current version. */
  'backups.get': { input: backupRef, output: returns<Tender>() },
  'backups.pin': {
    input: backupRef
      .extend({
        name: z
          .string()
          .trim()
          .min(1, { error: () => t('messages:validation.version.nameEmpty') })
          .max(PIN_NAME_MAX, { error: () => t('messages:validation.version.nameTooLong', { max: PIN_NAME_MAX }) }),
      })
      .strict(),
    output: returns<BackupEntry>(),
  },
  'backups.unpin': { input: backupRef, output: returns<BackupEntry>() },
  'settings.get': { input: empty, output: returns<Settings>() },
  'settings.save': {
    input: z
      .object({
        settings: SettingsSchema.refine((settings) => settings.criteria.socialFloor >= SOCIAL_FLOOR_MINIMUM, {
          path: ['criteria', 'socialFloor'],
          error: () => t('messages:validation.settings.socialFloorTooLow', { percent: SOCIAL_FLOOR_MINIMUM / 100 }),
        }),
        /** The settings revision the edit was based on; a colleague's save since then makes it a conflict. */
        baseRevision: z.number().int().nonnegative().optional(),
      })
      .strict(),
    output: returns<Settings>(),
  },
} as const;
