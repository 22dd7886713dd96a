import { z } from 'zod';
import { returns } from '../define';

/** A generated document on its way to the user: the exporters return these, files.save stores them. */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

export type SaveOutcome =
  /** Written where the user chose (desktop app). */
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  /** No save dialog here (browser mode): the page downloads the file itself. */
  | { status: 'download' };

export interface FileCapabilities {
  saveDialog: boolean;
  open: boolean;
  showInFolder: boolean;
}

/** 60 MB of file, as base64. Exports are far smaller; the cap keeps a runaway payload out. */
export const MAX_FILE_BASE64_LENGTH = 80 * 1024 * 1024;

export const FileNameSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^/\\:*?"<>|]+$/, 'must be a plain file name without folders or special characters')
  .refine((name) => ![...name].some((ch) => ch.charCodeAt(0) < 32), 'must not contain control characters');

const savedPath = z.object({ path: z.string().min(1).max(4096) }).strict();

export const filesMethods = {
  'files.capabilities': { input: z.object({}).strict(), output: returns<FileCapabilities>() },
  'files.save': {
    input: z
      .object({
        fileName: FileNameSchema,
        base64: z
          .string()
          .max(MAX_FILE_BASE64_LENGTH, 'file is too large to save')
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
      })
      .strict(),
    output: returns<SaveOutcome>(),
  },
  /** Only paths saved in this session are accepted, so the shell never receives untrusted input. */
  'files.open': { input: savedPath, output: returns<{ opened: boolean }>() },
  'files.showInFolder': { input: savedPath, output: returns<{ shown: boolean }>() },
} as const;
