import { useEffect } from 'react';
import { onAppCommand } from '../api';
import { markStandalone } from '../store/undoGrouping';
import { stepOnScreen } from './undoExplained';
import { commandOfKey, runAppCommand } from './appShortcuts';

const TEXT_FIELD = 'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]), textarea, [contenteditable="true"]';

/** Undo/redo: Ctrl+Z undoes and Ctrl+Shift+Z / Ctrl+Y redo. True when the key press was one of them and was used. */
function undoOrRedo(event: KeyboardEvent, target: Element | null): boolean {
  const key = event.key.toLowerCase();
  const undo = key === 'z' && !event.shiftKey;
  const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
  if (!undo && !redo) return false;
  if (target?.closest('[data-native-undo]') && target.matches(TEXT_FIELD)) return false;
  return stepOnScreen(undo ? 'undo' : 'redo');
}

/**
 * Every keyboard shortcut of the app, in one place (the list the user sees is shortcutList).
 * Undo/redo, app-wide: on a tender's screens its edits (even while a tender field has focus: the
 * store, not the field, owns that history), on the Tenders list and Settings what those screens did
 * (see undoExplained.tsx), elsewhere nothing. Left alone: text fields inside [data-native-undo]
 * (forms that are not the tender), where the browser's own text undo applies.
 * Dialogs keep their keys to themselves, except Save (which only flushes the pending autosave).
 * In the desktop app the menu shows the same shortcuts and sends its commands here too.
 */
export function useAppShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const target = event.target instanceof Element ? event.target : null;
      const inDialog = Boolean(target?.closest('[role="dialog"]'));
      const command = commandOfKey(event);
      if (command) {
        // The browser's own Save page / Find / New window / Print would otherwise take these keys.
        event.preventDefault();
        if (!inDialog || command === 'save') runAppCommand(command);
        return;
      }
      if (!inDialog && undoOrRedo(event, target)) event.preventDefault();
    };
    // A paste is one action: its own undo step, not part of the typing around it.
    const onPaste = () => markStandalone();
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('paste', onPaste, true);
    const stopMenu = onAppCommand(runAppCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('paste', onPaste, true);
      stopMenu();
    };
  }, []);
}
