/**
 * A singleton workspace file that colleagues share (settings.json, library.json): read fresh from
 * disk whenever it changed, and written only under its lock, on top of what is on disk now, with
 * a revision one above it. `check` sees the version on disk before the change, so a caller can
 * refuse a write whose base is stale.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SavedBy } from '@shared/model/workspace';
import { decodeDocument, encodeDocument, type DocumentFormat } from './documents';
import { writeFileDurably } from './durable-file';
import { CorruptFileError } from './errors';
import { KeyedQueue } from './keyed-queue';
import type { WorkspaceLocks } from './locks';
import { sameStamp, type FileStamp } from './summary-index';

interface Versioned {
  revision?: number;
  updatedAt?: string;
  savedBy?: SavedBy;
}

export interface SharedDocumentContext {
  locks: WorkspaceLocks;
  me: SavedBy;
  now: () => Date;
  /** Sets a damaged file aside (its bytes untouched); the document then reads as its defaults. */
  setAside: (file: string, reason: string) => Promise<unknown>;
}

export class SharedDocument<T extends Versioned> {
  private cached?: { stamp: FileStamp; value: T };
  /** The highest revision seen, so a file set aside and started afresh never reuses a number. */
  private highestSeen = 0;
  private readonly queue = new KeyedQueue();

  constructor(
    readonly file: string,
    private readonly format: DocumentFormat<T>,
    private readonly defaults: T,
    private readonly context: SharedDocumentContext,
  ) {}

  /** The document as on disk now (its defaults when there is no file yet). Treat it as read-only. */
  read(): Promise<T> {
    return this.queue.run('read', () => this.readFromDisk());
  }

  /**
   * Writes `change(current)` under the file's lock, where `current` is read from disk inside the lock.
   * `check(current)` may throw (a conflict) to refuse the write; nothing is written then.
   */
  update(change: (current: T, revision: number) => T, check?: (current: T) => void): Promise<T> {
    return this.queue.run('write', () =>
      this.context.locks.withLock(this.file, async () => {
        const current = await this.readFromDisk();
        check?.(current);
        const revision = Math.max(current.revision ?? 0, this.highestSeen) + 1;
        const next: T = { ...change(current, revision), revision, updatedAt: this.context.now().toISOString(), savedBy: this.context.me };
        await writeFileDurably(this.file, encodeDocument(next, this.format));
        this.highestSeen = revision;
        const stamp = await stampOf(this.file);
        this.cached = stamp ? { stamp, value: next } : undefined;
        return next;
      }),
    );
  }

  /** The defaults, with the highest revision seen (none for a workspace that never had the file). */
  private defaultsNow(): T {
    return { ...structuredClone(this.defaults), ...(this.highestSeen > 0 ? { revision: this.highestSeen } : {}) };
  }

  private async readFromDisk(): Promise<T> {
    const stamp = await stampOf(this.file);
    if (!stamp) {
      // No file yet reads as the defaults; no folder (a network drive gone) is an error, not defaults.
      await stat(dirname(this.file));
      return this.defaultsNow();
    }
    if (this.cached && sameStamp(this.cached.stamp, stamp)) return this.cached.value;
    let value: T;
    try {
      const bytes = await readFile(this.file);
      value = decodeDocument(this.file, bytes, this.format);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return this.readFromDisk();
      if (!(error instanceof CorruptFileError)) throw error;
      await this.context.setAside(this.file, error.reason);
      this.cached = undefined;
      return this.defaultsNow();
    }
    this.highestSeen = Math.max(this.highestSeen, value.revision ?? 0);
    this.cached = { stamp, value };
    return value;
  }
}

export async function stampOf(file: string): Promise<FileStamp | undefined> {
  try {
    const { mtimeMs, size, ino } = await stat(file);
    return { mtimeMs, size, ino };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
