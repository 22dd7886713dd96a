import { z } from 'zod';
import { t } from '../../i18n';
import { IdSchema } from '../../model/common';
import { ActorSchema, MAX_WORKBOOKS_PER_IMPORT } from '../../model/evaluation';
import type { MaturityLevel } from '../../model/questions';
import type { ContractDisclosures, DisclosureVersion, TenderDisclosures } from '../../model/disclosures';
import { returns } from '../define';
import type { ExportedFile } from './files';
import { WorkbookUploadSchema, type WorkbookProblem } from './evaluation';
import { ExportDateSchema } from './export';

/** One answer read from a supplier's response form, before the officer confirms its maturity level. */
export interface ReadAnswer {
  questionId: string;
  text: string;
  evidence: string[];
  selfAssessed?: MaturityLevel;
  /** The level the app proposes from the self-assessment and the evidence given. */
  proposedLevel: MaturityLevel;
  /** Why that level, in one sentence, for the officer. */
  proposalReason: string;
}

export interface ResponseFormReading {
  fileName: string;
  status: 'ready' | 'rejected';
  /** Any one of them means nothing from the file may be imported. */
  problems: WorkbookProblem[];
  warnings: WorkbookProblem[];
  supplierId?: string;
  roundId?: string;
  /** The day the supplier dated the form (or the day it was read). */
  answeredOn?: string;
  answers: ReadAnswer[];
  summary: string;
}

export interface DisclosureImportOutcome {
  fileName: string;
  status: 'imported' | 'rejected';
  problems: WorkbookProblem[];
  warnings: WorkbookProblem[];
  /** The new version, when imported. */
  version?: DisclosureVersion;
  contract: ContractDisclosures;
  summary: string;
}

const target = { tenderId: IdSchema };
const forSupplier = { tenderId: IdSchema, supplierId: IdSchema };

/**
 * Supplier engagement beyond the tender's own content: response forms that travel to suppliers and
 * back, the factory disclosures received per contract, and the documents for review meetings.
 * Answers read from a form come back to the page, which files them in the tender's Q&A (with undo);
 * disclosures are stored by the service, beside the tender.
 */
export const engagementMethods = {
  /** One response form per supplier of the round (all unless `supplierIds` narrows it), as workbooks or Word. */
  'engagement.exportResponseForms': {
    input: z
      .object({
        ...target,
        roundId: IdSchema,
        supplierIds: z.array(IdSchema).min(1).max(100).optional(),
        format: z.enum(['xlsx', 'docx']),
      })
      .strict(),
    output: returns<ExportedFile[]>(),
  },
  /** Checks filled response forms and returns their answers; a file with any problem returns none. */
  'engagement.readResponseForms': {
    input: z
      .object({
        ...target,
        files: z
          .array(WorkbookUploadSchema)
          .min(1, { error: () => t('messages:validation.responseForms.none') })
          .max(MAX_WORKBOOKS_PER_IMPORT),
        /** When given, a form for another round (or supplier) is refused. */
        roundId: IdSchema.optional(),
        supplierId: IdSchema.optional(),
      })
      .strict(),
    output: returns<ResponseFormReading[]>(),
  },
  'disclosures.get': { input: z.object(target).strict(), output: returns<TenderDisclosures>() },
  /** The disclosure workbook a contracted supplier fills in with its tier 1 and tier 2 sites. */
  'disclosures.exportWorkbook': { input: z.object(forSupplier).strict(), output: returns<ExportedFile>() },
  /** Checks a returned disclosure workbook and, when sound, stores it as a new version. */
  'disclosures.import': {
    input: z.object({ ...forSupplier, file: WorkbookUploadSchema, by: ActorSchema }).strict(),
    output: returns<DisclosureImportOutcome>(),
  },
  /** The sites of a version (the latest unless named) as CSV in a public factory database's columns. */
  'disclosures.exportCsv': {
    input: z.object({ ...forSupplier, versionId: IdSchema.optional() }).strict(),
    output: returns<ExportedFile>(),
  },
  /** Word: the supplier's answers over rounds, maturity progression, open follow-ups, disclosure status on `exportDate`. */
  'engagement.exportReport': {
    input: z.object({ ...forSupplier, exportDate: ExportDateSchema }).strict(),
    output: returns<ExportedFile>(),
  },
  /** Word: a letter of concern drafted from the open follow-ups and the unmet clause obligations, dated `exportDate`. */
  'engagement.exportLetter': {
    input: z.object({ ...forSupplier, exportDate: ExportDateSchema }).strict(),
    output: returns<ExportedFile>(),
  },
} as const;
