/**
 * The language of the screens: the operating system's (navigator.languages, which Electron fills from
 * it) unless the user chose one in Settings. Kept per computer in localStorage, like the colour scheme:
 * colleagues sharing a workspace each read it in their own language. A tender's documents have a
 * language of their own (tender.language), which this never changes.
 */
import { create } from 'zustand';
import { i18n, setLanguage } from '@shared/i18n';
import { LANGUAGES, pickLanguage, type Language } from '@shared/model/language';
import { call } from '../api';

export type LanguageChoice = 'system' | Language;
export const LANGUAGE_STORAGE_KEY = 'tenderwright-language';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function storedChoice(): LanguageChoice {
  const stored = storage()?.getItem(LANGUAGE_STORAGE_KEY);
  return stored === 'system' || (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as LanguageChoice) : 'system';
}

export function systemLanguage(): Language {
  return pickLanguage(typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language].filter(Boolean));
}

const resolve = (choice: LanguageChoice): Language => (choice === 'system' ? systemLanguage() : choice);

interface UiLanguageState {
  choice: LanguageChoice;
  language: Language;
  choose(choice: LanguageChoice): void;
}

/** Applies a language to the page, the catalogues and the services (their messages, the desktop menu). */
function apply(language: Language): void {
  void setLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  // Messages fall back to English if the services did not hear of it; the screens are not affected.
  void call('appearance.setLanguage', { language }).catch(() => undefined);
}

export const useUiLanguage = create<UiLanguageState>((set) => ({
  choice: storedChoice(),
  language: resolve(storedChoice()),
  choose(choice) {
    storage()?.setItem(LANGUAGE_STORAGE_KEY, choice);
    const language = resolve(choice);
    set({ choice, language });
    apply(language);
  },
}));

/** Called once before the first render, so the first screen is already in the user's language. */
export function startUiLanguage(): void {
  apply(useUiLanguage.getState().language);
}

export { i18n };
