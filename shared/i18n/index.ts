/**
 * The one i18next instance of each process (the page, and the services in the main process or the
 * browser host). Its language is the user's: screens and the services' messages follow it. Documents
 * written for a tender use tFor(tender's language) instead, whatever the screens show.
 */
import i18next, { type TFunction } from 'i18next';
import { LANGUAGES, type Language } from '../model/language';
import { NAMESPACES, RESOURCES } from './resources';

export const i18n = i18next.createInstance();

void i18n.init({
  resources: RESOURCES,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: [...NAMESPACES],
  defaultNS: 'common',
  // Catalogues are bundled, so initialisation is synchronous and t() works from the first line.
  initAsync: false,
  // React escapes what it renders; documents escape for their own formats.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The user's language, for screens, menus and messages. */
export const t: TFunction = i18n.t.bind(i18n);

/** A t() that always speaks `language`: for a tender's documents. */
export function tFor(language: Language, namespace: string = 'documents'): TFunction {
  return i18n.getFixedT(language, namespace);
}

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}

export async function setLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
