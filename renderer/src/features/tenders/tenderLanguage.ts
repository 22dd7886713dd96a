import { LANGUAGES, LANGUAGE_NAMES, LOCALES, type Language } from '@shared/model/language';
import type { TenderContent } from '@shared/model/tender';

/** The tender in another language; a locale of issue that belongs to the old language is dropped (the new one's default applies). */
export function withTenderLanguage<T extends Pick<TenderContent, 'language' | 'locale'>>(content: T, language: Language): T {
  const { locale, ...rest } = content;
  const keeps = locale !== undefined && LOCALES[language].includes(locale);
  return { ...rest, language, ...(keeps ? { locale } : {}) } as T;
}

/** The tender issued in another locale; one of another language is refused (the content is returned as it was). */
export function withTenderLocale<T extends Pick<TenderContent, 'language' | 'locale'>>(content: T, locale: string): T {
  const language = content.language ?? 'en';
  return LOCALES[language].includes(locale) ? { ...content, locale } : content;
}

/** The languages, each named in itself, for a select. */
export const languageOptions = () => LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }));

/** "French (Belgium) · fr-BE" in the screens' language, or the bare tag where the runtime cannot name it. */
export function localeLabel(locale: string, uiLanguage: string): string {
  try {
    const name = new Intl.DisplayNames([uiLanguage], { type: 'language', languageDisplay: 'standard' }).of(locale);
    return name && name !== locale ? `${name} · ${locale}` : locale;
  } catch {
    return locale;
  }
}

export const localeOptions = (language: Language, uiLanguage: string) =>
  LOCALES[language].map((locale) => ({ value: locale, label: localeLabel(locale, uiLanguage) }));
