import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { BackupEntry, BackupList, DeletedTender, WorkspaceStatus } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { LIMITS, newId } from '@shared/model/common';
import { DEFAULT_HISTORY_POLICY } from '@shared/model/history';
import { DEFAULT_LIBRARY, type Library } from '@shared/model/library';
import { DEFAULT_SETTINGS, type Settings } from '@shared/model/settings';
import { currencyOf } from '@shared/model/currency';
import {
  TENDER_SCHEMA_VERSION,
  contentOf,
  newTenderContent,
  type Tender,
  type TenderContent,
  type TenderSummary,
  withContent,
} from '@shared/model/tender';
import type { SavedBy } from '@shared/model/workspace';
import { withArchived } from '@shared/model/tenderStatus';
import { TenderBackups } from './backups';
import { durableWritesIdle, removeStaleTempFiles } from './durable-file';
import { LIBRARY_FORMAT, SETTINGS_FORMAT } from './formats';
import { KeyedQueue } from './keyed-queue';
import { processClock, WorkspaceLayout, type Clock } from './layout';
import { OpenTenders, type OpenTender } from './open-tenders';
import { RecentlyDeleted } from './recently-deleted';
import { Quarantine } from './quarantine';
import { instanceIdentity } from './identity';
import { WorkspaceLocks } from './locks';
import { SharedDocument } from './shared-document';
import { EngagementDocuments } from './engagement-documents';
import { pointsAtRegister, withRegisteredNames } from '@shared/rules/registeredNames';
import {
  checkLibraryItemsBase,
  checkSettingsBase,
  checkTenderBase,
  nextVersion,
  stampingItems,
  withoutRecords,
  type LibraryItemKey,
} from './revisions';
import type { ContentMerge, NewTender, SaveOptions, StoreOptions } from './store-options';
import { TenderCommits } from './tender-commit';
import { TenderHistory } from './tender-history';
import { TenderSummaries } from './tender-list';
import { t } from '@shared/i18n';

export type { LibraryItemKey } from './revisions';
export type { ContentMerge, NewTender, SaveOptions, StoreOptions } from './store-options';

const COPY_SUFFIX = ' (copy)';

/**
 * The workspace on disk: one lowdb file per tender plus settings.json and library.json.
 *
 * Every operation on one tender runs in that tender's queue, so a backup and the write it precedes
 * cannot interleave with another save. Revisions: a new tender is written as revision 1 (its first
 * write); every later write of it (save, rename, restore) adds one. Revision 0 only appears in legacy
 * files that were never saved by this version.
 */
export class WorkspaceStore {
  readonly layout: WorkspaceLayout;
  private readonly clock: Clock;
  private readonly tenderQueue = new KeyedQueue();
  private readonly backups: TenderBackups;
  private readonly quarantine: Quarantine;
  private readonly commits: TenderCommits;
  private readonly history: TenderHistory;
  private readonly tenders: OpenTenders;
  /** Summaries for listing, valid while the file's stamp is unchanged; persisted as the summary index. */
  private readonly summaries: TenderSummaries;
  /** Who this instance is: every write records it, so a colleague's conflict can say who came first. */
  readonly me: SavedBy;
  readonly locks: WorkspaceLocks;
  private readonly settingsDoc: SharedDocument<Settings>;
  private readonly libraryDoc: SharedDocument<Library>;
  /** The supplier register and the tenders' factory disclosures. */
  readonly engagement: EngagementDocuments;
  /** Deleted tenders and the items saves took out of tenders, kept for 30 days. */
  readonly deleted: RecentlyDeleted;

