import { z } from 'zod';
import { t } from '../../i18n';
import { IdSchema, shortText } from '../../model/common';
import { ActorSchema, EVALUATION_LIMITS, MAX_WORKBOOKS_PER_IMPORT, VerdictSchema, type LotEvaluationRecords } from '../../model/evaluation';
import type { LotResults } from '../../rules/evaluation';
import { returns } from '../define';
import { MAX_FILE_BASE64_LENGTH, type ExportedFile } from './files';

/** One problem found in a returned workbook, with its sheet and cell when it has one ("Scoring!D7"). */
export interface WorkbookProblem {
  cell?: string;
  message: string;
}

export type WorkbookImportStatus =
  /** Read and stored. */
  | 'imported'
  /** Read and stored in place of the evaluator's earlier import (which is kept, marked superseded). */
  | 'replaced'
  /** Sound, but the evaluator already has an import: nothing stored until the caller confirms. */
  | 'needs-confirmation'
  /** Problems found: nothing from this file was stored. */
  | 'rejected';

export interface WorkbookImportResult {
  fileName: string;
  status: WorkbookImportStatus;
  evaluatorId?: string;
  evaluatorName?: string;
  /** Errors: any one of them means nothing from the file was imported. */
  problems: WorkbookProblem[];
  /** Worth knowing, but the file was still usable (e.g. sheet protection removed). */
  warnings: WorkbookProblem[];
  /** For 'needs-confirmation' and 'replaced': the import that is (or would be) replaced. */
  existing?: { fileName: string; importedAt: string; importedBy: string };
  /** One sentence for the list of results. */
  summary: string;
}

export interface EvaluationRecordsOutcome {
  records: LotEvaluationRecords;
  /** The tender's revision after the call. */
  revision: number;
}

export interface ImportOutcome extends EvaluationRecordsOutcome {
  files: WorkbookImportResult[];
  /** True when anything was written. */
  changed: boolean;
}

const lotTarget = { tenderId: IdSchema, lotId: IdSchema };
/** The user's locale ("en-GB", "fr-FR"), for the dates a workbook shows; British English without it. */
const LocaleSchema = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag such as en-GB');

/**
 * Base64 letters, then at most two "=". Checked with a search for the first wrong character, which
 * is several times faster on a 10 MB upload than an anchored pattern over the whole text and so
 * keeps the main process answering other calls while an import is received.
 */
function isBase64(text: string): boolean {
  if (/[^A-Za-z0-9+/=]/.test(text)) return false;
  const padding = text.indexOf('=');
  return padding === -1 || /^={1,2}$/.test(text.slice(padding));
}

export const WorkbookUploadSchema = z
  .object({
    fileName: shortText(() => t('messages:field.fileName'))
      .min(1, 'must not be empty')
      .refine((name) => ![...name].some((ch) => ch.charCodeAt(0) < 32), 'must not contain control characters'),
    base64: z.string().max(MAX_FILE_BASE64_LENGTH, 'file is too large to send').refine(isBase64, 'must be base64'),
  })
  .strict();

const rationale = z
  .string()
  .trim()
  .min(1, 'A moderation needs a rationale: say why the panel agreed this score')
  .max(EVALUATION_LIMITS.reason, `A rationale must be at most ${EVALUATION_LIMITS.reason} characters`);

export const ModerationTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('score'),
      criterionId: IdSchema,
      bidderId: IdSchema,
      /** The agreed score; null withdraws an earlier moderation. */
      score: z.number().int('A moderated score is a whole number').min(0).max(10).nullable(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('verdict'),
      requirementId: IdSchema,
      bidderId: IdSchema,
      result: VerdictSchema.nullable(),
    })
    .strict(),
]);
export type ModerationTarget = z.infer<typeof ModerationTargetSchema>;

/**
 * Evaluation. The setup (bidders, evaluators, prices, price visibility) is part of the tender
 * content and saved with tenders.save; imports and moderations are written here, by the service, and
 * each appends to the lot's audit trail.
 */
export const evaluationMethods = {
  /** One evaluator workbook per evaluator of the lot (all of them unless `evaluatorIds` narrows it). */
  'evaluation.exportWorkbooks': {
    input: z
      .object({
        ...lotTarget,
        evaluatorIds: z.array(IdSchema).min(1).max(EVALUATION_LIMITS.evaluators).optional(),
        locale: LocaleSchema.optional(),
      })
      .strict(),
    output: returns<ExportedFile[]>(),
  },
  /** The lead workbook: prices and price scores, each evaluator's scores, consensus, summary and rank, by formula. */
  'evaluation.exportLeadWorkbook': {
    input: z.object({ ...lotTarget, locale: LocaleSchema.optional() }).strict(),
    output: returns<ExportedFile>(),
  },
  /**
   * Checks and imports filled evaluator workbooks. A file with any problem imports nothing. An
   * evaluator who already has an import comes back as 'needs-confirmation' unless listed in
   * `replaceEvaluatorIds`.
   */
  'evaluation.importWorkbooks': {
    input: z
      .object({
        ...lotTarget,
        files: z
          .array(WorkbookUploadSchema)
          .min(1, 'Choose at least one workbook')
          .max(MAX_WORKBOOKS_PER_IMPORT, `Import at most ${MAX_WORKBOOKS_PER_IMPORT} workbooks at a time`)
          .refine((files) => files.reduce((total, f) => total + f.base64.length, 0) <= MAX_FILE_BASE64_LENGTH, {
            message: 'The chosen files are too large together; evaluator workbooks are small, so choose only those',
          }),
        replaceEvaluatorIds: z.array(IdSchema).max(EVALUATION_LIMITS.evaluators).optional(),
        by: ActorSchema,
      })
      .strict(),
    output: returns<ImportOutcome>(),
  },
  /** Records a moderated consensus (score or pass/fail) with its rationale; the originals stay. */
  'evaluation.moderate': {
    input: z.object({ ...lotTarget, target: ModerationTargetSchema, rationale, by: ActorSchema }).strict(),
    output: returns<EvaluationRecordsOutcome>(),
  },
  /** The lot's imports, moderations and audit trail as stored. */
  'evaluation.records': { input: z.object(lotTarget).strict(), output: returns<EvaluationRecordsOutcome>() },
  /** Consensus, totals, exclusions and ranking, recomputed from the stored tender with shared/rules. */
  'evaluation.results': { input: z.object(lotTarget).strict(), output: returns<LotResults>() },
} as const;
