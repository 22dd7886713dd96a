import type { Language } from '../model/language';
import type { CriteriaLibraryEntry } from '../model/criteriaLibrary';
import type { ClauseTemplate, LibraryClause, ParameterDef } from '../model/clauses';
import type { Question } from '../model/questions';
import type { ClauseOverlay, CriterionOverlay, LibraryOverlay, LibraryTranslations, ParameterOverlay, QuestionOverlay } from './overlay';

/*
 * Library items in a tender's language. Built-in items are translated from the overlays; the team's
 * own items are shown in the one language they were written in, flagged when that is not the one asked
 * for. Every function is pure and returns new values: the English items and the overlays never change.
 */

/** An item as shown for a language, and whether it had to be shown in another one. */
export interface Shown<T> {
  item: T;
  shownIn: Language;
  fallback: boolean;
}

/** The language an item is written in: its own `language`, else English. */
export const itemLanguage = (item: { language?: Language | undefined }): Language => item.language ?? 'en';

/** Where an item stands against the language asked for (for the browsers' "shown in English" label). */
export function shownIn<T extends { language?: Language | undefined }>(item: T, language: Language): Shown<T> {
  const own = itemLanguage(item);
  return { item, shownIn: own, fallback: own !== language };
}

const overlayFor = (translations: LibraryTranslations | undefined, language: Language): LibraryOverlay | undefined =>
  language === 'en' ? undefined : translations?.[language];

/** A text from the overlay when it has a non-blank one, else the English. */
const pick = (translated: string | undefined, english: string): string =>
  translated !== undefined && translated.trim() !== '' ? translated : english;

const pickList = (translated: readonly string[] | undefined, english: readonly string[]): string[] =>
  english.map((text, i) => pick(translated?.[i], text));

const withLanguage = <T extends object>(item: T, language: Language): T & { language?: Language } =>
  language === 'en' ? item : { ...item, language };

export function localiseCriterion(
  entry: CriteriaLibraryEntry,
  overlay: CriterionOverlay | undefined,
  language: Language,
): CriteriaLibraryEntry {
  if (!overlay) return entry;
  const scoring =
    entry.scoring.type === 'quality-scale'
      ? { ...entry.scoring, descriptors: pickList(overlay.descriptors, entry.scoring.descriptors) }
      : structuredClone(entry.scoring);
  return withLanguage(
    {
      ...entry,
      name: pick(overlay.name, entry.name),
      description: pick(overlay.description, entry.description),
      evidence: pick(overlay.evidence, entry.evidence),
      guidance: pick(overlay.guidance, entry.guidance),
      scoring,
      ...(entry.tags ? { tags: pickList(overlay.tags, entry.tags) } : {}),
    },
    language,
  );
}

function localiseParameter(def: ParameterDef, overlay: ParameterOverlay | undefined): ParameterDef {
  if (!overlay) return structuredClone(def);
  const base = { label: pick(overlay.label, def.label), help: pick(overlay.help, def.help) };
  switch (def.type) {
    case 'number':
      return { ...def, ...base, ...(def.unit !== undefined ? { unit: pick(overlay.unit, def.unit) } : {}) };
    case 'text':
      return { ...def, ...base, ...(def.default !== undefined ? { default: pick(overlay.default, def.default) } : {}) };
    case 'choice':
      return {
        ...def,
        ...base,
        options: def.options.map((option) => {
          const o = overlay.options?.[option.value];
          return {
            ...option,
            label: pick(o?.label, option.label),
            ...(option.text !== undefined ? { text: pick(o?.text, option.text) } : {}),
          };
        }),
      };
    case 'date':
      return { ...def, ...base };
  }
}

export function localiseClauseTemplate(template: ClauseTemplate, overlay: ClauseOverlay | undefined): ClauseTemplate {
  if (!overlay) return template;
  return {
    ...template,
    title: pick(overlay.title, template.title),
    body: pick(overlay.body, template.body),
    guidance: pick(overlay.guidance, template.guidance),
    subClauses: template.subClauses.map((sub) => {
      const o = overlay.subClauses?.[sub.id];
      return {
        ...sub,
        ...(sub.heading !== undefined ? { heading: pick(o?.heading, sub.heading) } : {}),
        body: pick(o?.body, sub.body),
        ...(sub.items ? { items: sub.items.map((item) => ({ ...item, body: pick(o?.items?.[item.id], item.body) })) } : {}),
      };
    }),
    parameters: template.parameters.map((p) => localiseParameter(p, overlay.parameters?.[p.name])),
    tags: structuredClone(template.tags),
  };
}

/** A built-in clause entry with every version translated; an own entry as it is. */
export function localiseLibraryClause(entry: LibraryClause, overlay: ClauseOverlay | undefined, language: Language): LibraryClause {
  if (entry.origin !== 'builtin' || !overlay) return entry;
  return withLanguage({ ...entry, versions: entry.versions.map((v) => localiseClauseTemplate(v, overlay)) }, language);
}

export function localiseQuestion(question: Question, overlay: QuestionOverlay | undefined, language: Language): Question {
  if (!overlay) return question;
  return withLanguage(
    {
      ...question,
      question: pick(overlay.question, question.question),
      why: pick(overlay.why, question.why),
      goodAnswer: pick(overlay.goodAnswer, question.goodAnswer),
      evidence: pickList(overlay.evidence, question.evidence),
      followUp: pick(overlay.followUp, question.followUp),
      maturity: question.maturity.map((step, i) => ({ ...step, descriptor: pick(overlay.maturity[i], step.descriptor) })),
    },
    language,
  );
}

/** Built-in criteria in a language (English where a translation is missing). */
export const builtinCriteriaIn = (
  entries: readonly CriteriaLibraryEntry[],
  translations: LibraryTranslations | undefined,
  language: Language,
): CriteriaLibraryEntry[] => entries.map((e) => localiseCriterion(e, overlayFor(translations, language)?.criteria[e.id], language));

/** Clause entries in a language: built-ins translated, own ones as written. */
export const clausesIn = (
  entries: readonly LibraryClause[],
  translations: LibraryTranslations | undefined,
  language: Language,
): LibraryClause[] => entries.map((e) => localiseLibraryClause(e, overlayFor(translations, language)?.clauses[e.id], language));

/** Built-in questions in a language (English where a translation is missing). */
export const builtinQuestionsIn = (
  questions: readonly Question[],
  translations: LibraryTranslations | undefined,
  language: Language,
): Question[] => questions.map((q) => localiseQuestion(q, overlayFor(translations, language)?.questions[q.id], language));

/** The libraries a user browses, with the built-ins in one language and the own items as written. */
export interface BrowsableLibraries {
  criteria: { builtin: CriteriaLibraryEntry[]; own: CriteriaLibraryEntry[] };
  clauses: LibraryClause[];
  questions: { builtin: Question[]; own: Question[] };
}

/** A library view (built-ins in English plus their translations) turned into one language. */
export function librariesIn<V extends BrowsableLibraries & { translations?: LibraryTranslations }>(view: V, language: Language): V {
  if (language === 'en') return view;
  const t = view.translations;
  return {
    ...view,
    criteria: { builtin: builtinCriteriaIn(view.criteria.builtin, t, language), own: view.criteria.own },
    clauses: clausesIn(view.clauses, t, language),
    questions: { builtin: builtinQuestionsIn(view.questions.builtin, t, language), own: view.questions.own },
  };
}
