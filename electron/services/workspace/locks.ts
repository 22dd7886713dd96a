/**
 * Cross-process, cross-machine locks on workspace files, held only across read-check-write.
 *
 * proper-lockfile makes `<file>.lock` with mkdir (atomic on local disks, SMB and NFS, unlike flock),
 * keeps it fresh by touching its mtime, and takes over a lock whose mtime is older than the stale
 * time, so a killed holder delays others by at most that long (on its own machine, where its pid can
 * be checked, not at all). Its staleness test compares the lock's
 * mtime (set by the file server on a share) with this machine's clock; the file system given to it
 * here shifts the times it reads and writes by the measured difference between the two, so a
 * colleague's clock being minutes off neither steals a live lock nor keeps a dead one.
 */
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { ApiError } from '@shared/api/errors';
import { isProcessAlive, MACHINE_TAG } from './durable-file';
import { t } from '@shared/i18n';

const OWNER_PREFIX = 'owner-';
const lockDirOf = (file: string) => `${file}.lock`;

/**
 * The owner file name of a lock held by a process of this machine that is no longer running, if
 * that is what the lock folder holds. Such a lock can be taken over at once instead of after the
 * stale time: its holder cannot come back.
 */
async function deadLocalOwner(lockDir: string): Promise<string | undefined> {
  const names = await readdir(lockDir).catch(() => [] as string[]);
  for (const name of names) {
    const match = new RegExp(`^${OWNER_PREFIX}([0-9a-f]{8})-(\\d+)$`).exec(name);
    if (match && match[1] === MACHINE_TAG && !isProcessAlive(Number(match[2]))) return name;
  }
  return undefined;
}

/**
 * Moves a dead holder's lock aside (a rename: only one waiter wins) and deletes it. Should the folder
 * moved turn out to be a live holder's new lock (released and taken again in between), it goes back.
 */
async function takeOverDeadLock(lockDir: string, owner: string): Promise<void> {
  const aside = `${lockDir}.dead-${randomBytes(6).toString('hex')}`;
  try {
    await rename(lockDir, aside);
  } catch {
    return;
  }
  const names = await readdir(aside).catch(() => [] as string[]);
  if (names.includes(owner)) await rm(aside, { recursive: true, force: true });
  else await rename(aside, lockDir).catch(() => undefined);
}

export const DEFAULT_LOCK_STALE_MS = 10_000;
/** How often the difference between this clock and the file system's is measured again. */
const SKEW_REFRESH_MS = 60_000;

type LockFs = typeof fs;

/** A file system whose times read (and are written) in this machine's clock; whole seconds only, so coarse mtimes stay exact. */
function shiftedFs(skewMs: number): LockFs {
  // The lock folder holds its owner file, so removing it (on release, or a stale takeover) is recursive.
  const rmdir = ((path: fs.PathLike, callback: fs.NoParamCallback) =>
    fs.rm(path, { recursive: true, force: true }, callback)) as typeof fs.rmdir;
  // A plain copy either way: proper-lockfile records the probed precision on the object it is given.
  if (skewMs === 0) return { ...fs, rmdir } as LockFs;
  const shift = (date: Date | number | string, by: number) => new Date(new Date(date).getTime() + by);
  return {
    ...fs,
    rmdir,
    stat: ((path: fs.PathLike, callback: (err: NodeJS.ErrnoException | null, stats: fs.Stats) => void) =>
      fs.stat(path, (err, stats) => {
        if (stats) stats.mtime = shift(stats.mtime, -skewMs);
        callback(err, stats);
      })) as typeof fs.stat,
    utimes: ((path: fs.PathLike, atime: fs.TimeLike, mtime: fs.TimeLike, callback: fs.NoParamCallback) =>
      fs.utimes(path, shift(atime as Date, skewMs), shift(mtime as Date, skewMs), callback)) as typeof fs.utimes,
  } as LockFs;
}

export interface LockOptions {
  /** A lock not refreshed for this long is taken over (proper-lockfile's minimum is 2 s). */
  staleMs?: number;
}

export class WorkspaceLocks {
  readonly staleMs: number;
  private skewMs = 0;
  private skewMeasuredAt = -Infinity;
  /** One file-system object per skew: proper-lockfile caches the mtime precision it probed on it. */
  private readonly fsBySkew = new Map<number, LockFs>();

  constructor(
    private readonly root: string,
    options: LockOptions = {},
  ) {
    this.staleMs = Math.max(2000, options.staleMs ?? (Number(process.env.TENDERWRIGHT_LOCK_STALE_MS) || DEFAULT_LOCK_STALE_MS));
  }

  /** File-system time minus this machine's, in whole seconds: written into the workspace and read back. */
  async measureClockSkew(): Promise<number> {
    const probe = join(this.root, `.clock-probe-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
    try {
      const before = Date.now();
      await writeFile(probe, '');
      const { mtimeMs } = await stat(probe);
      const after = Date.now();
      this.skewMs = Math.round((mtimeMs - (before + after) / 2) / 1000) * 1000;
      this.skewMeasuredAt = after;
    } catch {
      // Unreachable or read-only: keep the last measurement; the lock itself reports the problem.
    } finally {
      await rm(probe, { force: true }).catch(() => undefined);
    }
    return this.skewMs;
  }

  get clockSkewMs(): number {
    return this.skewMs;
  }

  /** Runs `task` while holding `file`'s lock. Waits for another holder, or takes over a stale lock. */
  async withLock<T>(file: string, task: () => Promise<T>): Promise<T> {
    if (Date.now() - this.skewMeasuredAt > SKEW_REFRESH_MS) await this.measureClockSkew();
    let lockFs = this.fsBySkew.get(this.skewMs);
    if (!lockFs) this.fsBySkew.set(this.skewMs, (lockFs = shiftedFs(this.skewMs)));
    let compromised: Error | undefined;
    const options = {
      realpath: false,
      stale: this.staleMs,
      update: this.staleMs / 2,
      fs: lockFs,
      onCompromised: (error: Error) => {
        compromised = error;
      },
    };
    // Retried here rather than by proper-lockfile, which retries every error: a folder that is gone
    // or read-only is reported at once, and only a lock held by someone else is waited for.
    const deadline = Date.now() + this.staleMs * 2;
    let release: () => Promise<void>;
    for (let pause = 2; ; pause = Math.min(25, pause * 1.5)) {
      try {
        const unlock = await lockfile.lock(file, options);
        // Who holds it, so a waiter on this machine can tell a crashed holder from a busy one.
        const ownerFile = join(lockDirOf(file), `${OWNER_PREFIX}${MACHINE_TAG}-${process.pid}`);
        await writeFile(ownerFile, '').catch(() => undefined);
        release = async () => {
          await rm(ownerFile, { force: true });
          await unlock();
        };
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
        const deadOwner = await deadLocalOwner(lockDirOf(file));
        if (deadOwner) {
          await takeOverDeadLock(lockDirOf(file), deadOwner);
          continue;
        }
        if (Date.now() > deadline) {
          throw new ApiError('io', t('messages:errors.locks.stayedLocked', { file, seconds: Math.round((this.staleMs * 2) / 1000) }));
        }
        await new Promise((resume) => setTimeout(resume, pause));
      }
    }
    try {
      const result = await task();
      if (compromised) throw new ApiError('io', t('messages:errors.locks.lost', { file, cause: compromised.message }));
      return result;
    } finally {
      await release().catch(() => undefined);
    }
  }
}
