/**
 * The tenders this user opened last, most recent first. Kept in this computer's localStorage, not in
 * the workspace: which tenders one officer happens to open is nobody else's business, and writing it
 * to a shared workspace folder on every open would make colleagues' copies change for nothing. The
 * list holds ids only; the Tenders screen shows those still in the open workspace.
 */
import { useEffect, useMemo, useState } from 'react';
import { RECENT_IN_MENU } from '@shared/api/methods/appearance';
import { call, transport } from '../api';
import type { TenderSummary } from '@shared/model/tender';

const KEY = 'tenderwright.recentTenders';
const KEPT = 20;
/** Tells the desktop menu's list that the order changed. */
const CHANGED = 'tenderwright:recent-tenders';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readIds(): string[] {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Puts `id` first in the list of recently opened tenders. */
export function rememberOpenedTender(id: string): void {
  const ids = [id, ...readIds().filter((other) => other !== id)].slice(0, KEPT);
  try {
    storage()?.setItem(KEY, JSON.stringify(ids));
    window.dispatchEvent(new Event(CHANGED));
  } catch {
    // Storage full or refused: the recent list is a convenience, never in the way of opening a tender.
  }
}

/** Up to `limit` of the workspace's tenders, those opened last first; read when the screen shows. */
export function useRecentTenders(tenders: readonly TenderSummary[], limit: number): TenderSummary[] {
  const [ids] = useState(readIds);
  return useMemo(() => {
    const byId = new Map(tenders.map((t) => [t.id, t]));
    return ids.flatMap((id) => byId.get(id) ?? []).slice(0, limit);
  }, [ids, tenders, limit]);
}

/**
 * Keeps the desktop menu's File > Open recent in step with the tenders opened last (those still in
 * the workspace, with their current titles). Browser mode has no such menu.
 */
export function useRecentTendersMenu(tenders: readonly TenderSummary[]): void {
  const [order, setOrder] = useState(0);
  useEffect(() => {
    const changed = () => setOrder((n) => n + 1);
    window.addEventListener(CHANGED, changed);
    return () => window.removeEventListener(CHANGED, changed);
  }, []);
  useEffect(() => {
    if (transport() !== 'electron') return;
    const byId = new Map(tenders.map((t) => [t.id, t]));
    const recent = readIds()
      .flatMap((id) => byId.get(id) ?? [])
      .slice(0, RECENT_IN_MENU)
      .map((t) => ({ id: t.id, title: t.title }));
    // The menu is a convenience: a failure to update it must not disturb the page.
    call('menu.setRecentTenders', { tenders: recent }).catch(() => undefined);
  }, [tenders, order]);
}
