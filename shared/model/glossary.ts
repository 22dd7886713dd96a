import { z } from 'zod';
import { GLOSSARY_ENTRIES } from './glossaryEntries';

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

const BY_ID = new Map(GLOSSARY.map((e) => [e.id, e]));

export function glossaryEntry(id: GlossaryTermId): GlossaryEntry {
  const entry = BY_ID.get(id);
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
export function searchGlossary(query: string, entries: readonly GlossaryEntry[] = GLOSSARY): GlossaryEntry[] {
  const queryWords = wordsOf(query);
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en'));
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
