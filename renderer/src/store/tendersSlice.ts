import { call } from '../api';
import { t } from '@shared/i18n';
import { summarise, type TenderSummary } from '@shared/model/tender';
import { messageOf } from '../lib/errors';
import type { LoadStatus, SliceCreator } from './types';
import type { Input, DeletedTender } from '@shared/api/contract';
import type { Tender } from '@shared/model/tender';
import { withArchived } from '@shared/model/tenderStatus';
import { DEFAULT_LIST_QUERY, type TenderListQuery } from '@shared/rules/tenderList';

export interface TendersSlice {
  tenders: TenderSummary[];
  tendersStatus: LoadStatus;
  tendersError: string | null;
  loadTenders: () => Promise<void>;
  /** Throws ApiCallError (with per-field issues) so the form can show them. */
  createTender: (input: Input<'tenders.create'>) => Promise<Tender>;
  renameTender: (id: string, title: string) => Promise<void>;
  duplicateTender: (id: string) => Promise<Tender>;
  deleteTender: (id: string) => Promise<DeletedTender>;
  undoDeleteTender: (id: string) => Promise<Tender>;
  /** Archives a tender or puts it back at the status it had; undoable from the Tenders screen. */
  archiveTender: (id: string, archived: boolean) => Promise<void>;
  /** Puts a tender's summary in the list (new or updated), newest first. */
  upsertSummary: (tender: Tender) => void;
  /** The list's search, filters and sort: kept while the user opens a tender and comes back. */
  tenderListQuery: TenderListQuery;
  setTenderListQuery: (change: Partial<TenderListQuery>) => void;
}

const named = (title: string | undefined) => title?.trim() || t('common:untitledTender');

const newestFirst = (a: TenderSummary, b: TenderSummary) => b.updatedAt.localeCompare(a.updatedAt);

export const createTendersSlice: SliceCreator<TendersSlice> = (set, get) => ({
  tenders: [],
  tendersStatus: 'idle',
  tendersError: null,
  tenderListQuery: DEFAULT_LIST_QUERY,

  setTenderListQuery: (change) => set({ tenderListQuery: { ...get().tenderListQuery, ...change } }),

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
    const previous = get().tenders.find((t) => t.id === id)?.title;
    if (previous !== undefined && previous !== title) {
      get().recordScreenStep('tenders', {
        label: t('common:tenderSteps.renaming', { from: named(previous), to: named(title) }),
        undo: () => get().renameTender(id, previous),
        redo: () => get().renameTender(id, title),
      });
    }
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

  archiveTender: async (id, archived) => {
    get().recordScreenStep('tenders', {
      label: archived
        ? t('common:tenderSteps.archiving', { title: named(get().tenders.find((tender) => tender.id === id)?.title) })
        : t('common:tenderSteps.unarchiving', { title: named(get().tenders.find((tender) => tender.id === id)?.title) }),
      undo: () => get().archiveTender(id, !archived),
      redo: () => get().archiveTender(id, archived),
    });
    if (get().openTenderId === id && get().content) {
      // As with a rename: the open tender changes through its editor, so its copy never goes stale.
      get().endEditBurst();
      get().changeContent(null, (content) => withArchived(content, archived));
      await get().saveNow();
      return;
    }
    get().upsertSummary(await call('tenders.archive', { id, archived }));
  },

  duplicateTender: async (id) => {
    if (get().openTenderId === id) await get().saveNow();
    const copy = await call('tenders.duplicate', { id });
    get().upsertSummary(copy);
    get().recordScreenStep('tenders', {
      label: t('common:tenderSteps.duplicating', { title: named(get().tenders.find((tender) => tender.id === id)?.title) }),
      // Undone, the copy goes to the deleted tenders; redone, that same copy comes back.
      undo: async () => void (await get().deleteTender(copy.id)),
      redo: async () => void (await get().undoDeleteTender(copy.id)),
    });
    return copy;
  },

  deleteTender: async (id) => {
    if (get().openTenderId === id) await get().closeTender({ flush: false });
    const deleted = await call('tenders.delete', { id });
    set({ tenders: get().tenders.filter((t) => t.id !== id) });
    get().recordScreenStep('tenders', {
      label: t('common:tenderSteps.deleting', { title: named(deleted.title) }),
      key: `delete:${id}`,
      undo: async () => void (await get().undoDeleteTender(id)),
      redo: async () => void (await get().deleteTender(id)),
    });
    return deleted;
  },

  undoDeleteTender: async (id) => {
    const tender = await call('tenders.undoDelete', { id });
    // Undone from the toast rather than with Ctrl+Z: the step is done with.
    get().forgetScreenStep('tenders', `delete:${id}`);
    get().upsertSummary(tender);
    return tender;
  },
});
