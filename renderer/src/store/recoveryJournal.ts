/**
 * The recovery journal: whatever the open tender holds that is not yet on disk is written to the
 * recovery file on this computer as the user types, so a crash, a killed host or a lost connection
 * loses nothing; the file is discarded once the autosave has landed. On opening the tender again,
 * offerRecoveredEdits shows kept edits back. Writes are driven by changes, never by a timer: one
 * operation under way at a time, the newest content always wins (see JournalQueue).
 */
import { call } from '../api';
import type { TenderContent } from '@shared/model/tender';
import { JournalQueue, holdsUnsavedEdits, journalWish } from '@shared/rules/recoveryJournal';
import { useAppStore } from './index';
import type { AppState } from './types';

export function startRecoveryJournal(): () => void {
  const queue = new JournalQueue<TenderContent>(async (tenderId, wish) => {
    if (wish.kind === 'write') await call('recovery.save', { tenderId, baseRevision: wish.baseRevision, content: wish.content });
    else await call('recovery.discard', { tenderId });
  });
  return useAppStore.subscribe((now, before) => {
    // A new revision alone (the save's answer) is followed at once by the save state it brings.
    if (now.content === before.content && now.saveState.status === before.saveState.status && now.openTenderId === before.openTenderId)
      return;
    const wish = journalWish({
      tenderId: now.openTenderId,
      saveStatus: now.saveState.status,
      content: now.content,
      baseRevision: now.meta?.revision ?? null,
    });
    if (wish && now.openTenderId) queue.want(now.openTenderId, wish);
  });
}

/**
 * Whether leaving now would leave edits behind: not yet saved (waiting, under way, a field breaking a
 * rule, a failed save), a colleague's save waiting for the user's choice, or a read-only tender with
 * edits kept in this window. Recovered edits from an earlier session are safe in the recovery file.
 */
export function hasUnsavedEdits(state: AppState): boolean {
  if (!state.openTenderId || !state.content) return false;
  if (state.conflict?.kind === 'conflict') return true;
  if (state.readOnly) return state.localEdits() !== null;
  return holdsUnsavedEdits(state.saveState.status);
}

/** The browser's (and Electron's) "leave this page?" question while there are unsaved edits. */
export function startLeaveWarning(): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!hasUnsavedEdits(useAppStore.getState())) return;
    event.preventDefault();
    // Older Chromium (and so Electron's 'will-prevent-unload') also looks at returnValue.
    event.returnValue = true;
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
