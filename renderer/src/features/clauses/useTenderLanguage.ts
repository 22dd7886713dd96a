import { useShallow } from 'zustand/react/shallow';
import { languageOf, localeOf, type Language } from '@shared/model/language';
import { useAppStore } from '../../store';

/** The open tender's own language and locale of issue: its clauses are written in them, whatever the screens show. */
export function useTenderLanguage(): { language: Language; locale: string } {
  return useAppStore(
    useShallow((s) => ({ language: s.content ? languageOf(s.content) : 'en', locale: s.content ? localeOf(s.content) : localeOf({}) })),
  );
}
