import { z } from 'zod';
import { GLOSSARY_ENTRIES } from './glossaryEntries';
import { GLOSSARY_FR } from './glossaryTexts/fr';
import { GLOSSARY_ES } from './glossaryTexts/es';
import type { GlossaryTexts } from './glossaryTexts/texts';
import type { Language } from './language';

/*
 * The glossary: the procurement and due-diligence words the app uses, each with a one-line definition
 * for a popover beside the word and a longer explanation for the glossary itself.
 */

const TERM_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const GlossaryEntrySchema = z.object({
  id: z.string().regex(TERM_ID, 'an id is lower-case words joined by hyphens'),
  term: z.string().trim().min(1, 'a term needs its name'),
  short: z.string().trim().min(10, 'a term needs a short definition').max(220, 'a short definition fits in a popover (220 characters)'),
  long: z.string().trim().min(40, 'a term needs a longer explanation'),
  related: z.array(z.string().regex(TERM_ID)),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export type GlossaryTermId = (typeof GLOSSARY_ENTRIES)[number]['id'];

/** The entries, checked once when the module loads so a malformed entry fails loudly in every test. */
export const GLOSSARY: readonly GlossaryEntry[] = z.array(GlossaryEntrySchema).parse(GLOSSARY_ENTRIES);

const TRANSLATIONS: Record<Exclude<Language, 'en'>, GlossaryTexts> = { fr: GLOSSARY_FR, es: GLOSSARY_ES };

/** The words of the translated glossaries, keyed by language then entry id (for the completeness test). */
export const GLOSSARY_TRANSLATIONS: Readonly<Record<Exclude<Language, 'en'>, GlossaryTexts>> = TRANSLATIONS;

const entriesIn = (language: Language): readonly GlossaryEntry[] =>
  language === 'en'
    ? GLOSSARY
    : GLOSSARY.map((e) => ({ ...e, ...(TRANSLATIONS[language][e.id as GlossaryTermId] as Partial<GlossaryEntry> | undefined) }));

const IN_LANGUAGE: Record<Language, readonly GlossaryEntry[]> = { en: GLOSSARY, fr: entriesIn('fr'), es: entriesIn('es') };
const BY_ID: Record<Language, Map<string, GlossaryEntry>> = {
  en: new Map(IN_LANGUAGE.en.map((e) => [e.id, e])),
  fr: new Map(IN_LANGUAGE.fr.map((e) => [e.id, e])),
  es: new Map(IN_LANGUAGE.es.map((e) => [e.id, e])),
};

/** The whole glossary in a language: the same entries, ids and related terms, in that language's words. */
export const glossaryIn = (language: Language): readonly GlossaryEntry[] => IN_LANGUAGE[language];

export function glossaryEntry(id: GlossaryTermId, language: Language = 'en'): GlossaryEntry {
  const entry = BY_ID[language].get(id);
  if (!entry) throw new Error(`No glossary entry "${id}"`);
  return entry;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a text, folded, for matching the start of any of them. */
const wordsOf = (s: string) =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const matchesAll = (queryWords: readonly string[], words: readonly string[]) => queryWords.every((q) => words.some((w) => w.startsWith(q)));

/**
 * Entries in which every word of the query starts a word: first those whose name begins with the query,
 * then those whose name holds its words, then those that only mention them; each group in alphabetical
 * order. An empty query gives every entry.
 */
export function searchGlossary(query: string, entries: readonly GlossaryEntry[] = GLOSSARY, language: Language = 'en'): GlossaryEntry[] {
  const queryWords = wordsOf(query);
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, language));
  if (!queryWords.length) return sorted;
  const phrase = queryWords.join(' ');
  const groups: GlossaryEntry[][] = [[], [], []];
  for (const e of sorted) {
    const name = wordsOf(e.term);
    if (name.join(' ').startsWith(phrase)) groups[0]!.push(e);
    else if (matchesAll(queryWords, name)) groups[1]!.push(e);
    else if (matchesAll(queryWords, [...name, ...wordsOf(e.short), ...wordsOf(e.long)])) groups[2]!.push(e);
  }
  return groups.flat();
}
