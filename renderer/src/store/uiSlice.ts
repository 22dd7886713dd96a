import type { SliceCreator } from './types';
import { TENDER_SCREENS, type Screen } from '../screens';

export interface UiSlice {
  screen: Screen;
  /** The lot a screen should show first, set when a link points at one lot (e.g. "Fix in Criteria"). */
  focusLotId: string | null;
  /** Goes to a screen; tender screens open `tenderId` (or keep the open tender), showing `lotId` first. */
  navigate: (screen: Screen, tenderId?: string, lotId?: string) => void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  screen: 'tenders',
  focusLotId: null,

  navigate: (screen, tenderId, lotId) => {
    set({ screen, focusLotId: lotId ?? null });
    if (TENDER_SCREENS.includes(screen) && tenderId && tenderId !== get().openTenderId) void get().openTender(tenderId);
  },
});