  private constructor(root: string, options: StoreOptions) {
    this.layout = new WorkspaceLayout(resolve(root));
    this.clock = options.clock ?? processClock;
    this.summaries = new TenderSummaries(this.layout);
    this.me = options.me ?? instanceIdentity(options.mode ?? 'browser');
    this.locks = new WorkspaceLocks(this.layout.root, { staleMs: options.lockStaleMs });
    this.backups = new TenderBackups(this.layout, this.clock);
    this.quarantine = new Quarantine(this.layout, this.clock, this.backups, (tenderId) => this.tenders.forget(tenderId));
    this.tenders = new OpenTenders(this.layout, this.summaries, (id, reason) => this.quarantine.setAsideTenderLocked(id, reason));
    const context = {
      locks: this.locks,
      me: this.me,
      now: () => this.clock.now(),
      setAside: (file: string, reason: string) => this.quarantine.setAside(file, reason),
    };
    this.settingsDoc = new SharedDocument(this.layout.settingsFile, SETTINGS_FORMAT, DEFAULT_SETTINGS, context);
    this.libraryDoc = new SharedDocument(this.layout.libraryFile, LIBRARY_FORMAT, DEFAULT_LIBRARY, context);
    this.engagement = new EngagementDocuments(this.layout, context);
    this.deleted = new RecentlyDeleted(this.layout, this.clock, this.me, {
      withTender: (id, task) => this.withTender(id, task),
      readLocked: async (id) => (await this.tenders.openLocked(id))?.db.data,
      writeContentLocked: (id, stored, content) => this.commitContentLocked(id, this.tenders.cached(id), withContent(stored, content)),
      forget: (id) => this.tenders.forget(id),
    });
    this.commits = new TenderCommits({
      layout: this.layout,
      backups: this.backups,
      historyPolicy: () =>
        this.settingsDoc.read().then(
          (settings) => settings.history,
          () => DEFAULT_HISTORY_POLICY,
        ),
      remember: (id, entry) => this.tenders.remember(id, entry),
      forget: (id) => this.tenders.forget(id),
    });
    this.history = new TenderHistory({
      layout: this.layout,
      clock: this.clock,
      backups: this.backups,
      quarantine: this.quarantine,
      openTenderLocked: (id) => this.tenders.openLocked(id),
      requireTenderLocked: (id) => this.tenders.requireLocked(id),
      commitContentLocked: (id, current, next) => this.commitContentLocked(id, current, next),
    });
  }

  /** Opens (creating folders as needed) the workspace at `root`. Corrupt settings/library are set aside. */
  static async open(root: string, options: StoreOptions = {}): Promise<WorkspaceStore> {
    const store = new WorkspaceStore(root, options);
    await mkdir(store.layout.tendersDir, { recursive: true });
    await removeStaleTempFiles(store.layout.root);
    await removeStaleTempFiles(store.layout.tendersDir);
    await removeStaleTempFiles(dirname(store.layout.summaryIndexFile));
    await store.locks.measureClockSkew();
    // Read once now, so a damaged file is set aside and reported at start-up.
    await store.settingsDoc.read();
    await store.libraryDoc.read();
    await store.engagement.prepare();
    return store;
  }

  /** Waits for queued work and writes to finish, then forgets cached files. */
  async close(): Promise<void> {
    await this.tenderQueue.idle();
    await durableWritesIdle();
    this.tenders.clear();
  }

  // ---- workspace -------------------------------------------------------------------------------

  async status(): Promise<WorkspaceStatus> {
    // Listing reads every tender file, so damaged ones are found even before the list is shown.
    await this.listTenders();
    return { path: this.layout.root, quarantined: await this.quarantine.list() };
  }

  async dismissQuarantined(file: string): Promise<WorkspaceStatus> {
    if (!(await this.quarantine.dismiss(file))) {
      throw new ApiError('not_found', t('messages:errors.workspace.notSetAside', { file }));
    }
    return this.status();
  }

  // ---- settings and library ----------------------------------------------------------------------

  /** The settings as on disk now: a colleague's save is seen without a restart. Read-only. */
  settings(): Promise<Settings> {
    return this.settingsDoc.read();
  }

  /** Replaces the settings, refused as a conflict when they changed on disk since `baseRevision`. */
  saveSettings(settings: Settings, baseRevision?: number): Promise<Settings> {
    return this.settingsDoc.update(() => structuredClone(settings), checkSettingsBase(baseRevision));
  }

  /** The team's library as on disk now. Read-only. */
  library(): Promise<Library> {
    return this.libraryDoc.read();
  }

