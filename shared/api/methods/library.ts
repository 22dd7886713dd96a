import { z } from 'zod';
import { IdSchema } from '../../model/common';
import { CriteriaLibraryEntrySchema, type CriteriaLibraryEntry } from '../../model/criteriaLibrary';
import { LibraryClauseSchema, type LibraryClause } from '../../model/clauses';
import { QuestionSchema, type Question } from '../../model/questions';
import { returns } from '../define';
import type { LibraryTranslations } from '../../library/overlay';

/** The libraries a user browses: the built-in ones shipped with Tenderwright beside the team's own. */
export interface LibraryView {
  criteria: { builtin: CriteriaLibraryEntry[]; own: CriteriaLibraryEntry[] };
  /** Built-ins and own clauses together; each entry says its origin and keeps every version. */
  clauses: LibraryClause[];
  questions: { builtin: Question[]; own: Question[] };
  /** The revision of the team's library file this view shows; edits name it as their base. */
  revision: number;
  /**
   * The built-ins' French and Spanish texts. The lists above are in English; librariesIn(view,
   * language) from shared/library/localise gives them in a tender's language.
   */
  translations: LibraryTranslations;
}

/** A question library file is small; anything bigger than this is not one. */
export const MAX_QUESTION_IMPORT_CHARS = 5_000_000;

/** The library revision an edit was based on: an item changed on disk since then is not overwritten. */
const baseRevision = z.number().int().nonnegative().optional();
const byId = z.object({ id: IdSchema, baseRevision }).strict();

export const libraryMethods = {
  'library.get': { input: z.object({}).strict(), output: returns<LibraryView>() },
  'library.saveCriterion': {
    input: z.object({ entry: CriteriaLibraryEntrySchema, baseRevision }).strict(),
    output: returns<LibraryView>(),
  },
  'library.deleteCriterion': { input: byId, output: returns<LibraryView>() },
  'library.saveClause': { input: z.object({ clause: LibraryClauseSchema, baseRevision }).strict(), output: returns<LibraryView>() },
  'library.deleteClause': { input: byId, output: returns<LibraryView>() },
  'library.saveQuestion': { input: z.object({ question: QuestionSchema, baseRevision }).strict(), output: returns<LibraryView>() },
  'library.deleteQuestion': { input: byId, output: returns<LibraryView>() },
  'library.importQuestions': {
    input: z
      .object({
        fileName: z.string().max(300),
        text: z
          .string()
          .max(MAX_QUESTION_IMPORT_CHARS, `A question library file may be at most ${MAX_QUESTION_IMPORT_CHARS / 1_000_000} MB`),
      })
      .strict(),
    output: returns<{ view: LibraryView; added: number }>(),
  },
} as const;
