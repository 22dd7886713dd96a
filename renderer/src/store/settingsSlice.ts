import { call } from '../api';
import type { Settings } from '@shared/model/settings';
import { messageOf } from '../lib/errors';
import type { LoadStatus, SliceCreator } from './types';

/**
 * The workspace's settings (settings.json): read once and shared by every screen that shows or
 * applies them, read again after `settingsSeq` rises (a colleague's save, an undone settings save),
 * and replaced by what each settings.save returns (applySettings).
 */
export interface SettingsSlice {
  settings: Settings | null;
  settingsStatus: LoadStatus;
  settingsError: string | null;
  /** Reads the settings unless the copy here is current; concurrent calls share one request. */
  loadSettings: () => Promise<void>;
  /** Puts the settings a settings.save returned into the store. */
  applySettings: (settings: Settings) => void;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get) => {
  let loading: Promise<void> | null = null;
  /** The settingsSeq the copy here was read at; a higher one means it may be stale. */
  let readAtSeq = -1;
  return {
    settings: null,
    settingsStatus: 'idle',
    settingsError: null,

    loadSettings: () => {
      // A read under way may predate the latest settingsSeq: once it is done, read again if so.
      if (loading) return loading.then(() => get().loadSettings());
      const seq = get().settingsSeq;
      if (get().settingsStatus === 'ready' && readAtSeq === seq) return Promise.resolve();
      set({ settingsStatus: get().settings ? 'ready' : 'loading' });
      loading = (async () => {
        try {
          const settings = await call('settings.get', {});
          readAtSeq = seq;
          set({ settings, settingsStatus: 'ready', settingsError: null });
        } catch (error) {
          set({ settingsStatus: 'error', settingsError: messageOf(error) });
        } finally {
          loading = null;
        }
      })();
      return loading;
    },

    applySettings: (settings) => {
      readAtSeq = get().settingsSeq;
      set({ settings, settingsStatus: 'ready', settingsError: null });
    },
  };
};
