import type { ExportedFile } from '@shared/api/contract';
import { t } from '@shared/i18n';
import { saveExportedFile } from '../../lib/files';

export async function saveFiles(files: ExportedFile[]): Promise<string> {
  let saved = 0;
  let downloaded = 0;
  for (const file of files) {
    const outcome = await saveExportedFile(file);
    if (outcome.status === 'saved') saved += 1;
    if (outcome.status === 'download') downloaded += 1;
  }
  if (downloaded) return t('questions:files.downloaded', { names: files.map((f) => f.fileName).join(', ') });
  if (saved) return t('questions:files.saved', { saved, count: files.length });
  return t('questions:files.nothing');
}
