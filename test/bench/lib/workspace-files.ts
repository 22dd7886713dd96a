import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FileState {
  size: number;
  mtimeNs: bigint;
  ino: bigint;
}

/** Every file under `root` with size, mtime and inode: enough to tell which files a step wrote. */
export function fileStates(root: string): Map<string, FileState> {
  const out = new Map<string, FileState>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const info = lstatSync(path, { bigint: true });
      if (info.isDirectory()) walk(path);
      else out.set(relative(root, path).split(sep).join('/'), { size: Number(info.size), mtimeNs: info.mtimeNs, ino: info.ino });
    }
  };
  walk(root);
  return out;
}

export interface WriteSummary {
  /** Files created or replaced (new inode, size or mtime), with the bytes written for them. */
  written: { path: string; bytes: number }[];
  /** New names for data already counted or already on disk (hard links): no bytes written. */
  linked: string[];
  removed: string[];
}

export function writesBetween(before: Map<string, FileState>, after: Map<string, FileState>): WriteSummary {
  const written: WriteSummary['written'] = [];
  const linked: string[] = [];
  const inodesBefore = new Map([...before.values()].map((state) => [state.ino, state]));
  const inodesWritten = new Set<bigint>();
  for (const [path, now] of after) {
    const was = before.get(path);
    if (was && was.ino === now.ino && was.size === now.size && was.mtimeNs === now.mtimeNs) continue;
    const sameDataBefore = inodesBefore.get(now.ino);
    const unchangedInode = sameDataBefore && sameDataBefore.size === now.size && sameDataBefore.mtimeNs === now.mtimeNs;
    if (unchangedInode || inodesWritten.has(now.ino)) linked.push(path);
    else {
      inodesWritten.add(now.ino);
      written.push({ path, bytes: now.size });
    }
  }
  const removed = [...before.keys()].filter((path) => !after.has(path));
  return { written, linked, removed };
}
