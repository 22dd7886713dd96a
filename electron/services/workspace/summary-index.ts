import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { IdSchema } from '@shared/model/common';
import { TenderSummarySchema, type TenderSummary } from '@shared/model/tender';
import { writeFileDurably } from './durable-file';

/** Size, modification time and inode: enough to tell whether a file changed since we last read it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  ino: number;
}

export interface IndexedSummary {
  stamp: FileStamp;
  summary: TenderSummary;
}

/** Raised whenever TenderSummary gains a field, so an index written before it is rebuilt, not trusted. 2: status and dates. */
const INDEX_FORMAT = 2;

const SummaryIndexSchema = z.object({
  version: z.literal(INDEX_FORMAT),
  tenders: z.record(
    IdSchema,
    z.object({
      stamp: z.object({ mtimeMs: z.number(), size: z.number().int().nonnegative(), ino: z.number().nonnegative() }),
      summary: TenderSummarySchema,
    }),
  ),
});

export const sameStamp = (a: FileStamp, b: FileStamp) => a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino;

/**
 * The tender list's summaries as last seen, so that listing a large workspace at start-up reads one
 * small file instead of decoding every tender. Only a cache: each entry counts only while its tender
 * file still has the same stamp, and a missing or unreadable index just means decoding the files
 * again (then writing a fresh index). Nothing is ever lost by deleting it.
 */
export async function readSummaryIndex(file: string): Promise<Map<string, IndexedSummary> | undefined> {
  try {
    const parsed = SummaryIndexSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? new Map(Object.entries(parsed.data.tenders)) : undefined;
  } catch {
    return undefined;
  }
}

export async function writeSummaryIndex(file: string, entries: ReadonlyMap<string, IndexedSummary>): Promise<void> {
  await writeFileDurably(file, JSON.stringify({ version: INDEX_FORMAT, tenders: Object.fromEntries(entries) }), {
    inside: 'existing-folder',
  });
}
