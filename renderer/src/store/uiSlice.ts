import { TENDER_SCREENS, type SliceCreator, type UiSlice } from './types';

export const createUiSlice: SliceCreator<UiSlice> = (set, get) => ({
  screen: 'tenders',

  navigate: (screen, tenderId) => {
    set({ screen });
    if (TENDER_SCREENS.includes(screen) && tenderId && tenderId !== get().openTenderId) void get().openTender(tenderId);
  },
});
