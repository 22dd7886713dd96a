import { link, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry } from '@shared/api/contract';
import type { Tender } from '@shared/model/tender';
import { decodeDocument, type DocumentFormat } from './documents';
import { fsyncDirectory, namesIn, removeStaleTempFiles, writeFileDurably } from './durable-file';
import { FILE_TIMESTAMP_PATTERN, fileTimestamp, type MonotonicClock, type WorkspaceLayout } from './layout';

/** Backups kept per tender; the oldest beyond this are deleted after each new backup. */
export const BACKUPS_PER_TENDER = 10;

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

/** The rolling copies of a tender's last saves (the newest is the current file) in backups/<tenderId>/. */
export class TenderBackups {
  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly clock: MonotonicClock,
  ) {}

  private async names(tenderId: string): Promise<BackupName[]> {
    const entries = await namesIn(this.layout.tenderBackupsDir(tenderId));
    return entries.flatMap((name) => parseBackupName(name) ?? []).sort(byAge);
  }

  /** Highest revision any backup of this tender was taken at, or undefined when there are none. */
  async highestRevision(tenderId: string): Promise<number | undefined> {
    const names = await this.names(tenderId);
    return names.length ? Math.max(...names.map((n) => n.revision)) : undefined;
  }

  /**
   * Keeps the save just written as a backup (prune() then deletes the oldest so that BACKUPS_PER_TENDER
   * remain). A hard link costs no copy: every save replaces the tender file by rename, so the linked
   * bytes never change afterwards. Until the next save, though, the newest backup and the tender file
   * are one file: another program writing the tender file in place changes (or damages) both.
   * Where links are not possible (some file systems), it copies.
   */
  async keep(tenderId: string, tenderFile: string, revision: number): Promise<void> {
    const dir = this.layout.tenderBackupsDir(tenderId);
    const target = join(dir, `${fileTimestamp(this.clock.now())}-r${revision}.json`);
    await mkdir(dir, { recursive: true });
    try {
      await link(tenderFile, target);
      await fsyncDirectory(dir);
    } catch {
      await rm(target, { force: true });
      await writeFileDurably(target, await readFile(tenderFile));
    }
  }

  /**
   * Deletes the oldest backups beyond BACKUPS_PER_TENDER. Separate from keep(): the save and its backup
   * stand once keep() returns, and a failure to tidy up must not undo them (the caller would put the
   * old file back while this backup's revision stays taken).
   */
  async prune(tenderId: string): Promise<void> {
    const names = await this.names(tenderId);
    const surplus = names.slice(0, Math.max(0, names.length - BACKUPS_PER_TENDER));
    for (const old of surplus) await rm(join(this.layout.tenderBackupsDir(tenderId), old.name), { force: true });
    // A backup write cut short by a crash leaves its temp file here; sweep it while we are in the folder.
    await removeStaleTempFiles(this.layout.tenderBackupsDir(tenderId));
  }

  /** Newest first. Backups that no longer read correctly are left out: they could not be restored. */
  async list(tenderId: string, format: DocumentFormat<Tender>): Promise<BackupEntry[]> {
    const names = (await this.names(tenderId)).reverse();
    const entries: BackupEntry[] = [];
    for (const { name } of names) {
      const tender = await this.read(tenderId, name, format).catch(() => undefined);
      if (!tender) continue;
      // savedAt is when that version was saved; the file name records when it was backed up.
      entries.push({ id: name, tenderId, revision: tender.revision, title: tender.title, savedAt: tender.updatedAt });
    }
    return entries;
  }

  /** The validated tender in a backup; undefined when no such backup exists. Throws CorruptFileError. */
  async read(tenderId: string, backupId: string, format: DocumentFormat<Tender>): Promise<Tender | undefined> {
    // The id must be one of our own file names: this also rules out "..", separators and the like.
    if (!isBackupId(backupId)) return undefined;
    const file = join(this.layout.tenderBackupsDir(tenderId), backupId);
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
