import { z } from 'zod';
import { IdSchema } from '../../model/common';
import type { MissingField, NoticeFormat, NoticeProblem } from '../../notices/noticeChecks';
import { ExportDateSchema } from './export';
import type { ExportedFile } from './files';
import { returns } from '../define';

export type { MissingField, NoticeFormat, NoticeProblem } from '../../notices/noticeChecks';

/** One validation the file went through, and how it went. */
export interface NoticeCheck {
  /** "eForms schema (XSD)", "eForms award-criteria rules (Schematron)", "OCDS release schema (JSON Schema)". */
  name: string;
  status: 'passed' | 'failed' | 'not-run';
  /** How many rules were checked, where it counts them (the Schematron asserts). */
  rules?: number;
}

export interface NoticePreview {
  tenderId: string;
  revision: number;
  format: NoticeFormat;
  fileName: string;
  /** True when the file would be written now. */
  ready: boolean;
  checks: NoticeCheck[];
  /** What stops the export, each with its rule and the screen that fixes it. */
  problems: NoticeProblem[];
  /** Mandatory fields the app does not hold: the buyer completes them in the e-notification tool. */
  missing: MissingField[];
  /** How the tender reads in this format: social criteria, the social floor, the minimum quality score. */
  notes: string[];
}

export const NoticeFormatSchema = z.enum(['eforms-lot', 'eforms-notice', 'ocds']);

const noticeRequest = z
  .object({
    tenderId: IdSchema,
    format: NoticeFormatSchema,
    /** The lot of an eForms lots fragment (default: the first lot). */
    lotId: IdSchema.optional(),
    exportDate: ExportDateSchema,
  })
  .strict();

export const noticeMethods = {
  /** Builds the notice and validates it against the official schemas, without writing anything. */
  'notices.preview': { input: noticeRequest, output: returns<NoticePreview>() },
  /** The validated notice file (XML or JSON) for files.save; refused with the problems while any remains. */
  'notices.export': { input: noticeRequest, output: returns<ExportedFile>() },
} as const;
