import { z } from 'zod';
import { shortText } from '../../model/common';
import type { Tender } from '../../model/tender';
import type { UnmappedItem } from '../../notices/eformsImport';
import { returns } from '../define';
import { MAX_FILE_BASE64_LENGTH } from './files';

export type { UnmappedItem } from '../../notices/eformsImport';

export interface NoticeImportOutcome {
  /** The new tender, as stored. */
  tender: Tender;
  /** What the notice holds that the tender does not hold as written, for the user to fix. */
  unmapped: UnmappedItem[];
}

/**
 * New tender from an eForms contract notice (issue 15). The file travels as its content, like an
 * evaluator workbook, so the desktop app and browser mode send it the same way. The service caps
 * its size with a message of its own; this schema only keeps a runaway payload out.
 */
export const noticeImportMethods = {
  'notices.importTender': {
    input: z
      .object({
        fileName: shortText('File name')
          .min(1, 'must not be empty')
          .refine((name) => ![...name].some((ch) => ch.charCodeAt(0) < 32), 'must not contain control characters'),
        base64: z
          .string()
          .max(MAX_FILE_BASE64_LENGTH, 'file is too large to send')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
      })
      .strict(),
    output: returns<NoticeImportOutcome>(),
  },
} as const;
