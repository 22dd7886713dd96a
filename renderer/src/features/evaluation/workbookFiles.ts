import { t } from '@shared/i18n';
import type { WorkbookImportResult } from '@shared/api/methods/evaluation';
import { MAX_WORKBOOK_BYTES, workbookTooLargeMessage } from '@shared/model/evaluation';

/** Files dropped on the window; `seq` tells one drop from the next, even of the same files. */
export interface DroppedFiles {
  files: File[];
  seq: number;
}

export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

const refused = (file: File, message: string, summary: string): WorkbookImportResult => ({
  fileName: file.name,
  status: 'rejected',
  problems: [{ message }],
  warnings: [],
  summary,
});

/** Why a chosen or dropped file is not even read (not an .xlsx, too large), or null when it goes to the import. */
export function refusedBeforeReading(file: File): WorkbookImportResult | null {
  if (!file.name.toLowerCase().endsWith('.xlsx'))
    return refused(file, t('evaluation:files.notXlsx', { name: file.name }), t('evaluation:files.notXlsxSummary'));
  if (file.size > MAX_WORKBOOK_BYTES) return refused(file, workbookTooLargeMessage(file.size), t('evaluation:files.tooLargeSummary'));
  return null;
}
