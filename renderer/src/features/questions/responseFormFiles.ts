import type { ExportedFile } from '@shared/api/contract';
import { saveExportedFile } from '../../lib/files';

export async function saveFiles(files: ExportedFile[]): Promise<string> {
  let saved = 0;
  let downloaded = 0;
  for (const file of files) {
    const outcome = await saveExportedFile(file);
    if (outcome.status === 'saved') saved += 1;
    if (outcome.status === 'download') downloaded += 1;
  }
  if (downloaded) return `Downloaded ${files.map((f) => f.fileName).join(', ')}.`;
  if (saved) return `Saved ${saved} of ${files.length} file${files.length === 1 ? '' : 's'}.`;
  return 'Nothing was saved.';
}
