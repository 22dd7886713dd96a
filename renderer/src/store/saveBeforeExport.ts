import { useActions, useAppStore } from './index';

/**
 * Saves the open tender's latest edits before an export, because the services build every file
 * from the stored tender. Returns why it could not, in the user's words, or null once saved.
 * `made` names what is exported: "the workbooks", "the forms", "the document".
 */
export function useSaveBeforeExport(made: string): () => Promise<string | null> {
  const { saveNow } = useActions();
  return async () => {
    await saveNow();
    const state = useAppStore.getState().saveState;
    if (state.status === 'invalid' || state.status === 'error') {
      return `Your latest changes could not be saved (${state.message ?? 'a field is not valid'}); fix them first, because ${made} ${made === 'the document' ? 'is' : 'are'} made from the saved tender.`;
    }
    return null;
  };
}
