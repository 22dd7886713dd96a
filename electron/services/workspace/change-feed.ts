/**
 * Notices workspace files changed on disk by other instances, so open screens can reload or show a
 * conflict. chokidar watches with the operating system's events on local disks; on network folders,
 * where those events do not arrive from other machines, it polls (about once a second).
 * Changes are numbered; a caller asks for those after the number it last saw and waits for more.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ChangeFeed, WorkspaceChange } from '@shared/api/contract';
import type { SavedBy } from '@shared/model/workspace';
import { IdSchema } from '@shared/model/common';
import type { WorkspaceLayout } from './layout';

/** Changes kept for callers that fall behind; older ones are summed up as `reset`. */
const KEPT_CHANGES = 500;
const POLL_INTERVAL_MS = 1000;
/** How long after a hint the file is read: the rest of a save's events arrive meanwhile. */
const SETTLE_MS = 25;
const NETWORK_FS_TYPES = new Set(['nfs', 'nfs4', 'cifs', 'smb3', 'smbfs', 'fuse.sshfs', '9p', 'afs', 'davfs', 'fuse.davfs2', 'ncpfs']);

/** Whether `path` is on a network file system, where file events from other machines do not arrive. */
export function isNetworkPath(path: string, mountTable = readMountTable()): boolean {
  if (process.env.TENDERWRIGHT_WATCH_POLLING === '1') return true;
  if (process.env.TENDERWRIGHT_WATCH_POLLING === '0') return false;
  if (/^\\\\/.test(path)) return true;
  // The longest mount point that contains the path decides.
  let best: { point: string; type: string } | undefined;
  for (const line of mountTable.split('\n')) {
    const [, point, type] = line.split(' ');
    if (!point || !type) continue;
    const mount = point.replace(/\\040/g, ' ');
    const inside = path === mount || path.startsWith(mount.endsWith('/') ? mount : `${mount}/`);
    if (inside && (!best || mount.length > best.point.length)) best = { point: mount, type };
  }
  return best ? NETWORK_FS_TYPES.has(best.type) : false;
}

function readMountTable(): string {
  try {
    return readFileSync('/proc/mounts', 'utf8');
  } catch {
    return '';
  }
}

/** The header fields of a tender file, read without validating the whole tender. */
async function tenderHeader(
  file: string,
): Promise<Partial<Pick<Extract<WorkspaceChange, { kind: 'tender' }>, 'revision' | 'contentRevision' | 'savedAt' | 'savedBy' | 'title'>>> {
  try {
    const doc = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    return {
      revision: typeof doc.revision === 'number' ? doc.revision : undefined,
      contentRevision: typeof doc.contentRevision === 'number' ? doc.contentRevision : undefined,
      savedAt: typeof doc.updatedAt === 'string' ? doc.updatedAt : undefined,
      savedBy: (doc.savedBy as SavedBy | undefined) ?? undefined,
      title: typeof doc.title === 'string' ? doc.title : undefined,
    };
  } catch {
    // Damaged or gone: the screen's reload reports it properly.
    return {};
  }
}

