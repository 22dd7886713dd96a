/**
 * Shared by the reliability drills: a seeded PRNG (so every failure can be replayed), a cheap
 * snapshot of a workspace tree, and temp folders.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

/** mulberry32: tiny, fast and good enough to drive test-case generation. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Rng {
  seed: number;
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
  };
}

/**
 * The seed for a drill: `<envName>` when set (to replay a failure), otherwise a fresh random one, so
 * every run explores new cases. Tests print it in their failure messages.
 */
export function seedFrom(envName: string): number {
  const given = process.env[envName];
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
      throw new Error(`${envName} must be an integer in [0, 2^32), not "${given}"`);
    return seed;
  }
  return Math.floor(Math.random() * 0x100000000);
}

/**
 * One line per file and folder under `root`: relative path, size, modification time in ns and inode.
 * An atomic replace (temp file + rename) changes the inode; an in-place write changes size or mtime;
 * creating or deleting anything changes the listing. Synchronous on purpose: a few microseconds per
 * entry, with no event-loop turns in which something else could write.
 */
export function snapshotTree(root: string): string {
  const lines: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    names.sort();
    for (const name of names) {
      const path = join(dir, name);
      const info = lstatSync(path, { bigint: true });
      const rel = relative(root, path).split(sep).join('/');
      if (info.isDirectory()) {
        lines.push(`${rel}/`);
        walk(path);
      } else {
        lines.push(`${rel}\t${info.size}\t${info.mtimeNs}\t${info.ino}`);
      }
    }
  };
  walk(root);
  return lines.join('\n');
}

/** The lines that differ between two snapshots, for a readable failure message. */
export function snapshotDiff(before: string, after: string): string {
  const a = new Set(before.split('\n'));
  const b = new Set(after.split('\n'));
  const removed = [...a].filter((line) => !b.has(line)).map((line) => `- ${line}`);
  const added = [...b].filter((line) => !a.has(line)).map((line) => `+ ${line}`);
  return [...removed, ...added].join('\n');
}

/** Temp files the durable writer names <target>.<pid>.<hex>.tmp. */
export const TEMP_FILE = /\.\d+\.[0-9a-f]+\.tmp$/;

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** Shortens long values for failure messages. */
export function preview(value: string, max = 300): string {
  return value.length <= max ? value : `${value.slice(0, max)}… (${value.length} chars)`;
}

/** Marks the line on which electronegativity-scan.ts prints its findings. */
export const SCAN_RESULT_PREFIX = 'ELECTRONEGATIVITY-FINDINGS ';
