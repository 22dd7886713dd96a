import { useEffect } from 'react';
import { markStandalone } from '../store/undoGrouping';
import { stepOnScreen } from './undoExplained';

const TEXT_FIELD = 'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, [contenteditable="true"]';

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z / Ctrl+Y redo, app-wide: on a tender's screens its edits (even
 * while a tender field has focus: the store, not the field, owns that history), on the Tenders list
 * and Settings what those screens did (see undoExplained.tsx), elsewhere nothing.
 * Left alone: dialogs, and text fields inside [data-native-undo] (forms that are not the tender),
 * where the browser's own text undo applies.
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
      if (target?.closest('[role="dialog"]')) return;
      if (target?.closest('[data-native-undo]') && target.matches(TEXT_FIELD)) return;
      if (stepOnScreen(undo ? 'undo' : 'redo')) event.preventDefault();
    };
    // A paste is one action: its own undo step, not part of the typing around it.
    const onPaste = () => markStandalone();
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste, true);
    };
  }, []);
}
