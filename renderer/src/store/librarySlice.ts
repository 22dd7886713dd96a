import { call } from '../api';
import { messageOf } from '../lib/errors';
import type { LoadStatus, SliceCreator } from './types';
import type { LibraryView } from '@shared/api/contract';
import { librariesIn } from '@shared/library/localise';
import { currentLanguage } from '@shared/i18n';
import { languageOf, type Language } from '@shared/model/language';
import type { AppState } from './types';

export interface LibrarySlice {
  library: LibraryView | null;
  libraryStatus: LoadStatus;
  libraryError: string | null;
  /** Loads the library once (again with force); concurrent calls share one request. */
  loadLibrary: (options?: { force?: boolean }) => Promise<void>;
  /** Puts the view a library.* call returned into the store. */
  applyLibraryView: (view: LibraryView) => void;
}

/**
 * The libraries a user browses (library.get): built-in and own criteria, clauses and questions. Every
 * library.* call that changes the team's library returns the new view; hand it to applyLibraryView.
 */
export const createLibrarySlice: SliceCreator<LibrarySlice> = (set, get) => {
  let loading: Promise<void> | null = null;
  return {
    library: null,
    libraryStatus: 'idle',
    libraryError: null,

    loadLibrary: ({ force = false } = {}) => {
      if (loading) return loading;
      if (!force && get().libraryStatus === 'ready') return Promise.resolve();
      set({ libraryStatus: get().library ? 'ready' : 'loading', libraryError: null });
      loading = (async () => {
        try {
          set({ library: await call('library.get', {}), libraryStatus: 'ready', libraryError: null });
        } catch (error) {
          set({ libraryStatus: 'error', libraryError: messageOf(error) });
        } finally {
          loading = null;
        }
      })();
      return loading;
    },

    applyLibraryView: (view) => set({ library: view, libraryStatus: 'ready', libraryError: null }),
  };
};

const localised = new WeakMap<LibraryView, Partial<Record<Language, LibraryView>>>();

/** The view with its built-ins in one language, computed once per view and language so renders stay stable. */
export function libraryViewIn(view: LibraryView, language: Language): LibraryView {
  const known = localised.get(view) ?? {};
  const cached = known[language];
  if (cached) return cached;
  const next = librariesIn(view, language);
  localised.set(view, { ...known, [language]: next });
  return next;
}

/**
 * The language library items are shown and added in: the open tender's (a built-in added to a French
 * tender comes in French), or the screens' language when no tender is open.
 */
export const libraryLanguageOf = (s: Pick<AppState, 'content'>, uiLanguage: Language = currentLanguage()): Language =>
  s.content ? languageOf(s.content) : uiLanguage;
