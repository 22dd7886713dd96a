import { call } from '../api';
import type { Settings } from '@shared/model/settings';
import type { EditDescription } from '@shared/rules/editDescription';
import type { SliceCreator } from './types';
import { BURST_IDLE_MS } from './undoGrouping';

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
  /**
   * Records a settings save, undone by saving `before` again (revision-checked) and redone by saving `after`.
   * Saves of the same `part` in one burst of typing are one step.
   */
  recordSettingsChange: (label: string, before: Settings, after: Settings, part?: string) => void;
  /** The burst of typing ends (the field lost focus): the next settings save is a step of its own. */
  endSettingsBurst: () => void;
  /** What a screen runs before each undo or redo (Settings saves the typing still waiting), so the step undone is the latest. */
  setScreenFlush: (screen: UndoScreen, flush: (() => Promise<void>) | null) => void;
  requestReveal: (target: EditDescription | null) => void;
}

/** Steps kept per screen; older ones are forgotten. */
const SCREEN_STEP_LIMIT = 50;

const EMPTY = { past: [], future: [] };

/**
 * Undo for the screens that do not edit the open tender: the Tenders list (delete, rename, duplicate)
 * and Settings (each save). Each screen has its own small stack, apart from the tender's content
 * history, so Ctrl+Z there never changes a tender's content out of sight. While a step is being
 * undone or redone, the actions it calls record nothing.
 */
export const createScreenUndoSlice: SliceCreator<ScreenUndoSlice> = (set, get) => {
  let replaying = false;
  /** The settings as this window last saved them: each undo or redo is a save based on them, refused if a colleague saved since. */
  let settingsOnDisk: Settings | null = null;
  /** The last settings step recorded, to merge the next save of the same part in one burst into it. */
  let lastSettingsStep: { part: string; before: Settings; at: number; step: ScreenStep } | null = null;
  const flushes: Partial<Record<UndoScreen, () => Promise<void>>> = {};

  const stacks = (screen: UndoScreen) => get().screenSteps[screen];
  const put = (screen: UndoScreen, past: ScreenStep[], future: ScreenStep[]) =>
    set({ screenSteps: { ...get().screenSteps, [screen]: { past, future } } });

  const replay = async (screen: UndoScreen, direction: 'undo' | 'redo'): Promise<ScreenStep | null> => {
    if (replaying) return null;
    await flushes[screen]?.();
    lastSettingsStep = null;
    const { past, future } = stacks(screen);
    const from = direction === 'undo' ? past : future;
    const step = from[from.length - 1];
    if (!step || replaying) return null;
    replaying = true;
    try {
      await step[direction]();
    } catch (error) {
      // It can no longer be done (a colleague changed the same thing since): it leaves the stack.
      put(screen, direction === 'undo' ? past.slice(0, -1) : past, direction === 'redo' ? future.slice(0, -1) : future);
      throw error;
    } finally {
      replaying = false;
    }
    if (direction === 'undo') put(screen, past.slice(0, -1), [...future, step]);
    else put(screen, [...past, step], future.slice(0, -1));
    return step;
  };

  return {
    screenSteps: { tenders: EMPTY, settings: EMPTY },
    reveal: null,

    recordScreenStep: (screen, step) => {
      if (replaying) return;
      put(screen, [...stacks(screen).past, step].slice(-SCREEN_STEP_LIMIT), []);
    },

    forgetScreenStep: (screen, key) => {
      if (replaying) return;
      const { past, future } = stacks(screen);
      put(
        screen,
        past.filter((s) => s.key !== key),
        future.filter((s) => s.key !== key),
      );
    },

    undoScreenStep: (screen) => replay(screen, 'undo'),
    redoScreenStep: (screen) => replay(screen, 'redo'),

    recordSettingsChange: (label, before, after, part) => {
      if (replaying) return;
      settingsOnDisk = after;
      const write = async (settings: Settings) => {
        const base = settingsOnDisk?.revision ?? 0;
        const saved = await call('settings.save', { settings: { ...settings, revision: base }, baseRevision: base });
        settingsOnDisk = saved;
        get().applySettings(saved);
        // The settings screen reads them again, as after a colleague's save.
        set({ settingsSeq: get().settingsSeq + 1 });
      };
      const now = Date.now();
      const { past } = stacks('settings');
      const merging =
        part !== undefined &&
        lastSettingsStep?.part === part &&
        now - lastSettingsStep.at < BURST_IDLE_MS &&
        past.at(-1) === lastSettingsStep.step;
      const first = merging && lastSettingsStep ? lastSettingsStep.before : before;
      const step: ScreenStep = { label, undo: () => write(first), redo: () => write(after) };
      if (merging) put('settings', [...past.slice(0, -1), step], []);
      else get().recordScreenStep('settings', step);
      lastSettingsStep = part === undefined ? null : { part, before: first, at: now, step };
    },

    endSettingsBurst: () => {
      lastSettingsStep = null;
    },

    setScreenFlush: (screen, flush) => {
      if (flush) flushes[screen] = flush;
      else delete flushes[screen];
    },

    requestReveal: (target: EditDescription | null) => set({ reveal: target ? { ...target, seq: (get().reveal?.seq ?? 0) + 1 } : null }),
  };
};
