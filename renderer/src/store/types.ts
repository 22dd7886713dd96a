import type { StateCreator, StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import type { Input } from '@shared/api/contract';
import type { BackupEntry, BackupUsage, DeletedTender, LibraryView, PresenceView, QuarantinedFile, WorkspaceChange, WorkspaceStatus } from '@shared/api/contract';
import type { ApiErrorBody, ConflictDetail } from '@shared/api/errors';
import type { Side } from '@shared/rules/versionDiff';
import type { EditDescription } from '@shared/rules/editDescription';
import type { Settings } from '@shared/model/settings';
import type { Tender, TenderContent, TenderSummary } from '@shared/model/tender';
import type { EvaluationSlice } from '../features/evaluation/evaluationSlice';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Screens of the app. The ones in TENDER_SCREENS show the open tender. */
export type Screen = 'tenders' | 'details' | 'criteria' | 'clauses' | 'questions' | 'evaluation' | 'export' | 'settings' | 'deleted';
export const TENDER_SCREENS: readonly Screen[] = ['details', 'criteria', 'clauses', 'questions', 'evaluation', 'export'];

// ---- tenders: the list on the home screen and the operations on whole tenders ----
export interface TendersSlice {
  tenders: TenderSummary[];
  tendersStatus: LoadStatus;
  tendersError: string | null;
  loadTenders: () => Promise<void>;
  /** Throws ApiCallError (with per-field issues) so the form can show them. */
  createTender: (input: Input<'tenders.create'>) => Promise<Tender>;
  renameTender: (id: string, title: string) => Promise<void>;
  duplicateTender: (id: string) => Promise<Tender>;
  deleteTender: (id: string) => Promise<DeletedTender>;
  undoDeleteTender: (id: string) => Promise<Tender>;
  /** Puts a tender's summary in the list (new or updated), newest first. */
  upsertSummary: (tender: Tender) => void;
}

// ---- editor: the open tender, its autosave and its backups ----
export type EditableField = 'title' | 'reference' | 'buyer' | 'description';

/**
 * saved: what is on disk matches the screen; pending: an edit waits for the debounce; saving: a call
 * is under way; invalid: a field breaks a rule, so nothing is sent; error: the save call failed.
 */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error';
export interface SaveState {
  status: SaveStatus;
  message: string | null;
  savedAt: string | null;
}

export interface TenderMeta {
  id: string;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface EditorSlice {
  openTenderId: string | null;
  /** The editable content of the open tender: the only part of the store undo/redo tracks. */
  content: TenderContent | null;
  meta: TenderMeta | null;
  openStatus: LoadStatus;
  openError: string | null;
  saveState: SaveState;
  /** Messages per field path ("title", "lots.1.title"), from the shared schema or the service. */
  fieldErrors: Record<string, string>;
  /** The open tender's backups, newest first. */
  backups: BackupEntry[];
  /** How many backup files the open tender has and the disk they take. */
  backupUsage: BackupUsage | null;
  /** Why the history cannot be tidied, in words (e.g. its marks file is damaged); null when all is well. */
  backupsWarning: string | null;
  backupsStatus: LoadStatus;
  backupsError: string | null;
  openTender: (id: string) => Promise<void>;
  /**
   * Set when opening another tender was refused because the open one has edits that cannot be saved
   * (invalid or failing): switching would throw the typing away. `seq` changes on every refusal.
   */
  switchRefused: { title: string; reason: string; seq: number } | null;
  /**
   * Forgets the open tender; with `flush` (the default) it first saves a pending edit, and refuses
   * (resolves false) when that edit cannot be saved. Deleting the tender passes flush: false.
   */
  closeTender: (options?: { flush?: boolean }) => Promise<boolean>;
  editField: (field: EditableField, value: string) => void;
  /** Adds a lot titled "Lot N"; returns its id so the UI can focus it. */
  addLot: () => string | null;
  renameLot: (lotId: string, title: string) => void;
  removeLot: (lotId: string) => void;
  /** Ends the current group of keystrokes, so the next edit is a new undo step (called on blur). */
  endEditBurst: () => void;
  /**
   * The one way feature screens edit the open tender: a pure change of its content. `burstKey` groups
   * keystrokes into one undo step (e.g. "criterion:<id>:name"); null makes the change its own step.
   */
  changeContent: (burstKey: string | null, change: (content: TenderContent) => TenderContent) => void;
  undo: () => void;
  redo: () => void;
  /** Saves now if anything is waiting; resolves when the save (and any queued one) is done. */
  saveNow: () => Promise<void>;
  /** Shows `tender` (as on disk) as the open tender, undo history cleared: a colleague's version, or a choice made. */
  adoptTender: (tender: Tender) => void;
  /** Records that `content` is now on disk as `tender` (after a choice on the conflict screen). */
  markSaved: (tender: Tender, content: TenderContent) => void;
  /** The edits not yet on disk, with the version they started from; null when there are none. */
  localEdits: () => { mine: TenderContent; base: TenderContent | null } | null;
  loadBackups: () => Promise<void>;
  restoreBackup: (backupId: string) => Promise<void>;
  /** Names a backup so it is kept until unpinned (`name` null: unpins it). */
  pinBackup: (backupId: string, name: string | null) => Promise<void>;
}

// ---- ui: navigation ----
export interface UiSlice {
  screen: Screen;
  /** The lot a screen should show first, set when a link points at one lot (e.g. "Fix in Criteria"). */
  focusLotId: string | null;
  /** Goes to a screen; tender screens open `tenderId` (or keep the open tender), showing `lotId` first. */
  navigate: (screen: Screen, tenderId?: string, lotId?: string) => void;
}

// ---- workspace: quarantined files and backup restore ----
export interface WorkspaceSlice {
  workspace: WorkspaceStatus | null;
  workspaceError: string | null;
  loadWorkspace: () => Promise<void>;
  dismissQuarantined: (file: string) => Promise<void>;
  /** Restores the newest backup of the tender a quarantined file belonged to. */
  restoreLatestBackup: (entry: QuarantinedFile) => Promise<Tender>;
}

// ---- library: built-in and own criteria, clauses and questions (library.get) ----
export interface LibrarySlice {
  library: LibraryView | null;
  libraryStatus: LoadStatus;
  libraryError: string | null;
  /** Loads the library once (again with force); concurrent calls share one request. */
  loadLibrary: (options?: { force?: boolean }) => Promise<void>;
  /** Puts the view a library.* call returned into the store. */
  applyLibraryView: (view: LibraryView) => void;
}

// ---- team: colleagues on the same workspace, conflicts, and a folder that cannot be reached ----
export interface ConflictState {
  /** conflict: a save was refused because a colleague's came first; recovered: edits kept from an earlier session. */
  kind: 'conflict' | 'recovered';
  detail: ConflictDetail | null;
  theirs: Tender;
  mine: TenderContent;
  /** The version mine started from, when known: it tells who changed which part. */
  base: TenderContent | null;
  recoveredAt: string | null;
  busy: boolean;
  error: string | null;
}

export interface ReadOnlyState {
  fault: NonNullable<ApiErrorBody['fault']>;
  message: string;
  /** Whether the edits are safe in the recovery file on this computer. */
  kept: boolean;
}

export type ConflictChoice = 'theirs' | 'mine' | 'copy' | { combine: Record<string, Side> };

export interface TeamSlice {
  conflict: ConflictState | null;
  readOnly: ReadOnlyState | null;
  presence: PresenceView | null;
  /** Raised when a colleague changed the settings; screens that show them read them again. */
  settingsSeq: number;
  /** The latest thing to tell the user about a colleague's change; `seq` changes each time. */
  teamNotice: { seq: number; title: string; message: string } | null;
  enterConflict: (detail: ConflictDetail, mine: TenderContent, base: TenderContent | null) => Promise<void>;
  enterReadOnly: (fault: NonNullable<ApiErrorBody['fault']>, message: string) => Promise<void>;
  offerRecoveredEdits: (onDisk: Tender) => Promise<void>;
  resolveConflict: (choice: ConflictChoice) => Promise<void>;
  /** Handles a change a colleague made on disk (from workspace.changes). */
  externalChange: (change: WorkspaceChange) => Promise<void>;
  /** Tries the read-only tender's folder again now rather than at the next automatic try. */
  retryNow: () => Promise<void>;
  refreshPresence: () => Promise<void>;
  forgetTeamState: () => void;
}

// ---- screen undo: what the Tenders list and Settings did, undone with Ctrl+Z on those screens ----
export type UndoScreen = 'tenders' | 'settings';

export interface ScreenStep {
  /** Reads after "Undid: " or "Redid: ", e.g. "deleting tender “Road salt”". */
  label: string;
  /** Names the step, so it can be forgotten when it was undone another way (the delete toast's Undo). */
  key?: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/** Where undo or redo took the user: the screen shows that lot or item and focuses the field. */
export type RevealRequest = EditDescription & { seq: number };

export interface ScreenUndoSlice {
  screenSteps: Record<UndoScreen, { past: ScreenStep[]; future: ScreenStep[] }>;
  reveal: RevealRequest | null;
  recordScreenStep: (screen: UndoScreen, step: ScreenStep) => void;
  forgetScreenStep: (screen: UndoScreen, key: string) => void;
  /** Undoes the screen's last step and returns it (null when there is none); throws when it cannot be undone. */
  undoScreenStep: (screen: UndoScreen) => Promise<ScreenStep | null>;
  redoScreenStep: (screen: UndoScreen) => Promise<ScreenStep | null>;
  /** Records a settings save, undone by saving `before` again (revision-checked) and redone by saving `after`. */
  recordSettingsChange: (label: string, before: Settings, after: Settings) => void;
  requestReveal: (target: EditDescription | null) => void;
}

export type AppState = TendersSlice &
  EditorSlice &
  UiSlice &
  WorkspaceSlice &
  LibrarySlice &
  EvaluationSlice &
  TeamSlice &
  ScreenUndoSlice;

/** What zundo records: the editable content and nothing else. */
export type TrackedState = Pick<AppState, 'content'>;
export type AppTemporal = StoreApi<TemporalState<TrackedState>>;

export type SliceCreator<T> = StateCreator<AppState, [['temporal', unknown]], [], T>;
