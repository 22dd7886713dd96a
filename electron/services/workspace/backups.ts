import { link, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry, BackupList, BackupPin, BackupSnapshot } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { HistoryPolicy } from '@shared/model/history';
import { contentOf, type Tender } from '@shared/model/tender';
import { summariseChanges } from '@shared/rules/changeSummary';
import { backupsToKeep } from '@shared/rules/retention';
import { pairKey, readCatalog, writeCatalog, type Catalog, type CatalogEntry } from './backup-catalog';
import { MarksUnreadableError, readMarks, withPin, withSnapshot, writeMarks, type Marks } from './backup-marks';
import { decodeDocument, type DocumentFormat } from './documents';
import { fsyncDirectory, namesIn, removeStaleTempFiles, writeFileDurably } from './durable-file';
import { FILE_TIMESTAMP_PATTERN, fileTimestamp, isoFromFileTimestamp, type Clock, type WorkspaceLayout } from './layout';
import { t } from '@shared/i18n';

/** backups/<tenderId>/<when the backup was taken>-r<revision of the copy>.json */
const BACKUP_NAME = new RegExp(`^(${FILE_TIMESTAMP_PATTERN})-r(\\d+)\\.json$`);

interface BackupName {
  name: string;
  stamp: string;
  revision: number;
}

function parseBackupName(name: string): BackupName | undefined {
  const match = BACKUP_NAME.exec(name);
  return match ? { name, stamp: match[1] ?? '', revision: Number(match[2]) } : undefined;
}

/** Oldest first: by when the backup was taken, then by revision. */
function byAge(a: BackupName, b: BackupName): number {
  return a.stamp < b.stamp ? -1 : a.stamp > b.stamp ? 1 : a.revision - b.revision;
}

export function isBackupId(id: string): boolean {
  return BACKUP_NAME.test(id);
}

/** A backup that reads correctly, with what the catalog knows of it. */
interface Readable {
  name: BackupName;
  info: CatalogEntry;
}

const marksProblem = (error: MarksUnreadableError, layout: WorkspaceLayout) =>
  t('messages:errors.backups.marksUnreadable', { file: layout.relative(error.file), reason: error.reason });

/**
 * The copies of a tender's saves (the newest is the current file) in backups/<tenderId>/, thinned by
 * age after each save (shared/rules/retention.ts), with pins and snapshot labels beside them.
 * Callers run every method inside the tender's queue; the ones that change marks or delete backups
 * also hold the tender's lock, since colleagues on other machines share the folder.
 */
