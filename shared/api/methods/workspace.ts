import { z } from 'zod';
import { IdSchema, shortText, longText } from '../../model/common';
import { TenderContentSchema, type Tender, type TenderSummary } from '../../model/tender';
import { SettingsSchema, type Settings } from '../../model/settings';
import { SOCIAL_FLOOR_MINIMUM } from '../../model/criteria';
import { returns } from '../define';

const empty = z.object({}).strict();
const byId = z.object({ id: IdSchema }).strict();

export interface QuarantinedFile {
  /** Path relative to the workspace, e.g. "tenders/abc.json.corrupt-2026-11-21T10-00-00-000Z". */
  file: string;
  /** The tender the file belonged to, when it was a tender file. */
  tenderId?: string;
  reason: string;
  quarantinedAt: string;
  backupsAvailable: number;
}

export interface BackupEntry {
  id: string;
  tenderId: string;
  revision: number;
  title: string;
  savedAt: string;
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
        title: shortText('Title').trim().min(1, 'Title must not be empty'),
        reference: shortText('Reference').trim(),
        buyer: shortText('Buying organisation').trim(),
        description: longText('Description').optional(),
        lots: z
          .array(shortText('Lot title').trim().min(1, 'Lot title must not be empty'))
          .min(1, 'A tender needs at least one lot')
          .max(50, 'A tender may have at most 50 lots'),
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
    input: z.object({ id: IdSchema, title: shortText('Title').trim().min(1, 'Title must not be empty') }).strict(),
    output: returns<Tender>(),
  },
  'tenders.duplicate': { input: byId, output: returns<Tender>() },
  'tenders.delete': { input: byId, output: returns<DeletedTender>() },
  'tenders.undoDelete': { input: byId, output: returns<Tender>() },
  'backups.list': { input: z.object({ tenderId: IdSchema }).strict(), output: returns<BackupEntry[]>() },
  'backups.restore': {
    input: z.object({ tenderId: IdSchema, backupId: z.string().min(1).max(200).regex(/^[A-Za-z0-9_.-]+$/) }).strict(),
    output: returns<Tender>(),
  },
  'settings.get': { input: empty, output: returns<Settings>() },
  'settings.save': {
    input: z
      .object({
        settings: SettingsSchema.refine((settings) => settings.criteria.socialFloor >= SOCIAL_FLOOR_MINIMUM, {
          path: ['criteria', 'socialFloor'],
          message: `The social floor cannot be below ${SOCIAL_FLOOR_MINIMUM / 100}% of the total; an organisation may only raise it`,
        }),
        /** The settings revision the edit was based on; a colleague's save since then makes it a conflict. */
        baseRevision: z.number().int().nonnegative().optional(),
      })
      .strict(),
    output: returns<Settings>(),
  },
} as const;

