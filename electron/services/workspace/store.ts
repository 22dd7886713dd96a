import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Low } from 'lowdb';
import type { BackupEntry, BackupList, DeletedTender, WorkspaceStatus } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { LIMITS, newId } from '@shared/model/common';
import { DEFAULT_HISTORY_POLICY } from '@shared/model/history';
import { DEFAULT_LIBRARY, type Library } from '@shared/model/library';
import { DEFAULT_SETTINGS, type Settings } from '@shared/model/settings';
import { TENDER_SCHEMA_VERSION, contentOf, newTenderContent, summarise, type Tender, type TenderContent, type TenderSummary } from '@shared/model/tender';
import type { SavedBy } from '@shared/model/workspace';
import { DurableJsonAdapter } from './adapter';
import { TenderBackups } from './backups';
import { checkBeforeWrite, decodeDocument, encodeDocument, encodeValidDocument, type DocumentFormat } from './documents';
import { durableWritesIdle, holdFile, removeStaleTempFiles, writeFileDurably } from './durable-file';
import { CorruptFileError } from './errors';
import { LIBRARY_FORMAT, SETTINGS_FORMAT, TENDER_HEADER_SCHEMA, tenderFormat } from './formats';
import { KeyedQueue } from './keyed-queue';
import { processClock, WorkspaceLayout, type Clock } from './layout';
import { RecentlyDeleted } from './recently-deleted';
import { Quarantine } from './quarantine';
import { instanceIdentity } from './identity';
import { WorkspaceLocks } from './locks';
import { SharedDocument, stampOf } from './shared-document';
import { checkLibraryItemsBase, checkSettingsBase, checkTenderBase, nextVersion, stampingItems, withoutRecords, type LibraryItemKey } from './revisions';

export type { LibraryItemKey } from './revisions';
import { sameStamp, type FileStamp } from './summary-index';
import { TenderSummaries } from './tender-list';

interface OpenTender {
  db: Low<Tender>;
  stamp: FileStamp;
  /** The highest revision kept in backups/<id>/, once known: saves then need no folder listing. */
  backedUpRevision?: number;
}

/**
 * Turns the content a caller saves into the content to store, given what is stored now (read-only).
 * The evaluation service uses it to keep the stored evaluation records, inside the store's queue.
 */
export type ContentMerge = (stored: Readonly<Tender>, incoming: TenderContent) => TenderContent;

export interface SaveOptions {
  merge?: ContentMerge;
  /**
   * True when `content` (and whatever `merge` adds from the stored tender) has already been parsed
   * by TenderContentSchema, as the API does with every tenders.save. The store then checks only the
   * fields it sets itself before writing, instead of the whole tender a second time.
   */
  contentValidated?: boolean;
  /**
   * The revision the caller's content was based on. When given, the save is refused as a conflict if
   * the content on disk changed since (a colleague's save came first); records-only writes do not count.
   */
  baseRevision?: number;
}

export interface NewTender {
  title: string;
  reference: string;
  buyer: string;
  description?: string;
  /** Lot titles; each lot gets a fresh id. */
  lots: string[];
}

