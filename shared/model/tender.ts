import { z } from 'zod';
import { t } from '../i18n';
import { CurrencyCodeSchema } from './currency';
import { LanguageSchema, LocaleSchema, type Language } from './language';
import { IdSchema, IsoDateTimeSchema, LIMITS, longText, newId, shortText } from './common';
import { emptyLotCriteria, lotCriteriaShape } from './criteria';
import { TenderClausesSchema } from './clauses';
import { EMPTY_TENDER_QA, TenderQaSchema } from './questions';
import { emptyLotEvaluation, LotEvaluationSchema } from './evaluation';
import { SavedBySchema } from './workspace';
import { lifecycleOf, tenderLifecycleShape, TenderStatusSchema, IsoDaySchema } from './tenderStatus';

/**
 * 2: lots carry award criteria and requirements; the tender carries clauses and its supplier Q&A.
 * 3: lots carry their evaluation (bidders, evaluators, prices, imported scores, moderations, audit).
 */
export const TENDER_SCHEMA_VERSION = 3;

export const LotSchema = z
  .object({
    id: IdSchema,
    title: shortText(() => t('messages:field.lotTitle')).min(1, 'Lot title must not be empty'),
    ...lotCriteriaShape,
    /**
     * Optional only so content built by code that predates evaluation still validates; stored files
     * always have it (migration 2 -> 3) and newLot creates it. Read it with evaluationOf(lot).
     */
    evaluation: LotEvaluationSchema.optional(),
  })
  .strict();
export type Lot = z.infer<typeof LotSchema>;

export function newLot(title: string): Lot {
  return { id: newId('lot'), title, ...emptyLotCriteria(), evaluation: emptyLotEvaluation() };
}

/** The editable content of a tender: what the user changes, undoes and redoes. */
export const TenderContentSchema = z
  .object({
    title: shortText(() => t('messages:field.title')).min(1, { error: () => t('messages:validation.tender.titleEmpty') }),
    reference: shortText(() => t('messages:field.reference')),
    buyer: shortText(() => t('messages:field.buyingOrganisation')),
    description: longText(() => t('messages:field.description')),
    lots: z
      .array(LotSchema)
      .min(1, { error: () => t('messages:validation.tender.noLot') })
      .max(LIMITS.lots, { error: () => t('messages:validation.tender.tooManyLots', { max: LIMITS.lots }) })
      .superRefine((lots, ctx) => {
        const seen = new Set<string>();
        for (const [index, lot] of lots.entries()) {
          if (seen.has(lot.id))
            ctx.addIssue({ code: 'custom', path: [index, 'id'], message: t('messages:validation.tender.lotIdTwice', { id: lot.id }) });
          seen.add(lot.id);
        }
      }),
    clauses: TenderClausesSchema,
    qa: TenderQaSchema,
    ...tenderLifecycleShape,
    /** The currency of every price in the tender; absent in files written before it existed (then the Settings default). */
    currency: CurrencyCodeSchema.optional(),
    /** The language its documents are written in, whatever the screens show; absent in older files (then English). */
    language: LanguageSchema.optional(),
    /** The locale of issue its documents' numbers and dates follow, e.g. fr-BE; absent: the language's default. */
    locale: LocaleSchema.optional(),
  })
  .strict();
export type TenderContent = z.infer<typeof TenderContentSchema>;

export const TenderSchema = TenderContentSchema.extend({
  schemaVersion: z.literal(TENDER_SCHEMA_VERSION),
  id: IdSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Incremented on every save; exported files carry it so stale imports can be told apart. */
  revision: z.number().int().nonnegative(),
  /**
   * The revision at which the content last changed. Writes that only add evaluation records (imports,
   * moderations) raise `revision` but not this, so they never make a colleague's open copy stale.
   * Absent in files written before it existed: then it is `revision`.
   */
  contentRevision: z.number().int().nonnegative().optional(),
  /** Who made the latest write. */
  savedBy: SavedBySchema.optional(),
}).strict();
export type Tender = z.infer<typeof TenderSchema>;

export const TenderSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  reference: z.string(),
  buyer: z.string(),
  lotCount: z.number().int(),
  updatedAt: IsoDateTimeSchema,
  revision: z.number().int(),
  status: TenderStatusSchema.optional(),
  submissionDeadline: IsoDaySchema('Submission deadline').optional(),
  awardDate: IsoDaySchema('Award date').optional(),
});
export type TenderSummary = z.infer<typeof TenderSummarySchema>;

export function summarise(tender: Tender): TenderSummary {
  return {
    id: tender.id,
    title: tender.title,
    reference: tender.reference,
    buyer: tender.buyer,
    lotCount: tender.lots.length,
    updatedAt: tender.updatedAt,
    revision: tender.revision,
    ...lifecycleOf({ status: tender.status, submissionDeadline: tender.submissionDeadline, awardDate: tender.awardDate }),
  };
}

/** The revision a content save must be based on to be accepted. */
export const contentRevisionOf = (tender: Pick<Tender, 'revision' | 'contentRevision'>) => tender.contentRevision ?? tender.revision;

export function contentOf(tender: TenderContent): TenderContent {
  const { title, reference, buyer, description, lots, clauses, qa, currency, language, locale } = tender;
  return {
    title,
    reference,
    buyer,
    description,
    lots,
    clauses,
    qa,
    ...(currency ? { currency } : {}),
    ...(language ? { language } : {}),
    ...(locale ? { locale } : {}),
    ...lifecycleOf(tender),
  };
}

/**
 * `tender` with `content` in place of its own. Spreading one over the other would keep an optional
 * field the new content leaves out (a deadline cleared, a status put back): here it is removed.
 */
export function withContent<T extends TenderContent>(tender: T, content: TenderContent): T {
  const {
    status: _s,
    statusBeforeArchive: _b,
    submissionDeadline: _d,
    awardDate: _a,
    currency: _c,
    language: _l,
    locale: _o,
    ...rest
  } = tender;
  return { ...rest, ...contentOf(content) } as T;
}

/** The content of a new tender: lots with no criteria yet, no clauses, an empty Q&A. */
export function newTenderContent(input: {
  title: string;
  reference: string;
  buyer: string;
  description?: string;
  lots: string[];
  language?: Language | undefined;
}): TenderContent {
  return {
    ...(input.language && input.language !== 'en' ? { language: input.language } : {}),
    title: input.title,
    reference: input.reference,
    buyer: input.buyer,
    description: input.description ?? '',
    lots: input.lots.map(newLot),
    clauses: [],
    qa: structuredClone(EMPTY_TENDER_QA),
  };
}
