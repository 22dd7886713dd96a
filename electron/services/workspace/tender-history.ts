import type { BackupEntry, BackupList, BackupPin } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { contentOf, withContent, type Tender } from '@shared/model/tender';
import type { TenderBackups } from './backups';
import { CorruptFileError } from './errors';
import { tenderFormat } from './formats';
import type { Clock, WorkspaceLayout } from './layout';
import type { OpenTender } from './open-tenders';
import type { Quarantine } from './quarantine';
import type { ContentMerge } from './store-options';
import { t } from '@shared/i18n';

const BACKUP_UNUSABLE = {
  opened: (backupId: string, reason: string) => t('messages:errors.backups.cannotOpen', { backupId, reason }),
  restored: (backupId: string, reason: string) => t('messages:errors.backups.cannotRestore', { backupId, reason }),
};

export interface HistoryDependencies {
  layout: WorkspaceLayout;
  clock: Clock;
  backups: TenderBackups;
  quarantine: Quarantine;
  /** The open tender, re-read when the file changed on disk; undefined when there is none. */
  openTenderLocked: (id: string) => Promise<OpenTender | undefined>;
  /** The same, not_found when there is none. */
  requireTenderLocked: (id: string) => Promise<OpenTender>;
  /** Writes `next` as a new content revision, as a save does. */
  commitContentLocked: (id: string, current: OpenTender | undefined, next: Tender) => Promise<Tender>;
}

/**
 * The store's operations on a tender's versions: listing, opening, pinning, labelling and restoring
 * backups. Callers run every method in the tender's queue; the ones that write also hold its lock.
 */
export class TenderHistory {
  constructor(private readonly deps: HistoryDependencies) {}

  listLocked(tenderId: string): Promise<BackupList> {
    return this.deps.backups.list(tenderId, tenderFormat(tenderId));
  }

  /** The validated content of one backup. */
  async readLocked(tenderId: string, backupId: string, verb: 'opened' | 'restored'): Promise<Tender> {
    let backup: Tender | undefined;
    try {
      backup = await this.deps.backups.read(tenderId, backupId, tenderFormat(tenderId));
    } catch (error) {
      if (error instanceof CorruptFileError) throw new ApiError('corrupt', BACKUP_UNUSABLE[verb](backupId, error.reason));
      throw error;
    }
    if (!backup) throw new ApiError('not_found', t('messages:errors.backups.none', { backupId, tenderId }));
    return backup;
  }

  /** Names a version so thinning keeps it (`pin` undefined: unpins it). */
  pinLocked(tenderId: string, backupId: string, pin: BackupPin | undefined): Promise<BackupEntry> {
    return this.deps.backups.setPin(tenderId, backupId, pin, tenderFormat(tenderId));
  }

  /**
   * Labels the current save's backup before an export or import ("Before export of the tender pack"),
   * keeping one first if that revision has none, so the version the file was made from stays in the
   * history (until the daily stage of the retention rule ends) without a copy of its own. With
   * `revision`, labels that earlier revision's backup instead (an import labels the version it was
   * added onto, once it has been), or nothing when no backup of it is left.
   */
  async snapshotLocked(tenderId: string, label: string, revision?: number): Promise<void> {
    const { backups, clock } = this.deps;
    const current = (await this.deps.requireTenderLocked(tenderId)).db.data.revision;
    const file = this.deps.layout.tenderFile(tenderId);
    const target = revision ?? current;
    const keepCurrent = () => (target === current ? backups.keep(tenderId, file, current) : Promise.resolve(undefined));
    await backups.snapshot(tenderId, target, { label, at: clock.now().toISOString() }, keepCurrent);
  }

  /**
   * Makes a backup's content the current version, as a new save (itself kept as a backup, like every
   * save, so the restore can be undone by restoring the save it replaced). The new revision follows
   * the current file's; when that file is missing or damaged, it follows the highest revision any
   * backup has, so a revision number never names two different contents. `merge` (given the current
   * tender, when readable) decides what of it survives, e.g. the evaluation records.
   */
  async restoreLocked(tenderId: string, backupId: string, merge?: ContentMerge): Promise<Tender> {
    const backup = await this.readLocked(tenderId, backupId, 'restored');
    let current: OpenTender | undefined;
    try {
      current = await this.deps.openTenderLocked(tenderId);
    } catch (error) {
      // Damaged: it has just been set aside, and the restore replaces it.
      if (!(error instanceof ApiError && error.code === 'corrupt')) throw error;
    }
    const base =
      current?.db.data.revision ??
      Math.max(
        backup.revision,
        (await this.deps.backups.highestRevision(tenderId)) ?? 0,
        await this.deps.quarantine.highestRevisionOf(tenderId),
      );
    const content = current && merge ? merge(current.db.data, contentOf(backup)) : contentOf(backup);
    return this.deps.commitContentLocked(tenderId, current, { ...withContent(backup, content), revision: base });
  }
}
