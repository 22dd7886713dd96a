import { useEffect } from 'react';
import { create } from 'zustand';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { temporal } from 'zundo';
import { DEFAULT_CRITERIA_SETTINGS, type CriteriaSettings } from '@shared/model/criteria';
import { currencyOf } from '@shared/model/currency';
import { createEditorSlice } from './editorSlice';
import { createTendersSlice } from './tendersSlice';
import { createUiSlice } from './uiSlice';
import { createWorkspaceSlice } from './workspaceSlice';
import { createLibrarySlice, libraryLanguageOf, libraryViewIn } from './librarySlice';
import { useUiLanguage } from './uiLanguage';
import { createTeamSlice } from './teamSlice';
import { createScreenUndoSlice } from './screenUndoSlice';
import { createEvaluationSlice } from './evaluationSlice';
import { createBackupsSlice } from './backupsSlice';
import { createSettingsSlice } from './settingsSlice';
import { createSuppliersSlice } from './suppliersSlice';
import { groupBursts } from './undoGrouping';
import type { AppState, AppTemporal, TrackedState } from './types';
import type { UndoScreen } from './screenUndoSlice';

export type * from './types';
export type * from './tendersSlice';
export type * from './editorSlice';
export type * from './backupsSlice';
export type * from './uiSlice';
export type * from './workspaceSlice';
export type * from './librarySlice';
export type * from './settingsSlice';
export type * from './suppliersSlice';
export type * from './evaluationSlice';
export type * from './teamSlice';
export type * from './screenUndoSlice';
export type { Screen } from '../screens';
export { TENDER_SCREENS } from '../screens';
export { useRecentTenders, useRecentTendersMenu } from './recentTenders';

/**
 * The one store, made of the slices beside this file. zundo's `temporal` tracks only the open
 * tender's editable content (partialize), records a step only when that content object changes
 * (equality), and groups keystrokes into one step per field burst (handleSet, see undoGrouping.ts).
 */
export const useAppStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createTendersSlice(...a),
      ...createEditorSlice(...a),
      ...createBackupsSlice(...a),
      ...createUiSlice(...a),
      ...createWorkspaceSlice(...a),
      ...createLibrarySlice(...a),
      ...createSettingsSlice(...a),
      ...createSuppliersSlice(...a),
      ...createEvaluationSlice(...a),
      ...createTeamSlice(...a),
      ...createScreenUndoSlice(...a),
    }),
    {
      partialize: (state): TrackedState => ({ content: state.content }),
      equality: (past, current) => past.content === current.content,
      handleSet: (handleSet) => groupBursts(handleSet),
      limit: 200,
    },
  ),
);

export const temporalStore = (useAppStore as unknown as { temporal: AppTemporal }).temporal;

// ---- hooks the components use ----

export function useHistory() {
  return useStore(
    temporalStore,
    useShallow((s) => ({ canUndo: s.pastStates.length > 0, canRedo: s.futureStates.length > 0 })),
  );
}

export const useScreen = () => useAppStore((s) => s.screen);
export const useFocusLotId = () => useAppStore((s) => s.focusLotId);
export const useOpenTender = () =>
  useAppStore(useShallow((s) => ({ id: s.openTenderId, content: s.content, meta: s.meta, status: s.openStatus, error: s.openError })));
/** Narrow views of the open tender for the app frame: they do not re-render on every edit of its content. */
export const useOpenTenderId = () => useAppStore((s) => s.openTenderId);
export const useOpenTenderHeader = () =>
  useAppStore(useShallow((s) => ({ id: s.openTenderId, title: s.content?.title, status: s.openStatus })));
export const useSaveState = () => useAppStore((s) => s.saveState);
export const useFieldErrors = () => useAppStore((s) => s.fieldErrors);
export const useTenderListQuery = () => useAppStore((s) => s.tenderListQuery);
export const useTenderList = () => useAppStore(useShallow((s) => ({ tenders: s.tenders, status: s.tendersStatus, error: s.tendersError })));
export const useWorkspace = () => useAppStore(useShallow((s) => ({ workspace: s.workspace, error: s.workspaceError })));
/**
 * The libraries in the language items are added in (the open tender's): built-ins translated, the
 * team's own items as written; `shownIn(item, language)` tells the browsers which to label.
 */
