import { call, ApiCallError } from '../api';
import { t } from '@shared/i18n';
import { languageOf } from '@shared/model/language';
import { rememberOpenedTender } from './recentTenders';
import { contentOf, newLot, TenderContentSchema, type Tender, type TenderContent } from '@shared/model/tender';
import type { SupplierRegister } from '@shared/model/suppliers';
import { withRegisteredNames } from '@shared/rules/registeredNames';
import { fieldErrorsOf, messageOf, zodIssues } from '../lib/errors';
import { endBurst, markEdit } from './undoGrouping';
import { restoreHistory } from './undoPersistence';
import type { AppTemporal, LoadStatus, SliceCreator } from './types';

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
  /** Shows the register's names for the open tender's registered suppliers and bidders; not an edit (no undo step, no save). */
  applyRegisteredNames: (register: Pick<SupplierRegister, 'suppliers'>) => void;
  /** Records that `content` is now on disk as `tender` (after a choice on the conflict screen). */
  markSaved: (tender: Tender, content: TenderContent) => void;
  /** The edits not yet on disk, with the version they started from; null when there are none. */
  localEdits: () => { mine: TenderContent; base: TenderContent | null } | null;
  /** Puts the open tender back as it was in a backup (saving what is on screen first, so undo can take it back). */
  restoreBackup: (backupId: string) => Promise<void>;
}

/** Quiet time after the last edit before the autosave runs. */
export const AUTOSAVE_DELAY_MS = 400;

const IDLE: SaveState = { status: 'idle', message: null, savedAt: null };

const metaOf = (tender: Tender): TenderMeta => ({
  id: tender.id,
  revision: tender.revision,
  createdAt: tender.createdAt,
  updatedAt: tender.updatedAt,
});

