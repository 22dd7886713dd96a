import { z } from 'zod';

/** The languages Tenderwright speaks, for its own screens and for the tenders it writes. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** Each language named in itself, as a language picker shows it whatever the screen's own language. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', es: 'Español' };

/** The locale a tender in this language is issued in when it names none of its own. */
export const DEFAULT_LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES' };

/** The locales of issue a tender may choose, per language: where buyers that write in it are. */
export const LOCALES: Record<Language, readonly string[]> = {
  en: ['en-GB', 'en-IE', 'en-MT'],
  fr: ['fr-FR', 'fr-BE', 'fr-LU', 'fr-CH'],
  es: ['es-ES', 'es-MX', 'es-CO', 'es-CL', 'es-AR', 'es-PE'],
};

/** A BCP 47 locale of one of the languages, e.g. fr-BE. */
export const LocaleSchema = z.string().regex(/^(en|fr|es)-[A-Z]{2}$/, 'A locale is a language and a country, e.g. fr-FR');

/** Tenders written before languages existed are English. */
export const languageOf = (tender: { language?: Language | undefined }): Language => tender.language ?? 'en';

/** The locale numbers and dates of a tender's documents follow: its own, else its language's default. */
export function localeOf(tender: { language?: Language | undefined; locale?: string | undefined }): string {
  const language = languageOf(tender);
  return tender.locale && tender.locale.startsWith(`${language}-`) ? tender.locale : DEFAULT_LOCALE[language];
}

/** The first of the user's preferred languages (e.g. navigator.languages) Tenderwright speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const known = LANGUAGES.find((language) => language === base);
    if (known) return known;
  }
  return 'en';
}
