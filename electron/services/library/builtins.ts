/**
 * The libraries shipped with Tenderwright (resources/library). Bundled into the build, validated once
 * on first use: a broken built-in library is a programming error the tests catch, not user data.
 */
import criteriaFile from '../../../resources/library/criteria.json';
import clausesFile from '../../../resources/library/clauses.json';
import questionsFile from '../../../resources/library/questions.json';
import { CriteriaLibrarySchema, type CriteriaLibraryEntry } from '@shared/model/criteriaLibrary';
import type { LibraryClause } from '@shared/model/clauses';
import type { Question } from '@shared/model/questions';
import { parseBuiltinClauses } from '@shared/clauses/library';
import { parseBuiltinQuestions } from '@shared/rules/qaLibrary';

export interface BuiltinLibraries {
  criteria: CriteriaLibraryEntry[];
  clauses: LibraryClause[];
  questions: Question[];
}

let cached: BuiltinLibraries | undefined;

export function builtinLibraries(): BuiltinLibraries {
  if (cached) return cached;
  const clauses = parseBuiltinClauses(clausesFile);
  if (!clauses.ok) throw new Error(clauses.message);
  const questions = parseBuiltinQuestions(questionsFile);
  if (!questions.ok) throw new Error(questions.message);
  cached = { criteria: CriteriaLibrarySchema.parse(criteriaFile).criteria, clauses: clauses.value, questions: questions.value };
  return cached;
}
