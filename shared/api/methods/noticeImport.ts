import type { Tender } from '../../model/tender';
import type { UnmappedItem } from '../../notices/eformsImport';
import { returns } from '../define';
import { WorkbookUploadSchema } from './evaluation';

export type { UnmappedItem } from '../../notices/eformsImport';

export interface NoticeImportOutcome {
  /** The new tender, as stored. */
  tender: Tender;
  /** What the notice holds that the tender does not hold as written, for the user to fix. */
  unmapped: UnmappedItem[];
}

/**
 * New tender from an eForms contract notice (issue 15). The file travels as its name and content,
 * checked like an evaluator workbook upload, so the desktop app and browser mode send it the same
 * way. The service caps its size with a message of its own; the schema only keeps a runaway payload out.
 */
export const noticeImportMethods = {
  'notices.importTender': { input: WorkbookUploadSchema, output: returns<NoticeImportOutcome>() },
} as const;
