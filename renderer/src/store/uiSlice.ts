import { TENDER_SCREENS, type SliceCreator, type UiSlice } from './types';

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  screen: 'tenders',
  focusLotId: null,

  navigate: (screen, tenderId, lotId) => {
    set({ screen, focusLotId: lotId ?? null });
    if (TENDER_SCREENS.includes(screen) && tenderId && tenderId !== get().openTenderId) void get().openTender(tenderId);
  },
});
