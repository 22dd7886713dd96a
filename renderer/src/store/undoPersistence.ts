import type { StoreApi } from 'zustand';
import { contentRevisionOf, type Tender, type TenderContent } from '@shared/model/tender';
import { decodeHistory, encodeHistory, halveHistory } from './historyCodec';
import type { AppState, AppTemporal } from './types';

/**
 * The open tender's undo history survives a reload: kept in localStorage per tender each time the
 * tender is saved, and restored on opening it only onto the very content it ends at (a colleague's
 * save since then makes it useless, and it is dropped). Keeping it never gets in the way of an edit:
 * when the browser refuses (storage full), older steps are left out, and at worst nothing is kept.
 */
const KEY_PREFIX = 'tenderwright.undo.';
/** At most this many characters per tender (localStorage holds about five million for the whole app). */
export const MAX_KEPT_CHARS = 1_000_000;

const keyOf = (tenderId: string) => `${KEY_PREFIX}${tenderId}`;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function forget(tenderId: string): void {
  try {
    storage()?.removeItem(keyOf(tenderId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** Other tenders' kept histories, to make room for the open one's. */
function forgetOthers(tenderId: string): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (k): k is string => Boolean(k?.startsWith(KEY_PREFIX)) && k !== keyOf(tenderId),
  );
  for (const key of keys) store.removeItem(key);
}

function write(tenderId: string, text: string): void {
  const store = storage();
  if (!store) return;
  let attempt: string | null = text;
  let madeRoom = false;
  while (attempt) {
    try {
      store.setItem(keyOf(tenderId), attempt);
      return;
    } catch {
      // Full: first the other tenders' histories go, then the oldest half of this one's, until it fits.
      if (!madeRoom) {
        madeRoom = true;
        forgetOthers(tenderId);
      } else attempt = halveHistory(attempt);
    }
  }
  forget(tenderId);
}

/** Keeps the history of the open tender, as it is when its content is on disk. */
export function keepHistory(tenderId: string, revision: number, current: TenderContent, temporal: AppTemporal): void {
  const { pastStates, futureStates } = temporal.getState();
  const past = pastStates.map((s) => s.content);
  const future = futureStates.map((s) => s.content);
  if (past.some((c) => !c) || future.some((c) => !c)) return;
  // Nothing to keep (just opened, or cleared): what is kept stays, checked against the content when next opened.
  if (past.length + future.length === 0) return;
  const text = encodeHistory(
    { tenderId, revision, current, past: past as TenderContent[], future: future as TenderContent[] },
    MAX_KEPT_CHARS,
  );
  if (text) write(tenderId, text);
  else forget(tenderId);
}

/** Puts back the kept history of `tender`, just opened with `current` as its content; drops it when it no longer fits. */
export function restoreHistory(tender: Tender, current: TenderContent, temporal: AppTemporal): void {
  let text: string | null = null;
  try {
    text = storage()?.getItem(keyOf(tender.id)) ?? null;
  } catch {
    return;
  }
  if (!text) return;
  // The revision kept is that of the last save; an import or moderation since raises the tender's
  // revision without changing its content, so the content revision matches too.
  const kept =
    decodeHistory(text, { tenderId: tender.id, revision: contentRevisionOf(tender), current }) ??
    decodeHistory(text, { tenderId: tender.id, revision: tender.revision, current });
  if (!kept) return forget(tender.id);
  temporal.setState({ pastStates: kept.past.map((content) => ({ content })), futureStates: kept.future.map((content) => ({ content })) });
}

/** Keeps the history each time the open tender's content is saved (or found to be what is on disk). */
export function startUndoPersistence(store: StoreApi<AppState>, temporal: AppTemporal): () => void {
  let keptContent: TenderContent | null = null;
  let keptRevision: number | null = null;
  return store.subscribe((state) => {
    const { openTenderId, content, meta, saveState } = state;
    if (!openTenderId || !content || !meta || saveState.status !== 'saved' || meta.id !== openTenderId) return;
    if (content === keptContent && meta.revision === keptRevision) return;
    keptContent = content;
    keptRevision = meta.revision;
    keepHistory(openTenderId, meta.revision, content, temporal);
  });
}
