import { t } from '@shared/i18n';
import { useActions, useAppStore } from './index';

/**
 * Saves the open tender's latest edits before an export, because the services build every file
 * from the stored tender. Returns why it could not, in the user's words, or null once saved.
 * `made` names what is exported: "the workbooks", "the forms", "the document".
 */
export function useSaveBeforeExport(made: 'the workbooks' | 'the forms' | 'the document'): () => Promise<string | null> {
  const { saveNow } = useActions();
  return async () => {
    await saveNow();
    const state = useAppStore.getState().saveState;
    if (state.status === 'invalid' || state.status === 'error') {
      const reason = state.message ?? t('common:saveBeforeExport.fieldNotValid');
      if (made === 'the workbooks') return t('common:saveBeforeExport.workbooks', { reason });
      if (made === 'the forms') return t('common:saveBeforeExport.forms', { reason });
      return t('common:saveBeforeExport.document', { reason });
    }
    return null;
  };
}
