/**
 * The catalogues as tests read them: every namespace of every language, flattened to "a.b.c" keys,
 * straight from shared/i18n/locales (the same files the app bundles).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GLOSSARY_ES } from '../../shared/model/glossaryTexts/es';
import { GLOSSARY_FR } from '../../shared/model/glossaryTexts/fr';
import { LANGUAGE_NAMES } from '../../shared/model/language';
import { CODELISTS } from '../../shared/notices/codelists';

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
  const elsewhere = new Set([...catalogueValues('fr'), ...catalogueValues('es'), ...translatedContent()].flatMap(wordsOf));
  const ignored = new Set([...ignore].flatMap(wordsOf));
  return new Set(
    catalogueValues('en')
      .flatMap(wordsOf)
      .filter((word) => word.length >= 4 && !elsewhere.has(word) && !ignored.has(word)),
  );
}

const LIBRARY_DIR = resolve(__dirname, '..', '..', 'resources', 'library');

/** Every string inside a value, however deeply nested. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

/**
 * The French and Spanish texts outside the catalogues: the built-in libraries' translations, the
 * glossary, the eForms codelist labels, and each language's name in itself (a language picker shows
 * "English" in every language). A word French shares with English ("obligation") is French there.
 */
function translatedContent(): string[] {
  const libraries = ['fr', 'es'].flatMap((language) =>
    readdirSync(join(LIBRARY_DIR, language))
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => stringsIn(JSON.parse(readFileSync(join(LIBRARY_DIR, language, file), 'utf8')))),
  );
  const codelists = Object.values(CODELISTS).flatMap((entries) => entries.flatMap((entry) => [entry.fr, entry.es]));
  return [...libraries, ...stringsIn(GLOSSARY_FR), ...stringsIn(GLOSSARY_ES), ...codelists, ...Object.values(LANGUAGE_NAMES)];
}
