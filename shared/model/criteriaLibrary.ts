import { z } from 'zod';
import { t } from '../i18n';
import { IdSchema, longText, shortText } from './common';
import { CriterionCategorySchema, isPriceCategory, type Criterion, type CriterionCategory } from './criteria';
import { ScoringMethodSchema, isPriceFormula } from './scoring';
import { LanguageSchema, type Language } from './language';

/**
 * Criteria templates: the built-in library (resources/library/criteria.json) and, with the same entry
 * schema, criteria a team saves to its workspace library. Unlike a criterion being edited, a library
 * entry must be complete: a name, a scoring method that fits its category, a descriptor for every level.
 */

export const CRITERIA_LIBRARY_SCHEMA_VERSION = 1;

export const CriteriaLibraryEntrySchema = z
  .object({
    id: IdSchema,
    name: shortText(() => t('messages:field.name'))
      .trim()
      .min(1, 'A library criterion needs a name'),
    description: longText(() => t('messages:field.description'))
      .trim()
      .min(1, 'A library criterion needs a description'),
    category: CriterionCategorySchema,
    /** The suggested scoring method; the user can change it once the criterion is in a lot. */
    scoring: ScoringMethodSchema,
    /** What bidders must supply. */
    evidence: longText(() => t('messages:field.evidence'))
      .trim()
      .min(1, { error: () => t('messages:validation.library.evidenceNeeded') }),
    /** Advice for the buyer: when to use it, what to watch for. */
    guidance: longText(() => t('messages:field.guidance')),
    tags: z
      .array(shortText(() => t('messages:field.tag')).min(1))
      .max(20)
      .optional(),
    /** The language the entry is written in; absent: English. Own entries are never translated. */
    language: LanguageSchema.optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const priced = isPriceCategory(entry.category);
    if (priced !== isPriceFormula(entry.scoring)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scoring'],
        message: priced ? t('messages:validation.library.priceNeedsFormula') : t('messages:validation.library.formulaOnlyForPrice'),
      });
    }
    if (entry.scoring.type === 'quality-scale') {
      const { max, descriptors } = entry.scoring;
      for (let level = 0; level <= max; level += 1) {
        if ((descriptors[level] ?? '').trim() === '') {
          ctx.addIssue({
            code: 'custom',
            path: ['scoring', 'descriptors', level],
            message: t('messages:validation.library.levelDescriptor', { level }),
          });
        }
      }
    }
    if (entry.scoring.type === 'absolute' && !(entry.scoring.ceiling > entry.scoring.floor)) {
      ctx.addIssue({ code: 'custom', path: ['scoring', 'ceiling'], message: t('messages:validation.library.ceilingAboveFloor') });
    }
  });
export type CriteriaLibraryEntry = z.infer<typeof CriteriaLibraryEntrySchema>;

export const CriteriaLibrarySchema = z
  .object({
    schemaVersion: z.literal(CRITERIA_LIBRARY_SCHEMA_VERSION),
    criteria: z.array(CriteriaLibraryEntrySchema).max(1000),
  })
  .strict()
  .superRefine((library, ctx) => {
    const seen = new Set<string>();
    library.criteria.forEach((entry, index) => {
      if (seen.has(entry.id))
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'id'],
          message: t('messages:validation.library.idTwice', { id: entry.id }),
        });
      seen.add(entry.id);
    });
  });
export type CriteriaLibrary = z.infer<typeof CriteriaLibrarySchema>;

export function libraryEntriesByCategory(library: CriteriaLibrary, category: CriterionCategory): CriteriaLibraryEntry[] {
  return library.criteria.filter((e) => e.category === category);
}

/**
 * A criterion for a lot, made from a library entry. The scoring method is copied (descriptors
 * included) so later edits in the lot never change the library.
 */
export function criterionFromLibrary(entry: CriteriaLibraryEntry, options: { id: string; weight?: number; parentId?: string }): Criterion {
  return {
    id: options.id,
    ...(options.parentId ? { parentId: options.parentId } : {}),
    libraryId: entry.id,
    name: entry.name,
    description: entry.description,
    category: entry.category,
    weight: options.weight ?? 0,
    scoring: structuredClone(entry.scoring),
    evidence: entry.evidence,
  };
}

/** A library entry from a criterion the user wants to keep for later (weights and position are dropped). */
export function libraryEntryFromCriterion(
  criterion: Criterion,
  options: { id: string; guidance?: string; tags?: string[]; language?: Language },
): CriteriaLibraryEntry {
  return {
    id: options.id,
    name: criterion.name,
    description: criterion.description,
    category: criterion.category,
    scoring: structuredClone(criterion.scoring),
    evidence: criterion.evidence,
    guidance: options.guidance ?? '',
    ...(options.tags ? { tags: options.tags } : {}),
    ...(options.language && options.language !== 'en' ? { language: options.language } : {}),
  };
}
