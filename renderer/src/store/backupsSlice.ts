import { call } from '../api';
import type { BackupEntry, BackupUsage } from '@shared/api/contract';
import { messageOf } from '../lib/errors';
import type { LoadStatus, SliceCreator } from './types';

/** The open tender's backups (its saved versions): listed and pinned here, restored by the editor. */
export interface BackupsSlice {
  /** The open tender's backups, newest first. */
  backups: BackupEntry[];
  /** How many backup files the open tender has and the disk they take. */
  backupUsage: BackupUsage | null;
  /** Why the history cannot be tidied, in words (e.g. its marks file is damaged); null when all is well. */
  backupsWarning: string | null;
  backupsStatus: LoadStatus;
  backupsError: string | null;
  loadBackups: () => Promise<void>;
  /** Names a backup so it is kept until unpinned (`name` null: unpins it). */
  pinBackup: (backupId: string, name: string | null) => Promise<void>;
}

export const createBackupsSlice: SliceCreator<BackupsSlice> = (set, get) => ({
  backups: [],
  backupUsage: null,
  backupsWarning: null,
  backupsStatus: 'idle',
  backupsError: null,

  loadBackups: async () => {
    const id = get().openTenderId;
    if (!id) return;
    set({ backupsStatus: get().backups.length ? 'ready' : 'loading', backupsError: null });
    try {
      const { entries, usage, warning } = await call('backups.list', { tenderId: id });
      if (get().openTenderId !== id) return;
      set({ backups: entries, backupUsage: usage, backupsWarning: warning ?? null, backupsStatus: 'ready' });
    } catch (error) {
      if (get().openTenderId !== id) return;
      set({ backupsStatus: 'error', backupsError: messageOf(error) });
    }
  },

  pinBackup: async (backupId, name) => {
    const id = get().openTenderId;
    if (!id) return;
    const entry =
      name === null ? await call('backups.unpin', { tenderId: id, backupId }) : await call('backups.pin', { tenderId: id, backupId, name });
    if (get().openTenderId !== id) return;
    set({ backups: get().backups.map((b) => (b.id === entry.id ? entry : b)) });
  },
});
