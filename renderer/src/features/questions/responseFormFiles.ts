import type { ExportedFile } from '@shared/api/contract';
import { saveExportedFile } from '../../lib/files';
import { useActions, useAppStore } from '../../store';

/** Saves the latest edits first: the service builds the forms from the stored tender. */
export function useFlushedTender() {
  const { saveNow } = useActions();
  return async (): Promise<string | null> => {
    await saveNow();
    const state = useAppStore.getState().saveState;
    if (state.status === 'invalid' || state.status === 'error') {
      return `Your latest changes could not be saved (${state.message ?? 'a field is not valid'}); fix them first, because the forms are made from the saved tender.`;
    }
    return null;
  };
}

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
