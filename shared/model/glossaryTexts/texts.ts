import type { GlossaryTermId } from '../glossary';

/** One entry's words in another language; id and related terms stay those of the English entry. */
export interface GlossaryText {
  term: string;
  short: string;
  long: string;
}

/** Every entry, so a translation missing an entry does not compile. */
export type GlossaryTexts = Record<GlossaryTermId, GlossaryText>;