export interface StoreOptions {
  /** Who this instance is, as its saves and presence show it (default: this OS user and machine). */
  me?: SavedBy;
  mode?: SavedBy['mode'];
  lockStaleMs?: number;
  /** Where saves, backups and thinning read the time (default: the process's monotonic clock); tests move it by hand. */
  clock?: Clock;
}

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
  /** Tenders opened by get/save, kept so repeat saves need no re-read. */
  private readonly open = new Map<string, OpenTender>();
  /** Summaries for listing, valid while the file's stamp is unchanged; persisted as the summary index. */
  private readonly summaries: TenderSummaries;
  /** Who this instance is: every write records it, so a colleague's conflict can say who came first. */
  readonly me: SavedBy;
  readonly locks: WorkspaceLocks;
  private readonly settingsDoc: SharedDocument<Settings>;
  private readonly libraryDoc: SharedDocument<Library>;
  /** Deleted tenders and the items saves took out of tenders, kept for 30 days. */
  readonly deleted: RecentlyDeleted;

  private constructor(root: string, options: StoreOptions) {
    this.layout = new WorkspaceLayout(resolve(root));
    this.clock = options.clock ?? processClock;
    this.summaries = new TenderSummaries(this.layout);
    this.me = options.me ?? instanceIdentity(options.mode ?? 'browser');
    this.locks = new WorkspaceLocks(this.layout.root, { staleMs: options.lockStaleMs });
    this.backups = new TenderBackups(this.layout, this.clock);
    this.quarantine = new Quarantine(this.layout, this.clock, (tenderId) => this.restorableBackups(tenderId));
    const context = { locks: this.locks, me: this.me, now: () => this.clock.now(), setAside: (file: string, reason: string) => this.quarantine.setAside(file, reason) };
    this.settingsDoc = new SharedDocument(this.layout.settingsFile, SETTINGS_FORMAT, DEFAULT_SETTINGS, context);
    this.libraryDoc = new SharedDocument(this.layout.libraryFile, LIBRARY_FORMAT, DEFAULT_LIBRARY, context);
    this.deleted = new RecentlyDeleted(this.layout, this.clock, this.me, {
      withTender: (id, task) => this.withTender(id, task),
      readLocked: async (id) => (await this.openTenderLocked(id))?.db.data,
      writeContentLocked: (id, stored, content) => this.commitContentLocked(id, this.open.get(id), { ...stored, ...content }),
      forget: (id) => this.forget(id),
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
    return store;
  }

  /** Waits for queued work and writes to finish, then forgets cached files. */
  async close(): Promise<void> {
    await this.tenderQueue.idle();
    await durableWritesIdle();
    this.open.clear();
    this.summaries.clear();
  }

  // ---- workspace -------------------------------------------------------------------------------

  async status(): Promise<WorkspaceStatus> {
    // Listing reads every tender file, so damaged ones are found even before the list is shown.
    await this.listTenders();
    return { path: this.layout.root, quarantined: await this.quarantine.list() };
  }

  async dismissQuarantined(file: string): Promise<WorkspaceStatus> {
    if (!(await this.quarantine.dismiss(file))) {
      throw new ApiError('not_found', `"${file}" is not a set-aside file in this workspace`);
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
  updateLibrary(change: (current: Library) => Library, { baseRevision, items = [] }: { baseRevision?: number; items?: LibraryItemKey[] } = {}): Promise<Library> {
    return this.libraryDoc.update(stampingItems(change, items), checkLibraryItemsBase(baseRevision, items));
  }

  // ---- tenders ---------------------------------------------------------------------------------

  /** Summaries, newest updatedAt first. Damaged files are set aside and left out. */
  listTenders(): Promise<TenderSummary[]> {
    return this.summaries.list((id) => this.tenderQueue.run(id, () => this.quarantineIfStillCorruptLocked(id)));
  }

  /** Runs `task` in the tender's queue while holding its file's lock: a read-check-write across processes. */
  private withTender<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.tenderQueue.run(id, () => this.locks.withLock(this.layout.tenderFile(id), task));
  }

  getTender(id: string): Promise<Tender> {
    return this.tenderQueue.run(id, async () => structuredClone((await this.requireTenderLocked(id)).db.data));
  }

  createTender(input: NewTender): Promise<Tender> {
    return this.createFromContent(newTenderContent(input));
  }

  /** A new tender (its own id and history) holding `content` as it is. */
  createFromContent(content: TenderContent): Promise<Tender> {
    const id = newId();
    return this.withTender(id, () => {
      const now = this.clock.now().toISOString();
      return this.commitLocked(id, undefined, {
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
      const entry = await this.requireTenderLocked(id);
      const stored = entry.db.data;
      if (baseRevision !== undefined) checkTenderBase(stored, baseRevision);
      const edited = contentOf({ ...stored, ...(merge ? merge(stored, content) : content) });
      return this.commitContentLocked(id, entry, { ...stored, ...edited }, contentValidated);
    });
  }

  /**
   * Writes what `change` makes of the tender as on disk now, under its lock: for evaluation records
   * (imports, moderations, audit), which are added onto whatever a colleague wrote meanwhile. Such a
   * write does not make anyone's open copy of the content stale.
   */
  updateRecords(id: string, change: (stored: Readonly<Tender>) => TenderContent): Promise<Tender> {
    return this.withTender(id, async () => {
      const entry = await this.requireTenderLocked(id);
      const stored = entry.db.data;
      return this.commitLocked(id, entry, { ...stored, ...contentOf({ ...stored, ...change(stored) }), ...this.nextVersion(stored, 'records') });
    });
  }

  renameTender(id: string, title: string): Promise<Tender> {
    return this.withTender(id, async () => {
      const entry = await this.requireTenderLocked(id);
      return this.commitLocked(id, entry, { ...entry.db.data, title, ...this.nextVersion(entry.db.data, 'content') });
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
      return this.commitLocked(copyId, undefined, { ...source, lots, id: copyId, title, createdAt: now, updatedAt: now, revision: 1, contentRevision: 1, savedBy: this.me });
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

  // ---- backups ---------------------------------------------------------------------------------

  /** In the tender's queue, so the list reflects every save made before it (and their thinning). */
  listBackups(tenderId: string): Promise<BackupList> {
    return this.tenderQueue.run(tenderId, () => this.backups.list(tenderId, tenderFormat(tenderId)));
  }

  /** The validated content of one backup. */
  getBackup(tenderId: string, backupId: string): Promise<Tender> {
    return this.tenderQueue.run(tenderId, () => this.readBackupLocked(tenderId, backupId, 'opened'));
  }

  /** Names a version so thinning keeps it (`name` undefined: unpins it). Under the lock: colleagues share the marks. */
  pinBackup(tenderId: string, backupId: string, name: string | undefined): Promise<BackupEntry> {
    const pin = name === undefined ? undefined : { name, pinnedAt: this.clock.now().toISOString(), pinnedBy: this.me };
    return this.withTender(tenderId, () => this.backups.setPin(tenderId, backupId, pin, tenderFormat(tenderId)));
  }

  /**
   * Labels the current save's backup before an export or import ("Before export of the tender pack"),
   * keeping one first if that revision has none, so the version the file was made from stays in the
   * history (until the daily stage of the retention rule ends) without a copy of its own. With
   * `revision`, labels that earlier revision's backup instead (an import labels the version it was
   * added onto, once it has been), or nothing when no backup of it is left.
   */
  snapshot(tenderId: string, label: string, revision?: number): Promise<void> {
    return this.withTender(tenderId, async () => {
      const current = (await this.requireTenderLocked(tenderId)).db.data.revision;
      const file = this.layout.tenderFile(tenderId);
      const target = revision ?? current;
      const keepCurrent = () => (target === current ? this.backups.keep(tenderId, file, current) : Promise.resolve(undefined));
      await this.backups.snapshot(tenderId, target, { label, at: this.clock.now().toISOString() }, keepCurrent);
    });
  }

  /**
   * Makes a backup's content the current version, as a new save (itself kept as a backup, like every
   * save, so the restore can be undone by restoring the save it replaced). The new revision follows
   * the current file's; when that file is missing or damaged, it follows the highest revision any
   * backup has, so a revision number never names two different contents. `merge` (given the current
   * tender, when readable) decides what of it survives, e.g. the evaluation records.
   */
  restoreBackup(tenderId: string, backupId: string, merge?: ContentMerge): Promise<Tender> {
    return this.withTender(tenderId, async () => {
      const backup = await this.readBackupLocked(tenderId, backupId, 'restored');
      let current: OpenTender | undefined;
      try {
        current = await this.openTenderLocked(tenderId);
      } catch (error) {
        // Damaged: it has just been set aside, and the restore replaces it.
        if (!(error instanceof ApiError && error.code === 'corrupt')) throw error;
      }
      const base =
        current?.db.data.revision ??
        Math.max(backup.revision, (await this.backups.highestRevision(tenderId)) ?? 0, await this.quarantine.highestRevisionOf(tenderId));
      const content = current && merge ? merge(current.db.data, contentOf(backup)) : contentOf(backup);
      return this.commitContentLocked(tenderId, current, { ...backup, ...content, revision: base });
    });
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
      saved = await this.commitLocked(id, current, { ...next, ...kept?.content, ...this.nextVersion(next, 'content') }, contentValidated);
    } catch (error) {
      await kept?.failed();
      throw error;
    }
    await kept?.written();
    return saved;
  }

  private async readBackupLocked(tenderId: string, backupId: string, verb: 'opened' | 'restored'): Promise<Tender> {
    let backup: Tender | undefined;
    try {
      backup = await this.backups.read(tenderId, backupId, tenderFormat(tenderId));
    } catch (error) {
      if (error instanceof CorruptFileError) throw new ApiError('corrupt', `Backup "${backupId}" cannot be ${verb}: ${error.reason}`);
      throw error;
    }
    if (!backup) throw new ApiError('not_found', `No backup "${backupId}" for tender "${tenderId}"`);
    return backup;
  }

  private nextVersion(stored: Pick<Tender, 'revision' | 'contentRevision'>, changes: 'content' | 'records') {
    return nextVersion(stored, changes, this.clock.now(), this.me);
  }

  private forget(id: string): void {
    this.open.delete(id);
    this.summaries.delete(id);
  }

  /** The open tender, re-read when the file changed on disk; undefined when there is none. */
  private async openTenderLocked(id: string): Promise<OpenTender | undefined> {
    const file = this.layout.tenderFile(id);
    const stamp = await stampOf(file);
    if (!stamp) {
      this.forget(id);
      return undefined;
    }
    const cached = this.open.get(id);
    if (cached && sameStamp(cached.stamp, stamp)) return cached;
    const adapter = new DurableJsonAdapter(file, tenderFormat(id));
    let tender: Tender | null;
    try {
      tender = await adapter.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      throw await this.quarantineLocked(id, error.reason);
    }
    if (!tender) {
      this.forget(id);
      return undefined;
    }
    const entry = { db: new Low(adapter, tender), stamp };
    this.open.set(id, entry);
    this.summaries.set(id, stamp, summarise(tender));
    return entry;
  }

  private async requireTenderLocked(id: string): Promise<OpenTender> {
    const entry = await this.openTenderLocked(id);
    if (!entry) throw new ApiError('not_found', `No tender "${id}" in this workspace`);
    return entry;
  }

  /**
   * Writes `next` as the tender's file and keeps it as a backup. When either fails, the tender file is
   * left as it was (or absent, for a new tender) and the error is thrown: a save is reported only
   * once it is also backed up.
   */
  private async commitLocked(id: string, current: OpenTender | undefined, next: Tender, contentValidated = false): Promise<Tender> {
    const file = this.layout.tenderFile(id);
    // Encoded (and checked) before anything on disk changes, so a tender that would not read back
    // fails here with nothing written.
    const format = tenderFormat(id);
    const text = contentValidated ? encodeValidDocument(this.checkHeader(next, format)) : encodeDocument(next, format);
    // A version no backup holds yet (a legacy file, or one saved by an older Tenderwright that backed
    // up only earlier versions) is kept before it is replaced, so upgrading loses no version.
    if (current && (current.backedUpRevision ?? (await this.backups.highestRevision(id))) !== current.db.data.revision) {
      await this.backups.keep(id, file, current.db.data.revision);
    }
    const db = current?.db ?? new Low(new DurableJsonAdapter(file, format), next);
    const previous = db.data;
    // A second name for the file being replaced, so a failed backup can put it back unchanged.
    const held = current ? await holdFile(file) : undefined;
    db.data = next;
    try {
      await writeFileDurably(file, text);
      try {
        await this.backups.keep(id, file, next.revision);
      } catch (error) {
        db.data = previous;
        // Best effort: should this fail too, forget() below makes the next read show what is on disk.
        if (held) await rename(held, file).catch(() => undefined);
        else if (current) await db.write().catch(() => undefined);
        else await rm(file, { force: true }).catch(() => undefined);
        throw error;
      }
    } catch (error) {
      db.data = previous;
      this.forget(id);
      throw error;
    } finally {
      // A link left behind is swept with the other temp files on the next start.
      if (held) await rm(held, { force: true }).catch(() => undefined);
    }
    // Thinned while the lock is still held, so a colleague's pin made meanwhile is never missed. The
    // save and its backup stand already: a failure here only leaves more backups until the next save.
    await this.thinBackupsLocked(id).catch(() => undefined);
    const stamp = await stampOf(file);
    if (stamp) {
      this.open.set(id, { db, stamp, backedUpRevision: next.revision });
      this.summaries.set(id, stamp, summarise(next));
    }
    // Not a copy (a copy of a 1 MB tender costs about 2 ms): the store's cache and the caller share
    // this value, so callers treat it as read-only. Both transports serialise it straight away.
    return next;
  }

  private async thinBackupsLocked(id: string): Promise<void> {
    const policy = await this.settingsDoc.read().then((settings) => settings.history, () => DEFAULT_HISTORY_POLICY);
    await this.backups.thin(id, policy);
  }

  /** `next` when the fields the store sets are valid (its content having been checked by the caller). */
  private checkHeader(next: Tender, format: DocumentFormat<Tender>): Tender {
    checkBeforeWrite(next, TENDER_HEADER_SCHEMA, 'tender');
    const problem = format.verify?.(next);
    if (problem) throw new Error(`Refusing to write a tender file that would not read back: ${problem}`);
    return next;
  }

  /** Sets the tender file aside and returns the error to show. */
  private async quarantineLocked(id: string, reason: string): Promise<ApiError> {
    const kept = await this.quarantine.setAside(this.layout.tenderFile(id), reason);
    this.forget(id);
    const backups = await this.restorableBackups(id);
    const advice = backups > 0 ? ` ${backups} backup(s) can be restored.` : '';
    return new ApiError('corrupt', `Tender "${id}" could not be opened: ${reason}. The file was kept as ${kept}.${advice}`);
  }

  /**
   * Backups that still read correctly. Not simply all of them: the newest is the same file as the
   * tender file (a hard link), so damage done to the tender file in place is in that backup too.
   */
  private async restorableBackups(id: string): Promise<number> {
    // Not listBackups: this runs inside the tender's queue (quarantineLocked) as well as outside it.
    return this.backups.restorableCount(id, tenderFormat(id));
  }

  /** Listing reads outside the queue; re-check inside it, since a save may have replaced the file meanwhile. */
  private async quarantineIfStillCorruptLocked(id: string): Promise<void> {
    const file = this.layout.tenderFile(id);
    try {
      decodeDocument(file, await readFile(file), tenderFormat(id));
    } catch (error) {
      if (error instanceof CorruptFileError) await this.quarantineLocked(id, error.reason);
      else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
