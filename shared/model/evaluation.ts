import { z } from 'zod';
import { t } from '../i18n';
import { IdSchema, IsoDateTimeSchema, newId, shortText, tooLong, type FieldLabel } from './common';
import { QUALITY_SCALE_MAXIMA } from './scoring';
import { quoteTyped, readDecimal } from './decimal';

/**
 * The evaluation of one lot: who bids, who evaluates, the bid prices, and what came back
 * from the evaluators' workbooks.
 *
 * Two kinds of data live here:
 * - the SETUP (lead, bidders with their prices, evaluators, whether price is hidden from the
 *   evaluators) is edited like the rest of the tender: through the tender content, with undo/redo;
 * - the RECORDS (imports, moderations, audit trail) are written by the evaluation service only
 *   (evaluation.importWorkbooks, evaluation.moderate). `tenders.save` keeps the records that are on
 *   disk for every lot it already knows, so a stale or undone copy of the content can never rewrite or
 *   erase them (see electron/services/evaluation/records.ts).
 *
 * Money is stored as integer cents so totals stay exact; scores are whole numbers on the criterion's
 * scale. Originals are never overwritten: a moderation is a new entry beside the evaluators' scores,
 * and a replaced import is kept, marked as superseded.
 */

export const EVALUATION_LIMITS = {
  bidders: 100,
  evaluators: 30,
  initials: 8,
  /** A reason, a rationale: generous, but a pasted novel stays out. */
  reason: 5000,
  /** Imports kept per lot, including superseded ones. */
  imports: 1000,
  moderations: 10_000,
  audit: 20_000,
  /** The largest price, in cents, that stays an exact integer in JavaScript and in a spreadsheet. */
  priceCents: 999_999_999_999_99,
} as const;

/** Whole numbers only: a bid price in cents (e.g. 1234567 = 12,345.67). */
export const PriceCentsSchema = z
  .number()
  .int('A price is stored in whole cents')
  .min(0, { error: () => t('messages:validation.evaluation.priceNegative') })
  .max(EVALUATION_LIMITS.priceCents, { error: () => t('messages:validation.evaluation.priceTooLarge') });

export const BidderSchema = z
  .object({
    id: IdSchema,
    /** May be empty while the user types; the rules report it. */
    name: shortText(() => t('messages:field.bidderName')),
    /** The bid's reference, e.g. the receipt number of the bid. */
    reference: shortText(() => t('messages:field.bidReference')),
    /** The bid price entered by the lead, in cents; absent until entered. */
    priceCents: PriceCentsSchema.optional(),
    /** The supplier register entry that bids; its name is shown and exported in place of `name`. */
    registerId: IdSchema.optional(),
  })
  .strict();
export type Bidder = z.infer<typeof BidderSchema>;

export const EvaluatorSchema = z
  .object({
    id: IdSchema,
    name: shortText(() => t('messages:field.evaluatorName')),
    initials: z
      .string()
      .max(EVALUATION_LIMITS.initials, { error: tooLong(() => t('messages:field.initials'), EVALUATION_LIMITS.initials) }),
  })
  .strict();
export type Evaluator = z.infer<typeof EvaluatorSchema>;

const reason = (label: FieldLabel) => z.string().max(EVALUATION_LIMITS.reason, { error: tooLong(label, EVALUATION_LIMITS.reason) });

/**
 * One evaluator's score of one bid on one criterion: a whole number on the criterion's scale. The
 * scale's maximum is kept with the score, so a score is never read against a scale it was not given on.
 */
export const ScoreEntrySchema = z
  .object({
    criterionId: IdSchema,
    bidderId: IdSchema,
    score: z.number().int().min(0).max(10),
    scaleMax: z.literal(QUALITY_SCALE_MAXIMA),
    reason: reason(() => t('messages:field.aReason')).min(1, { error: () => t('messages:validation.evaluation.reasonRequired') }),
  })
  .strict()
  .refine((entry) => entry.score <= entry.scaleMax, { path: ['score'], error: () => t('messages:validation.evaluation.scoreAboveScale') });
export type ScoreEntry = z.infer<typeof ScoreEntrySchema>;

