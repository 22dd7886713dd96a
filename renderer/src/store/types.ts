import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { TendersSlice } from './tendersSlice';
import type { EditorSlice } from './editorSlice';
import type { BackupsSlice } from './backupsSlice';
import type { UiSlice } from './uiSlice';
import type { WorkspaceSlice } from './workspaceSlice';
import type { LibrarySlice } from './librarySlice';
import type { SettingsSlice } from './settingsSlice';
import type { SuppliersSlice } from './suppliersSlice';
import type { EvaluationSlice } from './evaluationSlice';
import type { TeamSlice } from './teamSlice';
import type { ScreenUndoSlice } from './screenUndoSlice';

/** What the slices share; each slice declares its own state and actions in its file. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type AppState = TendersSlice &
  EditorSlice &
  BackupsSlice &
  UiSlice &
  WorkspaceSlice &
  LibrarySlice &
  SettingsSlice &
  SuppliersSlice &
  EvaluationSlice &
  TeamSlice &
  ScreenUndoSlice;

/** What zundo records: the editable content and nothing else. */
export type TrackedState = Pick<AppState, 'content'>;
export type AppTemporal = StoreApi<TemporalState<TrackedState>>;

export type SliceCreator<T> = StateCreator<AppState, [['temporal', unknown]], [], T>;