  /**
   * Applies `change` to the library as on disk now, under its lock. Edits of different items by two
   * colleagues both land; an edit of an item that changed on disk since `baseRevision` is refused.
   */
  updateLibrary(
    change: (current: Library) => Library,
    { baseRevision, items = [] }: { baseRevision?: number; items?: LibraryItemKey[] } = {},
  ): Promise<Library> {
    return this.libraryDoc.update(stampingItems(change, items), checkLibraryItemsBase(baseRevision, items));
  }

  // ---- tenders ---------------------------------------------------------------------------------

  /** Summaries, newest updatedAt first. Damaged files are set aside and left out. */
  listTenders(): Promise<TenderSummary[]> {
    return this.summaries.list((id) => this.tenderQueue.run(id, () => this.quarantine.setAsideTenderIfStillCorruptLocked(id)));
  }

  /** Runs `task` in the tender's queue while holding its file's lock: a read-check-write across processes. */
  private withTender<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.tenderQueue.run(id, () => this.locks.withLock(this.layout.tenderFile(id), task));
  }

  /** The tender with the register's names for its registered Q&A suppliers and bidders (a rename shows everywhere). */
  async getTender(id: string): Promise<Tender> {
    const tender = await this.tenderQueue.run(id, async () => structuredClone((await this.tenders.requireLocked(id)).db.data));
    return pointsAtRegister(tender) ? withRegisteredNames(tender, await this.engagement.supplierRegister()) : tender;
  }

  /** A new tender prices in the organisation's default currency from then on, whatever the default becomes later. */
  async createTender(input: NewTender): Promise<Tender> {
    const currency = currencyOf({}, await this.settings());
    return this.createFromContent({ ...newTenderContent(input), currency });
  }

  /** A new tender (its own id and history) holding `content` as it is. */
  createFromContent(content: TenderContent): Promise<Tender> {
    const id = newId();
    return this.withTender(id, () => {
      const now = this.clock.now().toISOString();
      return this.commits.commitLocked(id, undefined, {
        schemaVersion: TENDER_SCHEMA_VERSION,
        id,
        ...content,
        createdAt: now,
        updatedAt: now,
        revision: 1,
        contentRevision: 1,
        savedBy: this.me,
      });
    });
  }

  /**
   * Replaces the editable content. The store keeps `content` as it is, without a copy (a 1 MB tender
   * costs about 2 ms to copy): callers hand over a value nobody changes afterwards, such as the API's
   * freshly parsed input or content built for this one call.
   */
  saveTender(id: string, content: TenderContent, { merge, contentValidated = false, baseRevision }: SaveOptions = {}): Promise<Tender> {
    return this.withTender(id, async () => {
      const entry = await this.tenders.requireLocked(id);
      const stored = entry.db.data;
      if (baseRevision !== undefined) checkTenderBase(stored, baseRevision);
      return this.commitContentLocked(id, entry, withContent(stored, merge ? merge(stored, content) : content), contentValidated);
    });
  }

  /**
   * Writes what `change` makes of the tender as on disk now, under its lock: for evaluation records
   * (imports, moderations, audit), which are added onto whatever a colleague wrote meanwhile. Such a
   * write does not make anyone's open copy of the content stale.
   */
  updateRecords(id: string, change: (stored: Readonly<Tender>) => TenderContent): Promise<Tender> {
    return this.withTender(id, async () => {
      const entry = await this.tenders.requireLocked(id);
      const stored = entry.db.data;
      return this.commits.commitLocked(id, entry, {
        ...withContent(stored, change(stored)),
        ...this.nextVersion(stored, 'records'),
      });
    });
  }

  renameTender(id: string, title: string): Promise<Tender> {
    return this.withTender(id, async () => {
      const entry = await this.tenders.requireLocked(id);
      return this.commits.commitLocked(id, entry, { ...entry.db.data, title, ...this.nextVersion(entry.db.data, 'content') });
    });
  }

  /** Archives the tender or puts it back at the status it had: a content change like a rename. */
  archiveTender(id: string, archived: boolean): Promise<Tender> {
    return this.withTender(id, async () => {
      const entry = await this.tenders.requireLocked(id);
      return this.commits.commitLocked(id, entry, {
        ...withArchived(entry.db.data, archived),
        ...this.nextVersion(entry.db.data, 'content'),
      });
    });
  }

  /**
   * A new tender with the same content (lot ids kept) and its own history. Each lot keeps its
   * evaluation set-up (panel, bidders, prices) but none of the original's evaluation records: the
   * imports, moderations and audit trail belong to the tender they were made in.
   */
  async duplicateTender(id: string): Promise<Tender> {
    const source = await this.getTender(id);
    const copyId = newId();
    const title = source.title.slice(0, LIMITS.shortText - COPY_SUFFIX.length) + COPY_SUFFIX;
    const lots = withoutRecords(source.lots);
    return this.withTender(copyId, () => {
      const now = this.clock.now().toISOString();
      return this.commits.commitLocked(copyId, undefined, {
        ...source,
        lots,
        id: copyId,
        title,
        createdAt: now,
        updatedAt: now,
        revision: 1,
        contentRevision: 1,
        savedBy: this.me,
      });
    });
  }

  /** "Keep mine as a copy": `content` as a new tender titled "... (copy)", without evaluation records. */
  saveCopyOf(content: TenderContent): Promise<Tender> {
    const title = content.title.slice(0, LIMITS.shortText - COPY_SUFFIX.length) + COPY_SUFFIX;
    return this.createFromContent({ ...content, title, lots: withoutRecords(content.lots) });
  }

  /** Moves the tender to Recently deleted (see recently-deleted.ts), from where undoDeleteTender puts it back. */
  deleteTender(id: string): Promise<DeletedTender> {
    return this.deleted.deleteTender(id);
  }

  undoDeleteTender(id: string): Promise<Tender> {
    return this.deleted.undoDeleteTender(id);
  }

  // ---- backups (see tender-history.ts) -------------------------------------------------------

  /** In the tender's queue, so the list reflects every save made before it (and their thinning). */
  listBackups(tenderId: string): Promise<BackupList> {
    return this.tenderQueue.run(tenderId, () => this.history.listLocked(tenderId));
  }

  /** The validated content of one backup. */
  getBackup(tenderId: string, backupId: string): Promise<Tender> {
    return this.tenderQueue.run(tenderId, () => this.history.readLocked(tenderId, backupId, 'opened'));
  }

  /** Names a version so thinning keeps it (`name` undefined: unpins it). Under the lock: colleagues share the marks. */
  pinBackup(tenderId: string, backupId: string, name: string | undefined): Promise<BackupEntry> {
    const pin = name === undefined ? undefined : { name, pinnedAt: this.clock.now().toISOString(), pinnedBy: this.me };
    return this.withTender(tenderId, () => this.history.pinLocked(tenderId, backupId, pin));
  }

  /** Labels the backup of the current save (or of `revision`) before an export or import. */
  snapshot(tenderId: string, label: string, revision?: number): Promise<void> {
    return this.withTender(tenderId, () => this.history.snapshotLocked(tenderId, label, revision));
  }

  /** Makes a backup's content the current version, as a new save. */
  restoreBackup(tenderId: string, backupId: string, merge?: ContentMerge): Promise<Tender> {
    return this.withTender(tenderId, () => this.history.restoreLocked(tenderId, backupId, merge));
  }

  // ---- internals (callers hold the tender's queue) ---------------------------------------------

  /**
   * Writes `next` (its header after `next.revision`) as a new content revision. What it leaves out
   * of the tender on disk is kept in Recently deleted first (taken out again if the write fails);
   * what it brings back leaves Recently deleted once written.
   */
  private async commitContentLocked(id: string, current: OpenTender | undefined, next: Tender, contentValidated = false): Promise<Tender> {
    const kept = current ? await this.deleted.beforeContentWriteLocked(current.db.data, contentOf(next)) : undefined;
    let saved: Tender;
    try {
      saved = await this.commits.commitLocked(
        id,
        current,
        { ...(kept ? withContent(next, kept.content) : next), ...this.nextVersion(next, 'content') },
        contentValidated,
      );
    } catch (error) {
      await kept?.failed();
      throw error;
    }
    await kept?.written();
    return saved;
  }

  private nextVersion(stored: Pick<Tender, 'revision' | 'contentRevision'>, changes: 'content' | 'records') {
    return nextVersion(stored, changes, this.clock.now(), this.me);
  }
}
