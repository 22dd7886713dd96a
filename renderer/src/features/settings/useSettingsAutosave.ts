import { useCallback, useEffect, useRef, useState } from 'react';
import type { Settings } from '@shared/model/settings';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { useAppStore } from '../../store';

/** As long as the tender screens wait after the last keystroke. */
export const SETTINGS_SAVE_DELAY_MS = 400;

export interface SettingsChange {
  /** Reads after "Undid: ", e.g. "organisation name". */
  label: string;
  /** The settings with this part's value in them, applied to the settings as they are when the save runs. */
  apply: (settings: Settings) => Settings;
  /** The save was refused (the field shows why). */
  onError?: (error: unknown) => void;
}

export type SettingsSaveStatus =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; at: number }
  | { status: 'invalid'; message: string }
  | { status: 'error'; message: string };

export interface SettingsAutosave {
  /** Saves the part after a pause in typing; a newer change of the same part replaces the one waiting. */
  schedule: (part: string, change: SettingsChange) => void;
  /** The part's typed value cannot be saved (message) or can again (null); a save waiting for it is dropped. */
  hold: (part: string, message: string | null) => void;
  state: SettingsSaveStatus;
}

const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Settings save as you type, like a tender: each part's change waits for a pause, then is saved on the
 * revision the screen holds (so a colleague's save meanwhile is refused, not overwritten) and becomes
 * one undo step of the Settings screen. Saves run one after another, each on the one before.
 */
export function useSettingsAutosave(): SettingsAutosave {
  const waiting = useRef(new Map<string, { change: SettingsChange; timer: ReturnType<typeof setTimeout> }>());
  const held = useRef(new Map<string, string>());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [saving, setSaving] = useState(0);
  const [waitingCount, setWaitingCount] = useState(0);
  const [result, setResult] = useState<SettingsSaveStatus>({ status: 'idle' });
  const [heldMessage, setHeldMessage] = useState<string | null>(null);

  const run = useCallback((part: string, change: SettingsChange) => {
    setSaving((n) => n + 1);
    queue.current = queue.current.then(async () => {
      try {
        const { settings: before, applySettings, recordSettingsChange } = useAppStore.getState();
        if (!before) return;
        const next = change.apply(before);
        if (same(next, before)) return;
        const saved = await call('settings.save', { settings: next, baseRevision: before.revision ?? 0 });
        applySettings(saved);
        recordSettingsChange(change.label, before, saved, part);
        setResult({ status: 'saved', at: Date.now() });
      } catch (error) {
        change.onError?.(error);
        setResult({ status: 'error', message: messageOf(error) });
      } finally {
        setSaving((n) => n - 1);
      }
    });
  }, []);

  const flush = useCallback(async () => {
    for (const [part, { change, timer }] of waiting.current) {
      clearTimeout(timer);
      run(part, change);
    }
    waiting.current.clear();
    setWaitingCount(0);
    await queue.current;
  }, [run]);

  const drop = useCallback((part: string) => {
    const entry = waiting.current.get(part);
    if (entry) clearTimeout(entry.timer);
    waiting.current.delete(part);
    setWaitingCount(waiting.current.size);
  }, []);

  const schedule = useCallback(
    (part: string, change: SettingsChange) => {
      drop(part);
      const timer = setTimeout(() => {
        waiting.current.delete(part);
        setWaitingCount(waiting.current.size);
        run(part, change);
      }, SETTINGS_SAVE_DELAY_MS);
      waiting.current.set(part, { change, timer });
      setWaitingCount(waiting.current.size);
      setResult((r) => (r.status === 'error' ? { status: 'idle' } : r));
    },
    [run, drop],
  );

  const hold = useCallback(
    (part: string, message: string | null) => {
      if (message === null) held.current.delete(part);
      else {
        drop(part);
        held.current.set(part, message);
      }
      setHeldMessage(held.current.values().next().value ?? null);
    },
    [drop],
  );

  // Undo first saves what is still waiting; leaving a field or the screen, or hiding the window, saves it at once.
  useEffect(() => {
    const { setScreenFlush } = useAppStore.getState();
    setScreenFlush('settings', flush);
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onPageHide = () => void flush();
    // Leaving a field ends its burst of typing, as on a tender: what it saves is one undo step.
    const onFocusOut = () => void flush().then(() => useAppStore.getState().endSettingsBurst());
    document.addEventListener('visibilitychange', onHide);
    document.addEventListener('focusout', onFocusOut);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      setScreenFlush('settings', null);
      document.removeEventListener('visibilitychange', onHide);
      document.removeEventListener('focusout', onFocusOut);
      window.removeEventListener('pagehide', onPageHide);
      void flush();
    };
  }, [flush]);

  const state: SettingsSaveStatus = heldMessage
    ? { status: 'invalid', message: heldMessage }
    : saving > 0 || waitingCount > 0
      ? { status: 'saving' }
      : result;
  return { schedule, hold, state };
}
