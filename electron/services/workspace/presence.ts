/**
 * Who else has this workspace open. Each running instance keeps `presence/<instance>.json` and
 * rewrites it every few seconds; its mtime, set by the file server, is the heartbeat. An entry whose
 * heartbeat is older than the expiry time, measured against this instance's own latest heartbeat
 * (the same server's clock, not this machine's), belongs to an instance that has stopped.
 */
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { PresenceEntry, PresenceView } from '@shared/api/contract';
import { IdSchema } from '@shared/model/common';
import { SavedBySchema, type SavedBy } from '@shared/model/workspace';
import { writeFileDurably } from './durable-file';
import type { WorkspaceLayout } from './layout';

const PresenceFileSchema = SavedBySchema.extend({
  since: z.string().datetime({ offset: true }),
  openTenderId: IdSchema.nullable(),
});

export interface PresenceOptions {
  heartbeatMs?: number;
  /** An entry not refreshed for this long has expired (a few missed heartbeats). */
  expireMs?: number;
}

/** Expired entries are deleted after this long, by whichever instance lists them. */
const REMOVE_AFTER_MS = 10 * 60 * 1000;

export class Presence {
  readonly heartbeatMs: number;
  readonly expireMs: number;
  private readonly since = new Date().toISOString();
  private openTenderId: string | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopped = false;

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly me: SavedBy,
    options: PresenceOptions = {},
  ) {
    this.heartbeatMs = options.heartbeatMs ?? (Number(process.env.TENDERWRIGHT_PRESENCE_HEARTBEAT_MS) || 5000);
    this.expireMs = options.expireMs ?? this.heartbeatMs * 4;
  }

  private get file(): string {
    return join(this.layout.presenceDir, `${this.me.instance}.json`);
  }

  /** Writes the first heartbeat and keeps beating until stop(). A failed beat (folder gone) is retried on the next. */
  async start(): Promise<void> {
    await this.beat().catch(() => undefined);
    this.timer = setInterval(() => void this.beat().catch(() => undefined), this.heartbeatMs);
    this.timer.unref?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await rm(this.file, { force: true }).catch(() => undefined);
  }

  async report(openTenderId: string | null): Promise<PresenceView> {
    this.openTenderId = openTenderId;
    await this.beat();
    return this.list();
  }

  private async beat(): Promise<void> {
    if (this.stopped) return;
    // Never create the workspace folder itself: gone means a network drive dropped, not "make a new one".
    await stat(this.layout.tendersDir);
    const entry = { ...this.me, since: this.since, openTenderId: this.openTenderId };
    await writeFileDurably(this.file, JSON.stringify(entry), { inside: 'existing-folder' });
  }

  async list(): Promise<PresenceView> {
    let names: string[] = [];
    try {
      names = (await readdir(this.layout.presenceDir)).filter((name) => name.endsWith('.json'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const entries = await Promise.all(names.map((name) => this.readEntry(join(this.layout.presenceDir, name))));
    const mine = entries.find((e) => e?.entry.instance === this.me.instance);
    // The file server's "now": our own heartbeat's mtime plus the time since we wrote it.
    const now = mine ? mine.mtimeMs + Math.max(0, Date.now() - mine.readAt) : Date.now();
    const others: PresenceEntry[] = [];
    for (const found of entries) {
      if (!found || found.entry.instance === this.me.instance) continue;
      const age = now - found.mtimeMs;
      if (age > REMOVE_AFTER_MS) await rm(found.path, { force: true }).catch(() => undefined);
      if (age > this.expireMs) continue;
      others.push(found.entry);
    }
    others.sort((a, b) => a.since.localeCompare(b.since) || a.instance.localeCompare(b.instance));
    const me: PresenceEntry = mine?.entry ?? {
      ...this.me,
      since: this.since,
      heartbeatAt: new Date().toISOString(),
      openTenderId: this.openTenderId,
    };
    return { me, others };
  }

  private async readEntry(path: string): Promise<{ path: string; mtimeMs: number; readAt: number; entry: PresenceEntry } | undefined> {
    try {
      const info = await stat(path);
      const parsed = PresenceFileSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (!parsed.success) return undefined;
      return { path, mtimeMs: info.mtimeMs, readAt: Date.now(), entry: { ...parsed.data, heartbeatAt: info.mtime.toISOString() } };
    } catch {
      // Gone meanwhile, or half-written by a program other than Tenderwright: not an instance to show.
      return undefined;
    }
  }
}
