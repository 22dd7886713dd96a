import { z } from 'zod';
import { IdSchema } from '../../model/common';
import { TenderContentSchema } from '../../model/tender';
import type { SavedBy } from '../../model/workspace';
import { returns } from '../define';

/** One running Tenderwright on this workspace, as its presence file says. */
export interface PresenceEntry extends SavedBy {
  /** When it opened the workspace, and its latest heartbeat (file-system times). */
  since: string;
  heartbeatAt: string;
  /** The tender it has open, if any. */
  openTenderId: string | null;
}

export interface PresenceView {
  me: PresenceEntry;
  /** The other live instances; entries of instances that stopped beating have expired. */
  others: PresenceEntry[];
}

/** A workspace file changed on disk by another instance (or by a program other than Tenderwright). */
export type WorkspaceChange =
  | {
      seq: number;
      kind: 'tender';
      id: string;
      removed: boolean;
      revision?: number;
      contentRevision?: number;
      savedAt?: string;
      savedBy?: SavedBy;
      title?: string;
    }
  | { seq: number; kind: 'settings' | 'library' | 'suppliers'; revision?: number; savedAt?: string; savedBy?: SavedBy }
  | { seq: number; kind: 'presence' };

export interface ChangeFeed {
  /** Pass as `after` next time. */
  cursor: number;
  changes: WorkspaceChange[];
  /** True when changes were missed (the feed only keeps the latest ones): reload everything. */
  reset: boolean;
}

/** Edits kept on this computer because they could not be saved to the workspace (a conflict, a fault). */
export interface RecoveredEdits {
  tenderId: string;
  baseRevision: number;
  savedAt: string;
  content: z.output<typeof TenderContentSchema>;
}

/** Longest wait of one workspace.changes call: the renderer calls again straight away. */
export const MAX_CHANGES_WAIT_MS = 25_000;

/** Working together on one workspace: presence, change notices, and edits kept safe until saved. */
export const teamMethods = {
  'presence.list': { input: z.object({}).strict(), output: returns<PresenceView>() },
  'presence.report': { input: z.object({ openTenderId: IdSchema.nullable() }).strict(), output: returns<PresenceView>() },
  'workspace.changes': {
    input: z
      .object({ after: z.number().int().nonnegative(), waitMs: z.number().int().min(0).max(MAX_CHANGES_WAIT_MS).optional() })
      .strict(),
    output: returns<ChangeFeed>(),
  },
  'recovery.save': {
    input: z.object({ tenderId: IdSchema, baseRevision: z.number().int().nonnegative(), content: TenderContentSchema }).strict(),
    output: returns<{ savedAt: string }>(),
  },
  'recovery.get': { input: z.object({ tenderId: IdSchema }).strict(), output: returns<RecoveredEdits | null>() },
  'recovery.discard': { input: z.object({ tenderId: IdSchema }).strict(), output: returns<null>() },
} as const;
