import { describe, expect, it } from 'vitest';
import { builtinLibraries, builtinLibrariesIn } from '../../../../electron/services/library/builtins';
import { librariesIn, shownIn } from '@shared/library/localise';
import { criterionFromLibrary, type CriteriaLibraryEntry } from '@shared/model/criteriaLibrary';
import { addClause, createOwnClause, duplicateClause, renderClause } from '@shared/clauses';
import { selectQuestions } from '@shared/rules/qaAnswers';
import { newTenderContent } from '@shared/model/tender';
import { languageOf } from '@shared/model/language';
import type { Question } from '@shared/model/questions';

/* What a tender gets when a built-in or own library item is added to it, in the tender's language. */

const english = builtinLibraries();
const view = {
  criteria: { builtin: english.criteria, own: [] },
  clauses: english.clauses,
  questions: { builtin: english.questions, own: [] },
};
const frenchTender = newTenderContent({
  title: 'Ordinateurs portables',
  reference: 'AO-2027-01',
  buyer: 'Ville de Lyon',
  lots: ['Lot 1'],
  language: 'fr',
});

describe('built-in items added to a French tender', () => {
  const french = librariesIn({ ...view, translations: english.translations }, languageOf(frenchTender));

  it('copies the French criterion, scale descriptors included', () => {
    const entry = french.criteria.builtin.find((e) => e.id === 'lib-price-lowest-ratio')!;
    const criterion = criterionFromLibrary(entry, { id: 'c1' });
    expect(criterion.name).toBe('Prix total');
    expect(criterion.evidence).toContain('bordereau des prix');
    const scaled = french.criteria.builtin.find((e) => e.scoring.type === 'quality-scale')!;
    const source = english.criteria.find((e) => e.id === scaled.id)!;
    const copy = criterionFromLibrary(scaled, { id: 'c2' });
    expect(copy.name).not.toBe(source.name);
    expect(copy.scoring).toMatchObject({ type: 'quality-scale', max: source.scoring.type === 'quality-scale' ? source.scoring.max : -1 });
    expect(copy.scoring.type === 'quality-scale' && copy.scoring.descriptors).not.toEqual(
      source.scoring.type === 'quality-scale' && source.scoring.descriptors,
    );
  });

  it('adds the French clause with the same parameters, rendered with its values in French', () => {
    const entry = french.clauses.find((c) => c.id === 'tier1-factory-disclosure')!;
    const added = addClause(frenchTender.clauses, entry, { id: 'cl1', values: { supplier: 'Le titulaire', buyer: 'l’acheteur' } });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const instance = added.value[0]!;
    const source = english.clauses.find((c) => c.id === entry.id)!.versions[0]!;
    expect(instance.frozen.title).toBe('Communication des sites de production (rang 1)');
    expect(instance.frozen.parameters.map((p) => [p.name, p.type, p.default])).toEqual(
      source.parameters.map((p) => [p.name, p.type, p.default]),
    );
    const rendered = renderClause(instance, 1);
    expect(rendered.paragraphs[0]!.text).toContain('30 jours');
    expect(rendered.paragraphs.map((p) => p.number)).toEqual(
      renderClause({ ...instance, frozen: { ...source } }, 1).paragraphs.map((p) => p.number),
    );
  });

  it('selects the French question, with its evidence and maturity levels', () => {
    const question = french.questions.builtin.find((q) => q.id === 'fl-overtime')!;
    const { qa } = selectQuestions(frenchTender.qa, [question]);
    const copy = qa.questions[0]!.question;
    expect(copy.question).toMatch(/heures supplémentaires/);
    expect(copy.language).toBe('fr');
    expect(copy.maturity.map((m) => m.level)).toEqual([0, 1, 2, 3]);
  });

  it('gives the services the same French texts for the tender pack’s guidance', () => {
    expect(builtinLibrariesIn('fr').clauses.find((c) => c.id === 'tier1-factory-disclosure')!.versions[0]!.guidance).toBe(
      french.clauses.find((c) => c.id === 'tier1-factory-disclosure')!.versions[0]!.guidance,
    );
  });

  it('leaves an English tender in English', () => {
    expect(librariesIn({ ...view, translations: english.translations }, 'en').criteria.builtin).toBe(english.criteria);
  });
});

describe('own library items in a French tender', () => {
  const ownCriterion: CriteriaLibraryEntry = {
    id: 'own-training',
    name: 'Staff training plan',
    description: 'How the bidder trains its staff on the contract.',
    category: 'quality',
    scoring: { type: 'quality-scale', max: 5, descriptors: ['a', 'b', 'c', 'd', 'e', 'f'] },
    evidence: 'The training plan.',
    guidance: '',
  };
  const ownQuestion: Question = { ...english.questions[0]!, id: 'own-q', question: 'Do you pay a living wage?' };
  const ownClause = createOwnClause({ ...english.clauses[0]!.versions[0]!, title: 'Our own disclosure clause' }, { id: 'own-cl' });

  it('shows an English own item as written, flagged as shown in English', () => {
    if (!ownClause.ok) throw new Error(ownClause.message);
    const french = librariesIn(
      {
        criteria: { builtin: [], own: [ownCriterion] },
        clauses: [ownClause.value],
        questions: { builtin: [], own: [ownQuestion] },
        translations: english.translations,
      },
      'fr',
    );
    expect(french.criteria.own[0]).toBe(ownCriterion);
    expect(french.clauses[0]).toBe(ownClause.value);
    expect(french.questions.own[0]).toBe(ownQuestion);
    expect(shownIn(french.criteria.own[0]!, 'fr')).toEqual({ item: ownCriterion, shownIn: 'en', fallback: true });
    expect(shownIn(french.questions.own[0]!, 'fr').fallback).toBe(true);
    expect(shownIn({ ...ownCriterion, language: 'fr' as const }, 'fr').fallback).toBe(false);
    expect(criterionFromLibrary(ownCriterion, { id: 'c9' }).name).toBe('Staff training plan');
  });

  it('records the language an own clause is written in, and English by saying nothing', () => {
    const draft = { ...english.clauses[0]!.versions[0]!, title: 'Notre clause' };
    const french = createOwnClause(draft, { id: 'own-fr', language: 'fr' });
    const plain = createOwnClause(draft, { id: 'own-en', language: 'en' });
    expect(french.ok && french.value.language).toBe('fr');
    expect(plain.ok && 'language' in plain.value).toBe(false);
  });

  it('keeps the language of a translated built-in copied into the own library', () => {
    const french = librariesIn({ ...view, translations: english.translations }, 'fr');
    const copy = duplicateClause(
      french.clauses.find((c) => c.id === 'tier1-factory-disclosure')!,
      { id: 'own-copy' },
    );
    expect(copy.language).toBe('fr');
    expect(shownIn(copy, 'fr').fallback).toBe(false);
    expect(shownIn(copy, 'es')).toMatchObject({ shownIn: 'fr', fallback: true });
  });
});
