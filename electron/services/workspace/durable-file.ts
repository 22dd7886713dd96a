import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { KeyedQueue } from './keyed-queue';

/** One writer per file across the whole process: every durable write to a path queues here. */
const writers = new KeyedQueue();

const TEMP_FILE = /^(.+)\.(\d+)\.([0-9a-f]+)\.tmp$/;
const TEMP_FILE_SWEEP_AGE_MS = 60 * 60 * 1000;

/**
 * Eight hex digits naming this machine, at the start of every temp file's random part: on a shared
 * folder, a temp file of another machine is never judged by whether its pid runs here.
 */
export const MACHINE_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
const TAGGED_HEX_LENGTH = 8 + 12;

/** A unique temp-file name beside `target`: <target>.<pid>.<machine tag><random>.tmp */
export function tempPathFor(target: string): string {
  return `${target}.${process.pid}.${MACHINE_TAG}${randomBytes(6).toString('hex')}.tmp`;
}

/** Whether a temp file's random part says another machine wrote it. */
const fromAnotherMachine = (hex: string) => hex.length === TAGGED_HEX_LENGTH && !hex.startsWith(MACHINE_TAG);

/**
 * Makes a rename or file creation in `dir` survive a power cut. Windows cannot open a folder
 * for fsync (EPERM/EISDIR); NTFS journals the rename itself, so that failure is ignored there.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (process.platform === 'win32' && (code === 'EPERM' || code === 'EISDIR' || code === 'EACCES')) return;
    throw error;
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `target` with `contents` so that a crash at any moment leaves either the old file or the
 * new one, never a mix: unique temp file beside it, fsync, rename over the target, fsync the folder.
 * Concurrent calls for the same path run one after another in call order, so the last call wins.
 * `inside: 'existing-folder'` makes at most the file's own folder, never its parents: a cache or
 * heartbeat written inside a workspace folder that has just dropped away (a network drive) must fail,
 * not make a new empty workspace where the old one was.
 */
export function writeFileDurably(
  target: string,
  contents: string | Uint8Array,
  { inside = 'any-folder' }: { inside?: 'any-folder' | 'existing-folder' } = {},
): Promise<void> {
  const absolute = resolve(target);
  return writers.run(absolute, async () => {
    const dir = dirname(absolute);
    if (inside === 'any-folder') await mkdir(dir, { recursive: true });
    else
      await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    const temp = tempPathFor(absolute);
    try {
      const handle = await open(temp, 'wx');
      try {
        await handle.writeFile(contents);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, absolute);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    await fsyncDirectory(dir);
  });
}

/**
 * Removes `target` after every durable write queued for it so far: a write that was still under way
 * when the removal was asked for cannot put the file back afterwards.
 */
export function removeFileDurably(target: string): Promise<void> {
  const absolute = resolve(target);
  return writers.run(absolute, async () => {
    await rm(absolute, { force: true });
    await fsyncDirectory(dirname(absolute)).catch((error: NodeJS.ErrnoException) => {
      // Nothing was ever kept for this tender: the folder itself does not exist yet.
      if (error.code !== 'ENOENT') throw error;
    });
  });
}

/** Moves a file (same volume) and makes both folders' new state durable. Waits for queued writes to `from`. */
export function moveFileDurably(from: string, to: string): Promise<void> {
  const source = resolve(from);
  return writers.run(source, async () => {
    await mkdir(dirname(to), { recursive: true });
    await rename(source, to);
    await fsyncDirectory(dirname(to));
    if (dirname(to) !== dirname(source)) await fsyncDirectory(dirname(source));
  });
}

/** Resolves once every durable write queued so far has finished. */
export function durableWritesIdle(): Promise<void> {
  return writers.idle();
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The names in a folder; a folder that does not exist yet simply has none. */
export async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Deletes temp files a crashed writer left in `dir`. The target they were meant for is intact
 * (the rename never happened), so they hold nothing worth keeping. Files of running processes stay.
 */
export async function removeStaleTempFiles(dir: string): Promise<string[]> {
  const names = await namesIn(dir);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_FILE.exec(name);
    if (!match) continue;
    const pid = Number(match[2]);
    if (fromAnotherMachine(match[3]!)) {
      // A colleague's write on another machine may still be in flight: only files old enough that no
      // write can be are swept (an hour also absorbs the difference between the two clocks).
      const info = await stat(join(dir, name)).catch(() => undefined);
      if (!info || Date.now() - info.mtimeMs < TEMP_FILE_SWEEP_AGE_MS) continue;
    } else if (pid === process.pid || isProcessAlive(pid)) {
      // Our own temp files, or another running process's here: writes in flight.
      continue;
    }
    await rm(join(dir, name), { force: true });
    removed.push(basename(name));
  }
  return removed;
}

/**
 * Hard-links `file` under a temp-file name beside it (removed on the next start if a crash leaves it),
 * or returns undefined where links are not possible.
 */
export async function holdFile(file: string): Promise<string | undefined> {
  const held = tempPathFor(file);
  try {
    await link(file, held);
    return held;
  } catch {
    return undefined;
  }
}
