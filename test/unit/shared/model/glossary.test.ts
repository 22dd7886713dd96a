import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY, GlossaryEntrySchema, glossaryEntry, searchGlossary } from '@shared/model/glossary';
import { GLOSSARY_ENTRIES } from '@shared/model/glossaryEntries';

const RENDERER = join(import.meta.dirname, '../../../../renderer/src');

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? sourceFiles(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.tsx') ? [join(dir, e.name)] : []),
    ),
  );
  return nested.flat();
}

/** Every literal `<Term id="...">` in the renderer, with the file it is in. */
async function termUses(): Promise<{ id: string; file: string }[]> {
  const uses: { id: string; file: string }[] = [];
  for (const file of await sourceFiles(RENDERER)) {
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(/<Term\s+id="([^"]*)"/g)) uses.push({ id: m[1]!, file: relative(RENDERER, file) });
  }
  return uses;
}

describe('glossary entries', () => {
  it('every entry is complete: an id, its term, a short definition that fits a popover and a longer explanation', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(25);
    for (const entry of GLOSSARY_ENTRIES) {
      const parsed = GlossaryEntrySchema.safeParse(entry);
      expect(parsed.success, `${entry.id}: ${parsed.error?.message}`).toBe(true);
      expect(entry.short, entry.id).toMatch(/[.!?]$/);
      expect(entry.long, entry.id).toMatch(/[.!?]$/);
      expect(entry.long.length, `${entry.id} explains more than its short definition`).toBeGreaterThan(entry.short.length);
    }
  });

  it('ids and terms are unique, and every related term exists, is another entry and is listed once', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const terms = GLOSSARY.map((e) => e.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    for (const entry of GLOSSARY) {
      expect(new Set(entry.related).size, entry.id).toBe(entry.related.length);
      expect(entry.related, entry.id).not.toContain(entry.id);
      for (const related of entry.related) expect(ids, `${entry.id} relates to "${related}"`).toContain(related);
    }
  });

  it('covers the words the screens use: MEAT, price formulas, consensus, leverage categories A-E, purposes, moments, maturity', () => {
    for (const id of ['meat', 'price-formula', 'consensus', 'clause-purpose', 'moment-of-traction', 'maturity-level'] as const) {
      expect(glossaryEntry(id).id).toBe(id);
    }
    for (const c of ['a', 'b', 'c', 'd', 'e'] as const) expect(glossaryEntry(`leverage-category-${c}`).term).toContain(c.toUpperCase());
  });
});

describe('Term uses in the renderer', () => {
  it('every <Term id="..."> names an existing entry', async () => {
    const uses = await termUses();
    const ids = new Set(GLOSSARY.map((e) => e.id));
    const unknown = uses.filter((u) => !ids.has(u.id));
    expect(unknown).toEqual([]);
  });

  it('the clauses, criteria, evaluation and questions screens all mark their terms', async () => {
    const folders = new Set((await termUses()).map((u) => u.file.split('/').slice(0, 2).join('/')));
    for (const f of ['features/clauses', 'features/criteria', 'features/evaluation', 'features/questions']) expect(folders).toContain(f);
  });
});

describe('searchGlossary', () => {
  it('gives every entry, alphabetically, for an empty query', () => {
    const all = searchGlossary('  ');
    expect(all).toHaveLength(GLOSSARY.length);
    expect(all.map((e) => e.term)).toEqual([...GLOSSARY.map((e) => e.term)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('lists entries named by the query before those that only mention it, ignoring case and accents', () => {
    const hits = searchGlossary('TRÀCTION');
    expect(hits[0]?.id).toBe('moment-of-traction');
    expect(hits.map((e) => e.id)).toContain('leverage');
    expect(searchGlossary('consensus')[0]?.id).toBe('consensus');
  });

  it('needs every word of the query to start a word of the entry, and finds nothing for a word no entry has', () => {
    expect(searchGlossary('category peers').map((e) => e.id)).toEqual(['leverage-category-c']);
    // "ratio" is inside "collaboration", but starts no word of category E.
    expect(searchGlossary('ratio').map((e) => e.id)).not.toContain('leverage-category-e');
    expect(searchGlossary('price ratio')[0]?.id).toBe('lowest-price-ratio');
    // A name that begins with the query comes before names that merely hold its words.
    const priceFormula = searchGlossary('price formula').map((e) => e.id);
    expect(priceFormula[0]).toBe('price-formula');
    expect(priceFormula[1]).toBe('absolute-price-formula');
    expect(searchGlossary('zebra')).toEqual([]);
  });
});
