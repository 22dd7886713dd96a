import { create } from 'zustand';
import type { GlossaryTermId } from '@shared/model/glossary';

/*
 * Whether the glossary drawer is open and which entry it should show. Kept apart from the app store:
 * opening the glossary is not an edit, so it is neither saved nor undoable.
 */
interface GlossaryDrawerState {
  opened: boolean;
  /** The entry to bring into view, or null for the whole list. */
  entryId: GlossaryTermId | null;
  /** Counts requests, so asking again for the same entry still scrolls to it. */
  request: number;
  /** The search typed in the glossary; cleared when a term asks for its entry, so that entry is in the list. */
  query: string;
  setQuery: (query: string) => void;
  open: (entryId?: GlossaryTermId) => void;
  close: () => void;
}

export const useGlossaryDrawer = create<GlossaryDrawerState>()((set) => ({
  opened: false,
  entryId: null,
  request: 0,
  query: '',
  setQuery: (query) => set({ query }),
  open: (entryId) => set((s) => ({ opened: true, entryId: entryId ?? null, request: s.request + 1, query: entryId ? '' : s.query })),
  close: () => set({ opened: false }),
}));
