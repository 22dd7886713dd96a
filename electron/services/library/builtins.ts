/**
 * The libraries shipped with Tenderwright (resources/library). Bundled into the build, validated once
 * on first use: a broken built-in library is a programming error the tests catch, not user data.
 */
import criteriaFile from '../../../resources/library/criteria.json';
import clausesFile from '../../../resources/library/clauses.json';
import questionsFile from '../../../resources/library/questions.json';
import frCriteria from '../../../resources/library/fr/criteria.json';
import frClauses from '../../../resources/library/fr/clauses.json';
import frQuestions from '../../../resources/library/fr/questions.json';
import esCriteria from '../../../resources/library/es/criteria.json';
import esClauses from '../../../resources/library/es/clauses.json';
import esQuestions from '../../../resources/library/es/questions.json';
import { CriteriaLibrarySchema, type CriteriaLibraryEntry } from '@shared/model/criteriaLibrary';
import type { LibraryClause } from '@shared/model/clauses';
import type { Question } from '@shared/model/questions';
import { parseBuiltinClauses } from '@shared/clauses/library';
import { parseBuiltinQuestions } from '@shared/rules/qaLibrary';
import { parseLibraryOverlay, type LibraryTranslations } from '@shared/library/overlay';
import { builtinCriteriaIn, builtinQuestionsIn, clausesIn } from '@shared/library/localise';
import type { Language } from '@shared/model/language';

export interface BuiltinLibraries {
  criteria: CriteriaLibraryEntry[];
  clauses: LibraryClause[];
  questions: Question[];
  /** The French and Spanish texts of the same items, applied with shared/library/localise. */
  translations: LibraryTranslations;
}

let cached: BuiltinLibraries | undefined;

export function builtinLibraries(): BuiltinLibraries {
  if (cached) return cached;
  const clauses = parseBuiltinClauses(clausesFile);
  if (!clauses.ok) throw new Error(clauses.message);
  const questions = parseBuiltinQuestions(questionsFile);
  if (!questions.ok) throw new Error(questions.message);
  cached = {
    criteria: CriteriaLibrarySchema.parse(criteriaFile).criteria,
    clauses: clauses.value,
    questions: questions.value,
    translations: {
      fr: parseLibraryOverlay({ criteria: frCriteria, clauses: frClauses, questions: frQuestions }),
      es: parseLibraryOverlay({ criteria: esCriteria, clauses: esClauses, questions: esQuestions }),
    },
  };
  return cached;
}

/** The built-in items in one language (English where a translation is missing). */
export function builtinLibrariesIn(language: Language): Omit<BuiltinLibraries, 'translations'> {
  const b = builtinLibraries();
  return {
    criteria: builtinCriteriaIn(b.criteria, b.translations, language),
    clauses: clausesIn(b.clauses, b.translations, language),
    questions: builtinQuestionsIn(b.questions, b.translations, language),
  };
}
