import { z } from 'zod';

export const LIBRARY_SCHEMA_VERSION = 1;

/** The team's own templates. Later features add their collections here. */
export const LibrarySchema = z
  .object({
    schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  })
  .strict();
export type Library = z.infer<typeof LibrarySchema>;

export const DEFAULT_LIBRARY: Library = { schemaVersion: LIBRARY_SCHEMA_VERSION };
