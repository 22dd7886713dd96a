import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { IsoDateTimeSchema } from '@shared/model/common';
import { SavedBySchema } from '@shared/model/workspace';
import { writeFileDurably } from './durable-file';

/**
 * What each backup file of a tender holds (revision, title, when and by whom it was saved) and the
 * change summaries between neighbours, in backups/<tenderId>/catalog.json, so that listing 200
 * backups of a 1 MB tender reads one small file instead of 200 MB. Only a cache: an entry counts
 * while its file keeps the same size and modification time, and a missing or damaged catalog is
 * rebuilt from the backup files. Pins and snapshot labels are not here (see backup-marks.ts).
 */
const CatalogEntrySchema = z
  .object({
    revision: z.number().int().nonnegative(),
    title: z.string(),
    savedAt: IsoDateTimeSchema,
    savedBy: SavedBySchema.optional(),
    size: z.number().int().nonnegative(),
    mtimeMs: z.number(),
  })
  .strict();
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

const CatalogSchema = z
  .object({
    schemaVersion: z.literal(1),
    entries: z.record(z.string(), CatalogEntrySchema),
    /** Keyed by pairKey(older, newer). */
    summaries: z.record(z.string(), z.array(z.string())),
  })
  .strict();

export interface Catalog {
  entries: Map<string, CatalogEntry>;
  summaries: Map<string, string[]>;
}

export const pairKey = (older: string, newer: string) => `${older}>${newer}`;

export function catalogFile(dir: string): string {
  return join(dir, 'catalog.json');
}

/** The catalog, or an empty one (to be rebuilt) when it is missing or cannot be used. */
export async function readCatalog(dir: string): Promise<{ catalog: Catalog; rebuilt: boolean }> {
  try {
    const parsed = CatalogSchema.safeParse(JSON.parse(await readFile(catalogFile(dir), 'utf8')));
    if (parsed.success) {
      return {
        catalog: { entries: new Map(Object.entries(parsed.data.entries)), summaries: new Map(Object.entries(parsed.data.summaries)) },
        rebuilt: false,
      };
    }
  } catch {
    // Missing or not JSON: rebuilt below, like a catalog that does not match its schema.
  }
  return { catalog: { entries: new Map(), summaries: new Map() }, rebuilt: true };
}

export async function writeCatalog(dir: string, catalog: Catalog): Promise<void> {
  const doc = { schemaVersion: 1, entries: Object.fromEntries(catalog.entries), summaries: Object.fromEntries(catalog.summaries) };
  await writeFileDurably(catalogFile(dir), JSON.stringify(doc), { inside: 'existing-folder' });
}
