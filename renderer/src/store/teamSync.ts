/**
 * Keeps this window in step with colleagues on the same workspace: a long-running workspace.changes
 * call hands every change another instance saved to the store, and a presence report every few
 * seconds (and whenever another tender is opened) says which tender this window has open.
 */
import { call } from '../api';
import { useAppStore } from './index';

const PRESENCE_EVERY_MS = 10_000;
const CHANGES_WAIT_MS = 20_000;
const RETRY_AFTER_FAILURE_MS = 3000;

export function startTeamSync(): () => void {
  let stopped = false;
  const state = () => useAppStore.getState();

  const follow = async () => {
    let cursor = 0;
    let first = true;
    while (!stopped) {
      try {
        const feed = await call('workspace.changes', { after: cursor, waitMs: first ? 0 : CHANGES_WAIT_MS });
        first = false;
        if (feed.reset && cursor !== 0) await state().loadTenders();
        cursor = feed.cursor;
        for (const change of feed.changes) await state().externalChange(change);
      } catch {
        // The app's host went away or the folder is unreachable: try again shortly.
        await new Promise((resume) => setTimeout(resume, RETRY_AFTER_FAILURE_MS));
      }
    }
  };
  void follow();

  void state().refreshPresence();
  const beat = setInterval(() => void state().refreshPresence(), PRESENCE_EVERY_MS);
  const unsubscribe = useAppStore.subscribe((now, before) => {
    if (now.openTenderId !== before.openTenderId) void state().refreshPresence();
  });
  return () => {
    stopped = true;
    clearInterval(beat);
    unsubscribe();
  };
}
