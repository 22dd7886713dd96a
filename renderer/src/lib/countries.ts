/** Country names for ISO 3166-1 alpha-2 codes, in English, for pickers and lists. */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

/** "France" for "FR"; the code itself for one the list does not know. */
export function countryName(code: string | undefined): string {
  if (!code) return '';
  return countries.getName(code, 'en', { select: 'official' }) ?? code;
}

let options: { value: string; label: string }[] | null = null;

/** Every country as a picker option ("France (FR)"), sorted by name. */
export function countryOptions(): { value: string; label: string }[] {
  options ??= Object.entries(countries.getNames('en', { select: 'official' }))
    .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return options;
}
