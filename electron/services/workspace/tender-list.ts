import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { IdSchema } from '@shared/model/common';
import { summarise, type TenderSummary } from '@shared/model/tender';
import { decodeDocument } from './documents';
import { CorruptFileError } from './errors';
import { tenderFormat } from './formats';
import type { WorkspaceLayout } from './layout';
import { readSummaryIndex, sameStamp, writeSummaryIndex, type FileStamp, type IndexedSummary } from './summary-index';

/** Tender files read between two yields to the event loop while listing. */
const LIST_BATCH = 50;

const newestFirst = (a: TenderSummary, b: TenderSummary) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id);

/**
 * The summaries the tender list shows, each valid while its file's stamp is unchanged, persisted as
 * the summary index so that a large workspace lists quickly at start-up.
 */
export class TenderSummaries {
  private readonly summaries = new Map<string, IndexedSummary>();
  /** Whether the persisted summary index has been read into `summaries` (once, by the first list). */
  private indexRead = false;

  constructor(private readonly layout: WorkspaceLayout) {}

  set(id: string, stamp: FileStamp, summary: TenderSummary): void {
    this.summaries.set(id, { stamp, summary });
  }

  delete(id: string): void {
    this.summaries.delete(id);
  }

  clear(): void {
    this.summaries.clear();
  }

  /** Newest updatedAt first. Damaged files are handed to `setAside` (in their tender's queue) and left out. */
  async list(setAside: (id: string) => Promise<void>): Promise<TenderSummary[]> {
    // The folder is made when the workspace opens: gone now means the workspace itself is (a network
    // drive dropped), which is an error to report, not an empty list to show or a folder to remake.
    const names = await readdir(this.layout.tendersDir);
    const ids = names
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .filter((id) => IdSchema.safeParse(id).success);
    // At start-up, the summaries as last seen: only files changed since then are decoded below.
    let indexStale = false;
    if (!this.indexRead) {
      this.indexRead = true;
      const indexed = await readSummaryIndex(this.layout.summaryIndexFile);
      for (const [id, entry] of indexed ?? []) if (!this.summaries.has(id)) this.summaries.set(id, entry);
      indexStale = !indexed;
    }
    const present = new Set(ids);
    for (const id of this.summaries.keys()) {
      if (present.has(id)) continue;
      this.summaries.delete(id);
      indexStale = true;
    }

    const summaries: TenderSummary[] = [];
    const damaged: string[] = [];
    // Small files read synchronously in short batches: several times faster than fs.promises for
    // a thousand files, while yielding between batches keeps the process responsive.
    for (let start = 0; start < ids.length; start += LIST_BATCH) {
      if (start > 0) await new Promise((resume) => setImmediate(resume));
      for (const id of ids.slice(start, start + LIST_BATCH)) {
        const found = this.summaryOf(id);
        if (found === 'damaged') damaged.push(id);
        else if (found) {
          summaries.push(found.summary);
          if (found.decoded) indexStale = true;
        }
      }
    }
    for (const id of damaged) await setAside(id);
    // Awaited, so the list is answered with the index already on disk (nothing written afterwards).
    // A failure costs only the next start-up's speed.
    if (indexStale) await writeSummaryIndex(this.layout.summaryIndexFile, this.summaries).catch(() => undefined);
    return summaries.sort(newestFirst);
  }

  private summaryOf(id: string): { summary: TenderSummary; decoded: boolean } | 'damaged' | undefined {
    const file = this.layout.tenderFile(id);
    try {
      const { mtimeMs, size, ino } = statSync(file);
      const stamp = { mtimeMs, size, ino };
      const cached = this.summaries.get(id);
      if (cached && sameStamp(cached.stamp, stamp)) return { summary: cached.summary, decoded: false };
      const summary = summarise(decodeDocument(file, readFileSync(file), tenderFormat(id)));
      this.summaries.set(id, { stamp, summary });
      return { summary, decoded: true };
    } catch (error) {
      if (error instanceof CorruptFileError) return 'damaged';
      // Deleted or renamed since the folder was read.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }
}
