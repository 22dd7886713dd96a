/** Country names for ISO 3166-1 alpha-2 codes, in the user's language, for pickers and lists. */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import french from 'i18n-iso-countries/langs/fr.json';
import spanish from 'i18n-iso-countries/langs/es.json';
import { currentLanguage } from '@shared/i18n';
import type { Language } from '@shared/model/language';

countries.registerLocale(english);
countries.registerLocale(french);
countries.registerLocale(spanish);

/** "France" for "FR" (in the language asked for, else the user's); the code itself for one the list does not know. */
export function countryName(code: string | undefined, language: Language = currentLanguage()): string {
  if (!code) return '';
  return countries.getName(code, language, { select: 'official' }) ?? code;
}

const options = new Map<Language, { value: string; label: string }[]>();

/** Every country as a picker option ("France (FR)"), sorted by name in that language. */
export function countryOptions(language: Language = currentLanguage()): { value: string; label: string }[] {
  let list = options.get(language);
  if (!list) {
    const collator = new Intl.Collator(language);
    list = Object.entries(countries.getNames(language, { select: 'official' }))
      .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))
      .sort((a, b) => collator.compare(a.label, b.label));
    options.set(language, list);
  }
  return list;
}