export class WorkspaceChangeFeed {
  readonly polling: boolean;
  private seq = 0;
  private readonly changes: WorkspaceChange[] = [];
  private waiters: (() => void)[] = [];
  private watcher: FSWatcher | undefined;
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  /** What each file said when last read, so a hint about an unchanged file reports nothing. */
  private readonly lastSaid = new Map<string, string>();

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly me: SavedBy,
  ) {
    this.polling = isNetworkPath(layout.root);
  }

  async start(): Promise<void> {
    const { tendersDir, settingsFile, libraryFile, supplierRegisterFile, presenceDir } = this.layout;
    this.watcher = watch([tendersDir, settingsFile, libraryFile, supplierRegisterFile, presenceDir], {
      ignoreInitial: true,
      depth: 0,
      usePolling: this.polling,
      interval: POLL_INTERVAL_MS,
      binaryInterval: POLL_INTERVAL_MS,
      // Only the files themselves: temp files and lock folders come and go with every write.
      ignored: (path, stats) => (stats?.isFile() ?? false) && !path.endsWith('.json'),
    });
    // chokidar's events are hints, not the record: it drops a change that follows another within
    // its throttle, and a save's extra hard link (a backup) makes it look at the old file. So every
    // hint, its raw events included, leads to reading the file itself a moment later, and a change
    // is reported when the file says something new.
    for (const event of ['add', 'change', 'unlink'] as const) this.watcher.on(event, (path: string) => this.hint(resolve(path)));
    this.watcher.on('raw', (_event: string, evPath: string, details: unknown) => {
      const watched = (details as { watchedPath?: string } | undefined)?.watchedPath;
      if (!watched || !evPath) return;
      this.hint(basename(watched) === evPath || isAbsolute(evPath) ? resolve(watched) : join(resolve(watched), evPath));
    });
    await new Promise<void>((ready) => this.watcher!.once('ready', () => ready()));
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.wake();
  }

  /** Changes after `after`, waiting up to `waitMs` for the first one when there are none yet. */
  async next(after: number, waitMs: number): Promise<ChangeFeed> {
    if (this.seq <= after && waitMs > 0) {
      await new Promise<void>((done) => {
        const timer = setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== wake);
          done();
        }, waitMs);
        const wake = () => {
          clearTimeout(timer);
          done();
        };
        this.waiters.push(wake);
      });
    }
    const oldest = this.changes[0]?.seq ?? this.seq + 1;
    // A cursor from before this instance started (or ahead of it) cannot be trusted: start afresh.
    const reset = after > this.seq || (after < oldest - 1 && after !== 0);
    return { cursor: this.seq, changes: reset ? [] : this.changes.filter((c) => c.seq > after), reset };
  }

  /** Reads `path` shortly, once however many hints arrive meanwhile. */
  private hint(path: string): void {
    if (this.pending.has(path)) return;
    this.pending.set(
      path,
      setTimeout(() => {
        this.pending.delete(path);
        void this.noticed(path);
      }, SETTLE_MS),
    );
  }

  /** Whether the file says something other than when it was last looked at (and remembers what). */
  private isNew(path: string, header: Awaited<ReturnType<typeof tenderHeader>> | 'removed'): boolean {
    const said = header === 'removed' ? 'removed' : `${header.revision}:${header.savedBy?.instance ?? ''}:${header.savedAt ?? ''}`;
    if (this.lastSaid.get(path) === said) return false;
    this.lastSaid.set(path, said);
    return true;
  }

  private async noticed(path: string): Promise<void> {
    const { layout } = this;
    const removed = !existsSync(path);
    let change: WorkspaceChange | undefined;
    if (path === layout.settingsFile || path === layout.libraryFile || path === layout.supplierRegisterFile) {
      const header = removed ? {} : await tenderHeader(path);
      if (!this.isNew(path, removed ? 'removed' : header) || header.savedBy?.instance === this.me.instance) return;
      change = {
        seq: 0,
        kind: path === layout.settingsFile ? 'settings' : path === layout.libraryFile ? 'library' : 'suppliers',
        revision: header.revision,
        savedAt: header.savedAt,
        savedBy: header.savedBy,
      };
    } else if (dirname(path) === layout.presenceDir) {
      if (basename(path) === `${this.me.instance}.json`) return;
      // Arrivals, departures, and heartbeats (which carry the tender an instance has open).
      change = { seq: 0, kind: 'presence' };
    } else if (dirname(path) === layout.tendersDir && path.endsWith('.json')) {
      const id = basename(path, '.json');
      if (!IdSchema.safeParse(id).success) return;
      const header = removed ? {} : await tenderHeader(path);
      if (!this.isNew(path, removed ? 'removed' : header) || header.savedBy?.instance === this.me.instance) return;
      change = { seq: 0, kind: 'tender', id, removed, ...header };
    }
    if (!change) return;
    this.seq += 1;
    this.changes.push({ ...change, seq: this.seq });
    if (this.changes.length > KEPT_CHANGES) this.changes.splice(0, this.changes.length - KEPT_CHANGES);
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }
}