export const createEditorSlice: SliceCreator<EditorSlice> = (set, get, api) => {
  const temporalApi = () => (api as unknown as { temporal: AppTemporal }).temporal;
  const temporal = () => temporalApi().getState();

  // ---- autosave engine (one save in flight at a time, the latest content always wins) ----
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  /** The content object last confirmed on disk for the open tender (compared by reference). */
  let onDisk: TenderContent | null = null;

  const cancelTimer = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    cancelTimer();
    // Already pending: leave the state object as it is, so the save indicator does not re-render on every keystroke.
    const { saveState } = get();
    if (saveState.status !== 'pending' || saveState.message !== null)
      set({ saveState: { ...saveState, status: 'pending', message: null } });
    timer = setTimeout(() => void runSave(), AUTOSAVE_DELAY_MS);
  };

  /** Replaces the editable content without recording an undo step (loading, not editing). */
  const loadContent = (tender: Tender, clearHistory: boolean) => {
    const content = contentOf(tender);
    onDisk = content;
    temporal().pause();
    set({
      openTenderId: tender.id,
      content,
      meta: metaOf(tender),
      fieldErrors: {},
      saveState: { status: 'saved', message: null, savedAt: tender.updatedAt },
    });
    temporal().resume();
    if (clearHistory) temporal().clear();
    rememberOpenedTender(tender.id);
  };

  async function runSave(): Promise<void> {
    cancelTimer();
    if (inFlight) {
      // Let the running save finish, then save whatever is newest.
      await inFlight;
      if (get().content !== onDisk) return runSave();
      return;
    }
    const { openTenderId: id, content, meta } = get();
    // While a conflict waits for the user's choice, or the folder is unreachable, nothing is sent:
    // the edits are kept (in memory and in the recovery file) until then.
    if (get().conflict || get().readOnly) return;
    if (!id || !content || !meta || content === onDisk) {
      if (get().saveState.status === 'pending') set({ saveState: { ...get().saveState, status: 'saved' } });
      return;
    }
    const parsed = TenderContentSchema.safeParse(content);
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(zodIssues(parsed.error.issues));
      const first = Object.values(fieldErrors)[0] ?? 'a field is not valid';
      set({ fieldErrors, saveState: { ...get().saveState, status: 'invalid', message: first } });
      return;
    }
    set({ saveState: { ...get().saveState, status: 'saving', message: null } });
    inFlight = (async () => {
      try {
        const saved = await call('tenders.save', { id, content, baseRevision: meta.revision });
        get().upsertSummary(saved);
        if (get().openTenderId !== id) return;
        onDisk = content;
        set({ meta: metaOf(saved) });
        if (get().content === content) {
          set({ fieldErrors: {}, saveState: { status: 'saved', message: null, savedAt: saved.updatedAt } });
        } else {
          set({ saveState: { status: 'pending', message: null, savedAt: saved.updatedAt } });
        }
      } catch (error) {
        if (get().openTenderId !== id) return;
        if (error instanceof ApiCallError && error.body.conflict) {
          set({ saveState: { ...get().saveState, status: 'error', message: error.body.message } });
          await get().enterConflict(error.body.conflict, get().content ?? content, onDisk);
          return;
        }
        if (error instanceof ApiCallError && error.body.fault) {
          set({ saveState: { ...get().saveState, status: 'error', message: error.body.message } });
          await get().enterReadOnly(error.body.fault, error.body.message);
          return;
        }
        const fieldErrors = error instanceof ApiCallError ? fieldErrorsOf(error.body.issues, 'content.') : {};
        set({ fieldErrors, saveState: { ...get().saveState, status: 'error', message: messageOf(error) } });
      } finally {
        inFlight = null;
      }
    })();
    await inFlight;
    // Edits made while the call was under way: save them too (unless they are waiting on the timer).
    if (get().saveState.status === 'pending' && !timer && get().content !== onDisk) return runSave();
  }

  // Every change of the content that is not what is on disk (an edit, an undo, a redo) is saved.
  api.subscribe((state, previous) => {
    if (state.content === previous.content || !state.content) return;
    if (state.content !== onDisk) return schedule();
    // Back to exactly what is on disk (e.g. undo after a save): nothing to send.
    cancelTimer();
    if (!inFlight && state.saveState.status !== 'saved') {
      set({ fieldErrors: {}, saveState: { ...state.saveState, status: 'saved', message: null } });
    }
  });

  const updateContent = (key: string | null, change: (content: TenderContent) => TenderContent) => {
    const current = get().content;
    // Read-only until the folder is back or the conflict is resolved (the banner says which).
    if (!current || get().readOnly || get().conflict) return;
    const next = change(current);
    if (next === current) return;
    markEdit(key);
    set({ content: next });
  };

  return {
    openTenderId: null,
    content: null,
    meta: null,
    openStatus: 'idle',
    openError: null,
    saveState: IDLE,
    fieldErrors: {},
    switchRefused: null,

    openTender: async (id) => {
      // Already open, or on its way (the router may ask twice for one navigation).
      if (get().openTenderId === id && (get().openStatus === 'ready' || get().openStatus === 'loading')) return;
      if (!(await get().closeTender())) {
        const { content, saveState, switchRefused } = get();
        set({
          switchRefused: {
            title: content?.title.trim() || t('common:untitledTender'),
            reason: saveState.message ?? t('common:app.switchRefused.couldNotSave'),
            seq: (switchRefused?.seq ?? 0) + 1,
          },
        });
        return;
      }
      set({
        openTenderId: id,
        openStatus: 'loading',
        openError: null,
        backups: [],
        backupUsage: null,
        backupsWarning: null,
        backupsStatus: 'idle',
      });
      try {
        const tender = await call('tenders.get', { id });
        if (get().openTenderId !== id) return;
        loadContent(tender, true);
        // The undo history kept from before a reload, when this is still the content it ends at.
        restoreHistory(tender, get().content!, temporalApi());
        // Edits kept by an earlier session are looked for before the screen can be edited, so the
        // first keystroke's journal write cannot replace them unseen.
        await get().offerRecoveredEdits(tender);
        if (get().openTenderId !== id) return;
        set({ openStatus: 'ready' });
      } catch (error) {
        if (get().openTenderId !== id) return;
        set({ openStatus: 'error', openError: messageOf(error) });
      }
    },

    closeTender: async ({ flush = true } = {}) => {
      if (flush && get().content && (timer || inFlight || get().content !== onDisk)) {
        await runSave();
        if (get().content && get().content !== onDisk) return false;
      }
      cancelTimer();
      onDisk = null;
      endBurst();
      get().forgetTeamState();
      temporal().pause();
      set({
        openTenderId: null,
        content: null,
        meta: null,
        openStatus: 'idle',
        openError: null,
        fieldErrors: {},
        saveState: IDLE,
        backups: [],
        backupUsage: null,
        backupsWarning: null,
        backupsStatus: 'idle',
        backupsError: null,
      });
      temporal().resume();
      temporal().clear();
      return true;
    },

    editField: (field, value) => updateContent(field, (content) => (content[field] === value ? content : { ...content, [field]: value })),

    addLot: () => {
      const content = get().content;
      if (!content) return null;
      // The lot's name is the tender's text, so it is in the tender's language, not the screen's.
      const lot = newLot(t('common:lot.defaultTitle', { number: content.lots.length + 1, lng: languageOf(content) }));
      updateContent(null, (c) => ({ ...c, lots: [...c.lots, lot] }));
      return lot.id;
    },

    renameLot: (lotId, title) =>
      updateContent(`lot:${lotId}`, (c) => ({ ...c, lots: c.lots.map((lot) => (lot.id === lotId ? { ...lot, title } : lot)) })),

    removeLot: (lotId) => updateContent(null, (c) => (c.lots.length > 1 ? { ...c, lots: c.lots.filter((lot) => lot.id !== lotId) } : c)),

    endEditBurst: () => endBurst(),
    changeContent: (burstKey, change) => updateContent(burstKey, change),

    // Like edits, undo and redo wait while the tender is read-only or a conflict awaits a choice.
    undo: () => {
      if (get().conflict || get().readOnly) return;
      endBurst();
      temporal().undo();
    },

    redo: () => {
      if (get().conflict || get().readOnly) return;
      endBurst();
      temporal().redo();
    },

    saveNow: () => runSave(),

    adoptTender: (tender) => {
      if (get().openTenderId !== tender.id) return;
      cancelTimer();
      endBurst();
      loadContent(tender, true);
      // The backups list gains the version just adopted (a colleague's save, or the choice just made).
      if (get().backupsStatus === 'ready') void get().loadBackups();
    },

    applyRegisteredNames: (register) => {
      const { content } = get();
      if (!content) return;
      const named = withRegisteredNames(content, register);
      if (named === content) return;
      // The file's copies are read with the register's names anyway, so unchanged content stays "saved".
      if (content === onDisk) onDisk = named;
      temporal().pause();
      set({ content: named });
      temporal().resume();
      // Undo and redo steps show the new names too: a rename is not something undo takes back here.
      const rename = <Step extends { content?: TenderContent | null }>(steps: readonly Step[]): Step[] =>
        steps.map((step) => (step.content ? { ...step, content: withRegisteredNames(step.content, register) } : step));
      const { pastStates, futureStates } = temporal();
      temporalApi().setState({ pastStates: rename(pastStates), futureStates: rename(futureStates) });
    },

    markSaved: (tender, content) => {
      if (get().openTenderId !== tender.id) return;
      onDisk = content;
      get().upsertSummary(tender);
      set({
        meta: metaOf(tender),
        fieldErrors: {},
        saveState: { status: get().content === content ? 'saved' : 'pending', message: null, savedAt: tender.updatedAt },
      });
      if (get().content !== content) schedule();
    },

    localEdits: () => {
      const { content } = get();
      if (!content || (content === onDisk && !timer && !inFlight)) return null;
      return { mine: content, base: onDisk };
    },

    restoreBackup: async (backupId) => {
      const id = get().openTenderId;
      if (!id) return;
      // Keep what is on screen first, so restoring is itself a step that undo can take back.
      await runSave();
      const tender = await call('backups.restore', { tenderId: id, backupId });
      get().upsertSummary(tender);
      if (get().openTenderId !== id) return;
      const content = contentOf(tender);
      onDisk = content;
      endBurst();
      markEdit(null);
      set({
        content,
        meta: metaOf(tender),
        fieldErrors: {},
        saveState: { status: 'saved', message: null, savedAt: tender.updatedAt },
      });
    },
  };
};
