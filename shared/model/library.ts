import { z } from 'zod';
import { CriteriaLibraryEntrySchema } from './criteriaLibrary';
import { ClauseLibrarySchema } from './clauses';
import { QuestionLibrarySchema } from './questions';
import { revisionFields } from './workspace';

/** 2: the team's own criteria, clause templates (with every version) and questions. */
export const LIBRARY_SCHEMA_VERSION = 2;

export const LibrarySchema = z
  .object({
    schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
    criteria: z.array(CriteriaLibraryEntrySchema).max(2000),
    clauses: ClauseLibrarySchema,
    questions: QuestionLibrarySchema,
    ...revisionFields,
    /**
     * The library revision at which each item ("clause:<id>", ...) last changed, so two colleagues'
     * edits of different items both land while two edits of the same item are told apart.
     */
    itemRevisions: z.record(z.string().max(200), z.number().int().nonnegative()).optional(),
  })
  .strict();
export type Library = z.infer<typeof LibrarySchema>;

export const DEFAULT_LIBRARY: Library = { schemaVersion: LIBRARY_SCHEMA_VERSION, criteria: [], clauses: [], questions: [] };
