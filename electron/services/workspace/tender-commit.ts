import { rename, rm } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { HistoryPolicy } from '@shared/model/history';
import type { Tender } from '@shared/model/tender';
import { DurableJsonAdapter } from './adapter';
import type { TenderBackups } from './backups';
import { checkBeforeWrite, encodeDocument, encodeValidDocument, type DocumentFormat } from './documents';
import { holdFile, writeFileDurably } from './durable-file';
import { TENDER_HEADER_SCHEMA, tenderFormat } from './formats';
import type { WorkspaceLayout } from './layout';
import type { OpenTender } from './open-tenders';
import { stampOf } from './shared-document';

export interface CommitDependencies {
  layout: WorkspaceLayout;
  backups: TenderBackups;
  /** The retention rule thinning follows, as the settings on disk say now. */
  historyPolicy: () => Promise<HistoryPolicy>;
  /** Keeps `entry` as the tender's open copy. */
  remember: (id: string, entry: OpenTender) => void;
  /** Drops the tender's open copy, so the next read shows what is on disk. */
  forget: (id: string) => void;
}

/** `next` when the fields the store sets are valid (its content having been checked by the caller). */
function checkHeader(next: Tender, format: DocumentFormat<Tender>): Tender {
  checkBeforeWrite(next, TENDER_HEADER_SCHEMA, 'tender');
  const problem = format.verify?.(next);
  if (problem) throw new Error(`Refusing to write a tender file that would not read back: ${problem}`);
  return next;
}

/**
 * How a tender file is written: durably, together with its backup, put back when either fails, and
 * the backups thinned after. Callers hold the tender's queue and lock.
 */
export class TenderCommits {
  constructor(private readonly deps: CommitDependencies) {}

  /**
   * Writes `next` as the tender's file and keeps it as a backup. When either fails, the tender file is
   * left as it was (or absent, for a new tender) and the error is thrown: a save is reported only
   * once it is also backed up.
   */
  async commitLocked(id: string, current: OpenTender | undefined, next: Tender, contentValidated = false): Promise<Tender> {
    const { backups } = this.deps;
    const file = this.deps.layout.tenderFile(id);
    // Encoded (and checked) before anything on disk changes, so a tender that would not read back
    // fails here with nothing written.
    const format = tenderFormat(id);
    const text = contentValidated ? encodeValidDocument(checkHeader(next, format)) : encodeDocument(next, format);
    // A version no backup holds yet (a legacy file, or one saved by an older Tenderwright that backed
    // up only earlier versions) is kept before it is replaced, so upgrading loses no version.
    if (current && (current.backedUpRevision ?? (await backups.highestRevision(id))) !== current.db.data.revision) {
      await backups.keep(id, file, current.db.data.revision);
    }
    const db = current?.db ?? new Low(new DurableJsonAdapter(file, format), next);
    const previous = db.data;
    // A second name for the file being replaced, so a failed backup can put it back unchanged.
    const held = current ? await holdFile(file) : undefined;
    db.data = next;
    try {
      await writeFileDurably(file, text);
      try {
        await backups.keep(id, file, next.revision);
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
      this.deps.forget(id);
      throw error;
    } finally {
      // A link left behind is swept with the other temp files on the next start.
      if (held) await rm(held, { force: true }).catch(() => undefined);
    }
    // Thinned while the lock is still held, so a colleague's pin made meanwhile is never missed. The
    // save and its backup stand already: a failure here only leaves more backups until the next save.
    await this.thinBackupsLocked(id).catch(() => undefined);
    const stamp = await stampOf(file);
    if (stamp) this.deps.remember(id, { db, stamp, backedUpRevision: next.revision });
    // Not a copy (a copy of a 1 MB tender costs about 2 ms): the store's cache and the caller share
    // this value, so callers treat it as read-only. Both transports serialise it straight away.
    return next;
  }

  private async thinBackupsLocked(id: string): Promise<void> {
    await this.deps.backups.thin(id, await this.deps.historyPolicy());
  }
}
