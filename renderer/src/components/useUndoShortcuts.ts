import { useEffect } from 'react';
import { useAppStore } from '../store';

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z / Ctrl+Y redo the open tender's edits, app-wide, including while a
 * tender field has focus (the store, not the field, owns the history, so both stay in step).
 * Left alone: dialogs and anything inside [data-native-undo] (forms that are not the tender), where the
 * browser's own text undo applies.
 */
export function useUndoShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      const undo = key === 'z' && !event.shiftKey;
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (!undo && !redo) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('[role="dialog"], [data-native-undo]')) return;
      const state = useAppStore.getState();
      if (!state.content) return;
      event.preventDefault();
      if (undo) state.undo();
      else state.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