export const VERDICTS = ['pass', 'fail'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** One evaluator's pass/fail verdict on one requirement for one bid. A reason is required for a fail. */
export const VerdictEntrySchema = z
  .object({
    requirementId: IdSchema,
    bidderId: IdSchema,
    result: VerdictSchema,
    reason: reason(() => t('messages:field.aReason')),
  })
  .strict();
export type VerdictEntry = z.infer<typeof VerdictEntrySchema>;

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 checksum in hexadecimal');

/** Who did something: the name typed by the evaluation lead (the app has no user accounts). */
export const ActorSchema = shortText(() => t('messages:field.name'))
  .trim()
  .min(1, 'Say who you are: the name is kept in the audit trail');

/** The random id of one workbook export, written into the workbook it signs. */
export const ExportNonceSchema = z.string().regex(/^[0-9a-f]{32}$/, 'An export id is 32 hexadecimal digits');

/** What one evaluator's workbook held, as imported. The scores are the evaluator's originals. */
export const EvaluatorImportSchema = z
  .object({
    id: IdSchema,
    evaluatorId: IdSchema,
    fileName: shortText(() => t('messages:field.fileName')),
    importedAt: IsoDateTimeSchema,
    importedBy: shortText(() => t('messages:field.importedBy')),
    /** SHA-256 of the workbook's bytes: which file exactly was imported. */
    workbookSha256: Sha256Schema,
    /** The tender revision the workbook was exported from. */
    tenderRevision: z.number().int().nonnegative(),
    /** The setup checksum the workbook carried (criteria, requirements, bidders: see evaluationChecksum). */
    setupChecksum: Sha256Schema,
    /** The export the workbook came from (its signed nonce and date); absent on imports made before workbooks were signed. */
    exportNonce: ExportNonceSchema.optional(),
    exportedAt: IsoDateTimeSchema.optional(),
    scores: z.array(ScoreEntrySchema).max(20_000),
    verdicts: z.array(VerdictEntrySchema).max(20_000),
    /** Set when a later import for the same evaluator replaced this one; the entry itself is kept. */
    supersededAt: IsoDateTimeSchema.optional(),
    supersededBy: IdSchema.optional(),
  })
  .strict();
export type EvaluatorImport = z.infer<typeof EvaluatorImportSchema>;

const moderationBase = {
  id: IdSchema,
  bidderId: IdSchema,
  rationale: reason(() => t('messages:field.aRationale'))
    .trim()
    .min(1, { error: () => t('messages:validation.evaluation.rationaleRequired') }),
  by: shortText(() => t('messages:field.moderatedBy')),
  at: IsoDateTimeSchema,
};

/**
 * A moderated consensus on one cell. The latest entry for a cell applies; earlier entries stay as
 * history. A `null` score or result withdraws the moderation (the consensus is the evaluators' again).
 */
export const ModerationSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...moderationBase,
      kind: z.literal('score'),
      criterionId: IdSchema,
      score: z.number().int().min(0).max(10).nullable(),
    })
    .strict(),
  z
    .object({
      ...moderationBase,
      kind: z.literal('verdict'),
      requirementId: IdSchema,
      result: VerdictSchema.nullable(),
    })
    .strict(),
]);
export type Moderation = z.infer<typeof ModerationSchema>;
export type ScoreModeration = Extract<Moderation, { kind: 'score' }>;
export type VerdictModeration = Extract<Moderation, { kind: 'verdict' }>;

export const AUDIT_ACTIONS = ['import', 'replace', 'moderate', 'withdraw-moderation'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AuditEntrySchema = z
  .object({
    id: IdSchema,
    at: IsoDateTimeSchema,
    by: shortText(() => t('messages:field.who')),
    action: z.enum(AUDIT_ACTIONS),
    /** One sentence a reader of the trail understands without the rest of the data. */
    summary: z.string().max(2000),
    evaluatorId: IdSchema.optional(),
    importId: IdSchema.optional(),
    moderationId: IdSchema.optional(),
    fileName: shortText(() => t('messages:field.fileName')).optional(),
    workbookSha256: Sha256Schema.optional(),
    /** For an import: the export the workbook came from. */
    exportNonce: ExportNonceSchema.optional(),
    exportedAt: IsoDateTimeSchema.optional(),
  })
  .strict();
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

function uniqueIds(label: string) {
  return (list: readonly { id: string }[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `${label} id "${item.id}" is used twice` });
      seen.add(item.id);
    });
  };
}

