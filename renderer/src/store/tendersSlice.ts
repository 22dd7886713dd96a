import { call } from '../api';
import { summarise, type TenderSummary } from '@shared/model/tender';
import { messageOf } from '../lib/errors';
import type { SliceCreator, TendersSlice } from './types';

const newestFirst = (a: TenderSummary, b: TenderSummary) => b.updatedAt.localeCompare(a.updatedAt);

export const createTendersSlice: SliceCreator<TendersSlice> = (set, get) => ({
  tenders: [],
  tendersStatus: 'idle',
  tendersError: null,

  loadTenders: async () => {
    set({ tendersStatus: get().tendersStatus === 'ready' ? 'ready' : 'loading', tendersError: null });
    try {
      const tenders = await call('tenders.list', {});
      set({ tenders: [...tenders].sort(newestFirst), tendersStatus: 'ready' });
    } catch (error) {
      set({ tendersStatus: 'error', tendersError: messageOf(error) });
    }
  },

  upsertSummary: (tender) => {
    const summary = summarise(tender);
    const others = get().tenders.filter((t) => t.id !== tender.id);
    set({ tenders: [summary, ...others].sort(newestFirst) });
  },

  createTender: async (input) => {
    const tender = await call('tenders.create', input);
    get().upsertSummary(tender);
    return tender;
  },

  renameTender: async (id, title) => {
    if (get().openTenderId === id && get().content) {
      // The open tender is renamed like any other edit: one undo step, saved by the autosave.
      get().endEditBurst();
      get().editField('title', title);
      get().endEditBurst();
      await get().saveNow();
      return;
    }
    const tender = await call('tenders.rename', { id, title });
    get().upsertSummary(tender);
  },

  duplicateTender: async (id) => {
    if (get().openTenderId === id) await get().saveNow();
    const copy = await call('tenders.duplicate', { id });
    get().upsertSummary(copy);
    return copy;
  },

  deleteTender: async (id) => {
    if (get().openTenderId === id) await get().closeTender({ flush: false });
    const deleted = await call('tenders.delete', { id });
    set({ tenders: get().tenders.filter((t) => t.id !== id) });
    return deleted;
  },

  undoDeleteTender: async (id) => {
    const tender = await call('tenders.undoDelete', { id });
    get().upsertSummary(tender);
    return tender;
  },
});
