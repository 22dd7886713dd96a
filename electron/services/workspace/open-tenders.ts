import { Low } from 'lowdb';
import { ApiError } from '@shared/api/errors';
import { summarise, type Tender } from '@shared/model/tender';
import { DurableJsonAdapter } from './adapter';
import { CorruptFileError } from './errors';
import { tenderFormat } from './formats';
import type { WorkspaceLayout } from './layout';
import { stampOf } from './shared-document';
import { sameStamp, type FileStamp } from './summary-index';
import type { TenderSummaries } from './tender-list';
import { t } from '@shared/i18n';

/** A tender as the store keeps it open between calls. */
export interface OpenTender {
  db: Low<Tender>;
  stamp: FileStamp;
  /** The highest revision kept in backups/<id>/, once known: saves then need no folder listing. */
  backedUpRevision?: number;
}

/**
 * Tenders opened by get/save, kept so repeat saves need no re-read, each with its summary for the
 * list. Callers hold the tender's queue.
 */
export class OpenTenders {
  private readonly open = new Map<string, OpenTender>();

  constructor(
    private readonly layout: WorkspaceLayout,
    private readonly summaries: TenderSummaries,
    /** Sets a damaged tender file aside and returns the error to throw. */
    private readonly setAsideLocked: (id: string, reason: string) => Promise<ApiError>,
  ) {}

  /** The open copy as last read or written, without looking at the file. */
  cached(id: string): OpenTender | undefined {
    return this.open.get(id);
  }

  remember(id: string, entry: OpenTender): void {
    this.open.set(id, entry);
    this.summaries.set(id, entry.stamp, summarise(entry.db.data));
  }

  forget(id: string): void {
    this.open.delete(id);
    this.summaries.delete(id);
  }

  clear(): void {
    this.open.clear();
    this.summaries.clear();
  }

  /** The open tender, re-read when the file changed on disk; undefined when there is none. */
  async openLocked(id: string): Promise<OpenTender | undefined> {
    const file = this.layout.tenderFile(id);
    const stamp = await stampOf(file);
    if (!stamp) {
      this.forget(id);
      return undefined;
    }
    const cached = this.open.get(id);
    if (cached && sameStamp(cached.stamp, stamp)) return cached;
    const adapter = new DurableJsonAdapter(file, tenderFormat(id));
    let tender: Tender | null;
    try {
      tender = await adapter.read();
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error;
      throw await this.setAsideLocked(id, error.reason);
    }
    if (!tender) {
      this.forget(id);
      return undefined;
    }
    const entry = { db: new Low(adapter, tender), stamp };
    this.remember(id, entry);
    return entry;
  }

  async requireLocked(id: string): Promise<OpenTender> {
    const entry = await this.openLocked(id);
    if (!entry) throw new ApiError('not_found', t('messages:errors.tenders.none', { id }));
    return entry;
  }
}