export class TenderBackups {
  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly clock: Clock,
  ) {}

  private dir(tenderId: string): string {
    return this.layout.tenderBackupsDir(tenderId);
  }

  private async names(tenderId: string): Promise<BackupName[]> {
    const entries = await namesIn(this.dir(tenderId));
    return entries.flatMap((name) => parseBackupName(name) ?? []).sort(byAge);
  }

  /** Highest revision any backup of this tender was taken at, or undefined when there are none. */
  async highestRevision(tenderId: string): Promise<number | undefined> {
    const names = await this.names(tenderId);
    return names.length ? Math.max(...names.map((n) => n.revision)) : undefined;
  }

  /**
   * Keeps the save just written as a backup (thin() later deletes what the retention rule lets go).
   * A hard link costs no copy: every save replaces the tender file by rename, so the linked bytes
   * never change afterwards. Until the next save, though, the newest backup and the tender file are
   * one file: another program writing the tender file in place changes (or damages) both.
   * Where links are not possible (some file systems), it copies. Returns the backup's id.
   */
  async keep(tenderId: string, tenderFile: string, revision: number): Promise<string> {
    const dir = this.dir(tenderId);
    const id = `${fileTimestamp(this.clock.now())}-r${revision}.json`;
    const target = join(dir, id);
    await mkdir(dir, { recursive: true });
    try {
      await link(tenderFile, target);
      await fsyncDirectory(dir);
    } catch {
      await rm(target, { force: true });
      await writeFileDurably(target, await readFile(tenderFile));
    }
    return id;
  }

  /**
   * Deletes the backups the retention rule no longer keeps. Separate from keep(): the save and its
   * backup stand once keep() returns, and a failure to tidy up must not undo them. When the marks
   * cannot be read, nothing is deleted (a pin might be lost); list() says so.
   */
  async thin(tenderId: string, policy: HistoryPolicy): Promise<void> {
    const dir = this.dir(tenderId);
    let marks: Marks;
    try {
      marks = await readMarks(dir);
    } catch (error) {
      if (error instanceof MarksUnreadableError) return;
      throw error;
    }
    const names = await this.names(tenderId);
    const entries = names.map(({ name, stamp }) => {
      const mark = marks.get(name);
      return { id: name, takenAt: isoFromFileTimestamp(stamp), pinned: Boolean(mark?.pin), snapshot: Boolean(mark?.snapshots.length) };
    });
    const keep = backupsToKeep(entries, this.clock.now(), policy);
    const gone = names.filter(({ name }) => !keep.has(name));
    for (const old of gone) await rm(join(dir, old.name), { force: true });
    // Labels of snapshots the daily stage has let go go with them.
    if (gone.some(({ name }) => marks.has(name))) {
      for (const { name } of gone) marks.delete(name);
      await writeMarks(dir, marks);
    }
    // A backup write cut short by a crash leaves its temp file here; sweep it while we are in the folder.
    await removeStaleTempFiles(dir);
  }

  /**
   * The backups that still read correctly, oldest first, described from the catalog (files not in
   * it, or changed since, are read and added). Damaged backups are left out: they could not be restored.
   */
  private async readable(
    tenderId: string,
    format: DocumentFormat<Tender>,
    catalog: Catalog,
  ): Promise<{ readable: Readable[]; changed: boolean; files: { size: number; key: string }[] }> {
    const dir = this.dir(tenderId);
    const names = await this.names(tenderId);
    const readable: Readable[] = [];
    const files: { size: number; key: string }[] = [];
    let changed = false;
    for (const name of names) {
      const info = await stat(join(dir, name.name)).catch(() => undefined);
      if (!info) continue;
      files.push({ size: info.size, key: `${info.dev}:${info.ino}` });
      const known = catalog.entries.get(name.name);
      if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) {
        readable.push({ name, info: known });
        continue;
      }
      changed = true;
      for (const key of catalog.summaries.keys())
        if (key.startsWith(`${name.name}>`) || key.endsWith(`>${name.name}`)) catalog.summaries.delete(key);
      const tender = await this.read(tenderId, name.name, format).catch(() => undefined);
      if (!tender) {
        catalog.entries.delete(name.name);
        continue;
      }
      const entry: CatalogEntry = {
        revision: tender.revision,
        title: tender.title,
        savedAt: tender.updatedAt,
        size: info.size,
        mtimeMs: info.mtimeMs,
        ...(tender.savedBy ? { savedBy: tender.savedBy } : {}),
      };
      catalog.entries.set(name.name, entry);
      readable.push({ name, info: entry });
    }
    const present = new Set(names.map((n) => n.name));
    for (const id of catalog.entries.keys()) {
      if (present.has(id)) continue;
      catalog.entries.delete(id);
      changed = true;
    }
    return { readable, changed, files };
  }

  /** How many backups can be restored, without reading marks or working out summaries. */
  async restorableCount(tenderId: string, format: DocumentFormat<Tender>): Promise<number> {
    const { catalog } = await readCatalog(this.dir(tenderId));
    return (await this.readable(tenderId, format, catalog)).readable.length;
  }

  /** Newest first, each with what changed since the one kept before it, and the disk they use. */
  async list(tenderId: string, format: DocumentFormat<Tender>): Promise<BackupList> {
    const dir = this.dir(tenderId);
    const { catalog, rebuilt } = await readCatalog(dir);
    const { readable, changed, files } = await this.readable(tenderId, format, catalog);
    let marks: Marks = new Map();
    let warning: string | undefined;
    try {
      marks = await readMarks(dir);
    } catch (error) {
      if (!(error instanceof MarksUnreadableError)) throw error;
      warning = marksProblem(error, this.layout);
    }
    const decoded = new Map<string, Tender | undefined>();
    const contentOfBackup = async (id: string) => {
      if (!decoded.has(id)) decoded.set(id, await this.read(tenderId, id, format).catch(() => undefined));
      return decoded.get(id);
    };
    let summariesChanged = false;
    const pairs = new Set<string>();
    const entries: BackupEntry[] = [];
    for (const [index, { name, info }] of readable.entries()) {
      const older = readable[index - 1];
      let changes: string[] = [];
      if (older) {
        const key = pairKey(older.name.name, name.name);
        pairs.add(key);
        const cached = catalog.summaries.get(key);
        if (cached) changes = cached;
        else {
          const [before, after] = [await contentOfBackup(older.name.name), await contentOfBackup(name.name)];
          changes = before && after ? summariseChanges(contentOf(before), contentOf(after)) : [];
          catalog.summaries.set(key, changes);
          summariesChanged = true;
        }
      }
      const mark = marks.get(name.name);
      entries.push({
        id: name.name,
        tenderId,
        revision: info.revision,
        title: info.title,
        takenAt: isoFromFileTimestamp(name.stamp),
        savedAt: info.savedAt,
        ...(info.savedBy ? { savedBy: info.savedBy } : {}),
        bytes: info.size,
        changes,
        oldest: index === 0,
        ...(mark?.pin ? { pin: mark.pin } : {}),
        snapshots: mark?.snapshots ?? [],
      });
    }
    // Summaries of pairs that are no longer neighbours (thinning removed what lay between) go.
    for (const key of catalog.summaries.keys()) {
      if (pairs.has(key)) continue;
      catalog.summaries.delete(key);
      summariesChanged = true;
    }
    // A failure to write the cache costs only the next listing's speed.
    // No backups, no catalog: listing a tender that has none (or never existed) writes nothing.
    if ((rebuilt || changed || summariesChanged) && files.length > 0) await writeCatalog(dir, catalog).catch(() => undefined);
    const distinct = new Map(files.map((f) => [f.key, f.size]));
    const usage = { count: files.length, bytes: [...distinct.values()].reduce((sum, size) => sum + size, 0) };
    return { entries: entries.reverse(), usage, ...(warning ? { warning } : {}) };
  }

  /** One entry of list(); not_found when there is no such backup. */
  async entry(tenderId: string, backupId: string, format: DocumentFormat<Tender>): Promise<BackupEntry> {
    const found = (await this.list(tenderId, format)).entries.find((e) => e.id === backupId);
    if (!found) throw new ApiError('not_found', t('messages:errors.backups.none', { backupId, tenderId }));
    return found;
  }

  /** Gives a backup a name (or takes it away, with undefined). Refused when the marks cannot be read. */
  async setPin(tenderId: string, backupId: string, pin: BackupPin | undefined, format: DocumentFormat<Tender>): Promise<BackupEntry> {
    if (!(await this.read(tenderId, backupId, format).catch(() => undefined))) {
      throw new ApiError('not_found', t('messages:errors.backups.noneAged', { backupId, tenderId }));
    }
    const dir = this.dir(tenderId);
    let marks: Marks;
    try {
      marks = await readMarks(dir);
    } catch (error) {
      if (error instanceof MarksUnreadableError) throw new ApiError('corrupt', marksProblem(error, this.layout));
      throw error;
    }
    marks.set(backupId, withPin(marks.get(backupId), pin));
    await writeMarks(dir, marks);
    return this.entry(tenderId, backupId, format);
  }

  /**
   * Labels the backup of `revision` (kept first if there is none yet, through `ensure`, which may
   * decline). With
   * unreadable marks the label is left out: thinning is stopped then, so the backup stays anyway.
   */
  async snapshot(
    tenderId: string,
    revision: number,
    snapshot: BackupSnapshot,
    ensure: () => Promise<string | undefined>,
  ): Promise<string | undefined> {
    const existing = (await this.names(tenderId)).filter((n) => n.revision === revision).at(-1)?.name;
    const id = existing ?? (await ensure());
    if (!id) return undefined;
    const dir = this.dir(tenderId);
    let marks: Marks;
    try {
      marks = await readMarks(dir);
    } catch (error) {
      if (error instanceof MarksUnreadableError) return id;
      throw error;
    }
    marks.set(id, withSnapshot(marks.get(id), snapshot));
    await writeMarks(dir, marks);
    return id;
  }

  /** The validated tender in a backup; undefined when no such backup exists. Throws CorruptFileError. */
  async read(tenderId: string, backupId: string, format: DocumentFormat<Tender>): Promise<Tender | undefined> {
    // The id must be one of our own file names: this also rules out "..", separators and the like.
    if (!isBackupId(backupId)) return undefined;
    const file = join(this.dir(tenderId), backupId);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return decodeDocument(file, bytes, format);
  }
}