export const useLibrary = () => {
  const uiLanguage = useUiLanguage((s) => s.language);
  return useAppStore(
    useShallow((s) => {
      const language = libraryLanguageOf(s, uiLanguage);
      return { library: s.library && libraryViewIn(s.library, language), language, status: s.libraryStatus, error: s.libraryError };
    }),
  );
};
export const useConflict = () => useAppStore((s) => s.conflict);
export const useReadOnly = () => useAppStore((s) => s.readOnly);
export const usePresence = () => useAppStore((s) => s.presence);
export const useSettingsSeq = () => useAppStore((s) => s.settingsSeq);

/**
 * The workspace's settings, read once for all screens and again when a colleague changes them; a
 * screen that saves them hands the saved settings to applySettings.
 */
export function useSettings() {
  const settingsSeq = useSettingsSeq();
  const loadSettings = useAppStore((s) => s.loadSettings);
  useEffect(() => void loadSettings(), [settingsSeq, loadSettings]);
  return useAppStore(
    useShallow((s) => ({ settings: s.settings, status: s.settingsStatus, error: s.settingsError, applySettings: s.applySettings })),
  );
}

/** The ISO 4217 currency every price of the open tender is shown in: its own, else the Settings default. */
export function useTenderCurrency(): string {
  const own = useAppStore((s) => s.content?.currency);
  const { settings } = useSettings();
  return currencyOf({ currency: own }, settings);
}

export interface CriteriaSettingsState {
  /** The organisation's floors and default scale; Tenderwright's defaults until loaded. */
  settings: CriteriaSettings;
  loaded: boolean;
  error: string | null;
}

/** The organisation's criteria settings (floors, default scale), as the Criteria screen applies them. */
export function useCriteriaSettings(): CriteriaSettingsState {
  const { settings, status, error } = useSettings();
  return { settings: settings?.criteria ?? DEFAULT_CRITERIA_SETTINGS, loaded: status === 'ready' || status === 'error', error };
}
/** Whether the screen's own undo stack (Tenders list, Settings) has a step to undo or redo. */
export const useScreenHistory = (screen: UndoScreen) =>
  useAppStore(useShallow((s) => ({ canUndo: s.screenSteps[screen].past.length > 0, canRedo: s.screenSteps[screen].future.length > 0 })));
export const useReveal = () => useAppStore((s) => s.reveal);
export const useBackups = () =>
  useAppStore(
    useShallow((s) => ({
      backups: s.backups,
      usage: s.backupUsage,
      warning: s.backupsWarning,
      status: s.backupsStatus,
      error: s.backupsError,
    })),
  );

/** All actions; stable references, so selecting them never re-renders. */
export const useActions = () =>
  useAppStore(
    useShallow((s) => ({
      loadTenders: s.loadTenders,
      createTender: s.createTender,
      renameTender: s.renameTender,
      archiveTender: s.archiveTender,
      setTenderListQuery: s.setTenderListQuery,
      duplicateTender: s.duplicateTender,
      deleteTender: s.deleteTender,
      undoDeleteTender: s.undoDeleteTender,
      openTender: s.openTender,
      closeTender: s.closeTender,
      editField: s.editField,
      addLot: s.addLot,
      renameLot: s.renameLot,
      removeLot: s.removeLot,
      endEditBurst: s.endEditBurst,
      changeContent: s.changeContent,
      undo: s.undo,
      redo: s.redo,
      saveNow: s.saveNow,
      loadBackups: s.loadBackups,
      restoreBackup: s.restoreBackup,
      pinBackup: s.pinBackup,
      navigate: s.navigate,
      loadWorkspace: s.loadWorkspace,
      dismissQuarantined: s.dismissQuarantined,
      restoreLatestBackup: s.restoreLatestBackup,
      loadLibrary: s.loadLibrary,
      applyLibraryView: s.applyLibraryView,
      resolveConflict: s.resolveConflict,
      retryNow: s.retryNow,
    })),
  );

/** The library revision on screen, named as the base of every library edit (a colleague's edit of the same item since then is not overwritten). */
export const libraryRevision = () => useAppStore.getState().library?.revision;
