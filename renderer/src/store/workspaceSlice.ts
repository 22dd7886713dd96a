import { call } from '../api';
import { t } from '@shared/i18n';
import { messageOf } from '../lib/errors';
import type { SliceCreator } from './types';
import type { QuarantinedFile, WorkspaceStatus } from '@shared/api/contract';
import type { Tender } from '@shared/model/tender';

export interface WorkspaceSlice {
  workspace: WorkspaceStatus | null;
  workspaceError: string | null;
  loadWorkspace: () => Promise<void>;
  dismissQuarantined: (file: string) => Promise<void>;
  /** Restores the newest backup of the tender a quarantined file belonged to. */
  restoreLatestBackup: (entry: QuarantinedFile) => Promise<Tender>;
}

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (set, get) => ({
  workspace: null,
  workspaceError: null,

  loadWorkspace: async () => {
    try {
      set({ workspace: await call('workspace.status', {}), workspaceError: null });
    } catch (error) {
      set({ workspaceError: messageOf(error) });
    }
  },

  dismissQuarantined: async (file) => {
    set({ workspace: await call('workspace.dismissQuarantined', { file }) });
  },

  restoreLatestBackup: async (entry) => {
    const tenderId = entry.tenderId;
    if (!tenderId) throw new Error(t('common:quarantine.notATender'));
    const { entries } = await call('backups.list', { tenderId });
    const latest = [...entries].sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.revision - a.revision)[0];
    if (!latest) throw new Error(t('common:quarantine.noBackupYet'));
    const tender = await call('backups.restore', { tenderId, backupId: latest.id });
    get().upsertSummary(tender);
    // The damaged file stays on disk for inspection; the notice has done its job.
    const status = await call('workspace.status', {});
    set({ workspace: status });
    if (status.quarantined.some((q) => q.file === entry.file)) await get().dismissQuarantined(entry.file);
    return tender;
  },
});
