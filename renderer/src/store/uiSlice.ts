import type { SliceCreator } from './types';
import { TENDER_SCREENS, type Screen } from '../screens';

export interface UiSlice {
  screen: Screen;
  /** The lot a screen should show first, set when a link points at one lot (e.g. "Fix in Criteria"). */
  focusLotId: string | null;
  /** Goes to a screen; tender screens open `tenderId` (or keep the open tender), showing `lotId` first. */
  navigate: (screen: Screen, tenderId?: string, lotId?: string) => void;
  /** The app-wide panel a shortcut opened: the list of shortcuts or the find bar. */
  shortcutPanel: 'shortcuts' | 'find' | null;
  showShortcutPanel: (panel: 'shortcuts' | 'find' | null) => void;
  /** Set by the new-tender shortcut or menu; the Tenders screen opens its dialog and clears it. */
  newTenderRequested: boolean;
  requestNewTender: (requested: boolean) => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  screen: 'tenders',
  focusLotId: null,
  shortcutPanel: null,
  newTenderRequested: false,

  navigate: (screen, tenderId, lotId) => {
    set({ screen, focusLotId: lotId ?? null });
    if (TENDER_SCREENS.includes(screen) && tenderId && tenderId !== get().openTenderId) void get().openTender(tenderId);
  },
  showShortcutPanel: (panel) => set({ shortcutPanel: panel }),
  requestNewTender: (requested) => set({ newTenderRequested: requested }),
});
