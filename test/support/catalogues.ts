/**
 * The catalogues as tests read them: every namespace of every language, flattened to "a.b.c" keys,
 * straight from shared/i18n/locales (the same files the app bundles).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCALES_DIR = resolve(__dirname, '..', '..', 'shared', 'i18n', 'locales');
export const CATALOGUE_LANGUAGES = ['en', 'fr', 'es'] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/** The namespaces, as the English folder holds them. */
export function namespaces(): string[] {
  return readdirSync(join(LOCALES_DIR, 'en'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** { "a": { "b": "x" } } → { "a.b": "x" }; anything that is not a string or an object is kept as found, for the checks to report. */
export function flatten(tree: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(flat, flatten(value as Record<string, unknown>, path));
    else flat[path] = value;
  }
  return flat;
}

/** One namespace of one language, flattened. */
export function catalogue(language: CatalogueLanguage, namespace: string): Record<string, unknown> {
  const text = readFileSync(join(LOCALES_DIR, language, `${namespace}.json`), 'utf8');
  return flatten(JSON.parse(text) as Record<string, unknown>);
}

/** Every string value of a language, all namespaces together. */
export function catalogueValues(language: CatalogueLanguage): string[] {
  return namespaces().flatMap((namespace) =>
    Object.values(catalogue(language, namespace)).filter((value): value is string => typeof value === 'string'),
  );
}

/** The words of a text as the English check compares them: letters only, lower case, placeholders and markup left out. */
export function wordsOf(text: string): string[] {
  const plain = text.replace(/\{\{[^}]*\}\}/g, ' ').replace(/<\/?[a-zA-Z0-9]+\s*\/?>/g, ' ');
  return (plain.toLowerCase().match(/\p{L}+(?:[’']\p{L}+)*/gu) ?? []).filter((word) => word.length > 0);
}

/**
 * Words only the English catalogues use: in some English value, in no French or Spanish one. Seen on
 * a French or Spanish screen, such a word is English left untranslated. Words shorter than four
 * letters are left out ("de", "a", "no" are words in every language), and so are `ignore`d ones
 * (product names, the seeded tender's own text).
 */
export function englishOnlyWords(ignore: Iterable<string> = []): Set<string> {
  const elsewhere = new Set([...catalogueValues('fr'), ...catalogueValues('es')].flatMap(wordsOf));
  const ignored = new Set([...ignore].flatMap(wordsOf));
  return new Set(
    catalogueValues('en')
      .flatMap(wordsOf)
      .filter((word) => word.length >= 4 && !elsewhere.has(word) && !ignored.has(word)),
  );
}
