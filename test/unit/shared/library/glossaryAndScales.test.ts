import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_TRANSLATIONS, GlossaryEntrySchema, glossaryEntry, glossaryIn, searchGlossary } from '@shared/model/glossary';
import { DEFAULT_DESCRIPTORS, QUALITY_SCALE_MAXIMA, defaultDescriptors } from '@shared/model/scoring';
import { newCriterion } from '@shared/model/criteria';

/* The glossary and the default quality-scale descriptors in French and Spanish. */

describe.each(['fr', 'es'] as const)('glossary in %s', (language) => {
  it('has every entry, complete and fitting a popover, with the English ids and related terms', () => {
    const problems: string[] = [];
    const translated = glossaryIn(language);
    expect(Object.keys(GLOSSARY_TRANSLATIONS[language]).sort()).toEqual(GLOSSARY.map((e) => e.id).sort());
    translated.forEach((entry, i) => {
      const english = GLOSSARY[i]!;
      const parsed = GlossaryEntrySchema.safeParse(entry);
      if (!parsed.success) problems.push(`${entry.id}: ${parsed.error.issues.map((x) => x.message).join('; ')}`);
      if (!/[.!?]$/.test(entry.short) || !/[.!?]$/.test(entry.long)) problems.push(`${entry.id}: a definition does not end a sentence`);
      if (entry.long.length <= entry.short.length) problems.push(`${entry.id}: the explanation is not longer than the definition`);
      if (entry.id !== english.id || entry.related.join() !== english.related.join())
        problems.push(`${entry.id}: ids or related terms differ`);
      if (entry.short === english.short || entry.long === english.long) problems.push(`${entry.id}: still in English`);
    });
    const terms = translated.map((e) => e.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    expect(problems).toEqual([]);
  });
});

describe('glossary lookups by language', () => {
  it('gives an entry and searches in the language asked for, English by default', () => {
    expect(glossaryEntry('criterion-weight').term).toBe('Weight');
    expect(glossaryEntry('criterion-weight', 'fr').term).toBe('Pondération');
    expect(glossaryEntry('criterion-weight', 'es').term).toBe('Ponderación');
    expect(searchGlossary('ponder', glossaryIn('fr'), 'fr')[0]?.id).toBe('criterion-weight');
    expect(searchGlossary('reparacion', glossaryIn('es'), 'es')[0]?.id).toBe('remedy');
  });
});

describe('default descriptors of a new quality scale', () => {
  it.each(['fr', 'es'] as const)('exist in %s for every level of every scale', (language) => {
    for (const max of QUALITY_SCALE_MAXIMA) {
      const descriptors = defaultDescriptors(max, language);
      expect(descriptors).toHaveLength(max + 1);
      descriptors.forEach((d, level) => {
        expect(d.trim(), `${language} 0-${max} level ${level}`).not.toBe('');
        expect(d).not.toBe(DEFAULT_DESCRIPTORS[max][level]);
      });
    }
  });

  it('are what a new quality criterion of a French tender gets', () => {
    const criterion = newCriterion('social', { scaleMax: 5, language: 'fr' });
    expect(criterion.scoring).toMatchObject({ type: 'quality-scale', max: 5 });
    expect(criterion.scoring.type === 'quality-scale' && criterion.scoring.descriptors[0]).toMatch(/^Inacceptable/);
    expect(newCriterion('social').scoring).toMatchObject({ descriptors: [...DEFAULT_DESCRIPTORS[5]] });
  });
});