export const LotEvaluationSchema = z
  .object({
    // ---- setup: edited through the tender content ----
    /** The evaluation lead's name, offered as "who" for imports and moderations. */
    lead: shortText(() => t('messages:field.evaluationLead')),
    /** True: evaluator workbooks show no prices (two-envelope evaluation). */
    hidePriceFromEvaluators: z.boolean(),
    bidders: z
      .array(BidderSchema)
      .max(EVALUATION_LIMITS.bidders, {
        error: () => t('messages:validation.evaluation.tooManyBidders', { max: EVALUATION_LIMITS.bidders }),
      })
      .superRefine(uniqueIds('Bidder')),
    evaluators: z
      .array(EvaluatorSchema)
      .max(EVALUATION_LIMITS.evaluators, {
        error: () => t('messages:validation.evaluation.tooManyEvaluators', { max: EVALUATION_LIMITS.evaluators }),
      })
      .superRefine(uniqueIds('Evaluator')),
    // ---- records: written by the evaluation service only ----
    imports: z.array(EvaluatorImportSchema).max(EVALUATION_LIMITS.imports).superRefine(uniqueIds('Import')),
    moderations: z.array(ModerationSchema).max(EVALUATION_LIMITS.moderations).superRefine(uniqueIds('Moderation')),
    audit: z.array(AuditEntrySchema).max(EVALUATION_LIMITS.audit),
  })
  .strict();
export type LotEvaluation = z.infer<typeof LotEvaluationSchema>;

/** The fields only the evaluation service writes. */
export const EVALUATION_RECORD_KEYS = ['imports', 'moderations', 'audit'] as const;
export type LotEvaluationRecords = Pick<LotEvaluation, (typeof EVALUATION_RECORD_KEYS)[number]>;
export type LotEvaluationSetup = Omit<LotEvaluation, (typeof EVALUATION_RECORD_KEYS)[number]>;

export function emptyLotEvaluation(): LotEvaluation {
  return { lead: '', hidePriceFromEvaluators: true, bidders: [], evaluators: [], imports: [], moderations: [], audit: [] };
}

/** The lot's evaluation, or an empty one for content written before evaluation existed. */
export function evaluationOf(lot: { evaluation?: LotEvaluation }): LotEvaluation {
  return lot.evaluation ?? emptyLotEvaluation();
}

export function recordsOf(evaluation: LotEvaluation): LotEvaluationRecords {
  return { imports: evaluation.imports, moderations: evaluation.moderations, audit: evaluation.audit };
}

export function newBidder(options: { id?: string; name?: string; reference?: string } = {}): Bidder {
  return { id: options.id ?? newId('bid'), name: options.name ?? '', reference: options.reference ?? '' };
}

export function newEvaluator(options: { id?: string; name?: string; initials?: string } = {}): Evaluator {
  return { id: options.id ?? newId('ev'), name: options.name ?? '', initials: options.initials ?? '' };
}

/** The current (not superseded) import of each evaluator, by evaluator id. */
export function currentImports(evaluation: Pick<LotEvaluation, 'imports'>): Map<string, EvaluatorImport> {
  const current = new Map<string, EvaluatorImport>();
  for (const entry of evaluation.imports) if (!entry.supersededAt) current.set(entry.evaluatorId, entry);
  return current;
}

/** Cents as a plain decimal amount with two places and no grouping: 123456 -> "1234.56". */
export function centsToAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export type AmountParseResult = { ok: true; cents: number } | { ok: false; message: string };

/**
 * Reads a bid price typed by the lead into whole cents, exactly (no floating point), with the same
 * rules as every other amount in the app (shared/rules/amounts): "12,345.67", "12 345", "99,5" (a
 * single comma not followed by three digits is the decimal mark).
 */
export function parseAmount(text: string): AmountParseResult {
  const reading = readDecimal(text);
  if (!reading.ok) {
    if (reading.empty) return { ok: false, message: t('messages:validation.evaluation.enterPrice') };
    return { ok: false, message: t('messages:validation.evaluation.notAnAmount', { typed: quoteTyped(text) }) };
  }
  const whole = reading.whole.replace(/^0+(?=\d)/, '');
  const decimals = reading.fraction;
  if (reading.negative && /[1-9]/.test(whole + decimals)) return { ok: false, message: t('messages:validation.evaluation.priceNegative') };
  if (decimals.length > 2) return { ok: false, message: t('messages:validation.evaluation.priceToTheCent') };
  const cents = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > EVALUATION_LIMITS.priceCents)
    return { ok: false, message: t('messages:validation.evaluation.priceTooLarge') };
  return { ok: true, cents };
}

/** Limits the API also applies; here so the renderer can say so before reading a file. */
export const MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
export const MAX_WORKBOOKS_PER_IMPORT = 40;

/** Shown when a file is too large to be an evaluator workbook, in the renderer and the service. */
export function workbookTooLargeMessage(bytes: number): string {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  // Rounded up, so a file just over the limit never reads as "10.0 MB; at most 10.0 MB".
  const size = (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1);
  return `The file is ${size} MB; an evaluator workbook is far smaller (at most ${mb(MAX_WORKBOOK_BYTES)} MB are accepted), so it was not read. Choose the workbook exported by Tenderwright and filled in by the evaluator.`;
}
