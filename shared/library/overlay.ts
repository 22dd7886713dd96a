import { z } from 'zod';

/*
 * Translations of the built-in libraries: one overlay file per library and language
 * (resources/library/<language>/{criteria,clauses,questions}.json). An overlay holds only the texts,
 * keyed by item id and, inside an item, by the same sub-clause, item, parameter and option ids (or list
 * positions) as the English file. Structure (parameters, scale levels, scoring, tags' meaning) lives in
 * the English file alone, so a translation can never change how an item works.
 */

export const OVERLAY_SCHEMA_VERSION = 1;

const text = z.string().max(20_000);

export const CriterionOverlaySchema = z
  .object({
    name: text,
    description: text,
    evidence: text,
    guidance: text,
    /** Same positions as the English tags. */
    tags: z.array(text).optional(),
    /** Same positions as the English quality-scale descriptors (level 0 first). */
    descriptors: z.array(text).optional(),
  })
  .strict();
export type CriterionOverlay = z.infer<typeof CriterionOverlaySchema>;

export const OptionOverlaySchema = z.object({ label: text, text: text.optional() }).strict();

export const ParameterOverlaySchema = z
  .object({
    label: text,
    help: text,
    unit: text.optional(),
    /** For text parameters with a default wording. */
    default: text.optional(),
    /** Keyed by option value. */
    options: z.record(z.string(), OptionOverlaySchema).optional(),
  })
  .strict();
export type ParameterOverlay = z.infer<typeof ParameterOverlaySchema>;

export const SubClauseOverlaySchema = z
  .object({
    heading: text.optional(),
    body: text,
    /** Keyed by item id. */
    items: z.record(z.string(), text).optional(),
  })
  .strict();

export const ClauseOverlaySchema = z
  .object({
    title: text,
    body: text,
    guidance: text,
    /** Keyed by sub-clause id. */
    subClauses: z.record(z.string(), SubClauseOverlaySchema).optional(),
    /** Keyed by parameter name. */
    parameters: z.record(z.string(), ParameterOverlaySchema).optional(),
  })
  .strict();
export type ClauseOverlay = z.infer<typeof ClauseOverlaySchema>;

export const QuestionOverlaySchema = z
  .object({
    question: text,
    why: text,
    goodAnswer: text,
    /** Same positions as the English evidence list. */
    evidence: z.array(text),
    followUp: text,
    /** Descriptors of maturity levels 0 to 3. */
    maturity: z.array(text),
  })
  .strict();
export type QuestionOverlay = z.infer<typeof QuestionOverlaySchema>;

const fileHeader = { schemaVersion: z.literal(OVERLAY_SCHEMA_VERSION), language: z.enum(['fr', 'es']) };

export const CriteriaOverlayFileSchema = z.object({ ...fileHeader, criteria: z.record(z.string(), CriterionOverlaySchema) }).strict();
export const ClausesOverlayFileSchema = z.object({ ...fileHeader, clauses: z.record(z.string(), ClauseOverlaySchema) }).strict();
export const QuestionsOverlayFileSchema = z.object({ ...fileHeader, questions: z.record(z.string(), QuestionOverlaySchema) }).strict();

/** The translations of the built-in libraries into one language, keyed by item id. */
export interface LibraryOverlay {
  criteria: Record<string, CriterionOverlay>;
  clauses: Record<string, ClauseOverlay>;
  questions: Record<string, QuestionOverlay>;
}

/** Every translated language's overlay. English is the libraries' own language and has none. */
export type LibraryTranslations = Partial<Record<'fr' | 'es', LibraryOverlay>>;

/** Checks the three overlay files of a language and puts them together. */
export function parseLibraryOverlay(files: { criteria: unknown; clauses: unknown; questions: unknown }): LibraryOverlay {
  return {
    criteria: CriteriaOverlayFileSchema.parse(files.criteria).criteria,
    clauses: ClausesOverlayFileSchema.parse(files.clauses).clauses,
    questions: QuestionsOverlayFileSchema.parse(files.questions).questions,
  };
}
