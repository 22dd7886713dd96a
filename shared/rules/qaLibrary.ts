import {
  BuiltinQuestionFileSchema,
  QA_LIMITS,
  QUESTION_THEME_LABELS,
  QuestionSchema,
  type Question,
  type QuestionStage,
  type QuestionTheme,
} from '../model/questions';
import { describeIssues, fail, ok, type Result } from '../clauses/result';

/*
 * The question bank: built-in questions, the team's own, and importing a question library from a file.
 * An import is all or nothing: any duplicate id or invalid question and nothing is imported.
 */

/** Validates resources/library/questions.json. */
export function parseBuiltinQuestions(raw: unknown): Result<Question[]> {
  const parsed = BuiltinQuestionFileSchema.safeParse(raw);
  if (!parsed.success) return fail(`The built-in question bank is invalid: ${describeIssues(parsed.error)}`);
  return ok(parsed.data.questions);
}

/** The bank a user browses: built-in questions, then the team's own (own win an id clash). */
export function combineQuestionBanks(builtins: readonly Question[], own: readonly Question[]): Question[] {
  const ownIds = new Set(own.map((q) => q.id));
  return [...builtins.filter((q) => !ownIds.has(q.id)), ...own];
}

export interface ImportOutcome {
  /** The team's own questions after the import. */
  library: Question[];
  added: Question[];
}

const idOf = (x: unknown): string | undefined =>
  x !== null && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : undefined;

/**
 * Imports a user question library into the team's own questions. Accepts an array of questions, or an
 * object with a `questions` array (as exported). Refuses the whole file, naming the ids, when an id
 * repeats inside it or is already used by a built-in or own question; refuses it too when any question
 * is invalid. Nothing is imported unless everything is fine.
 */
export function importQuestionLibrary(
  own: readonly Question[],
  raw: unknown,
  opts: { builtins?: readonly Question[] } = {},
): Result<ImportOutcome> {
  const list: unknown = Array.isArray(raw)
    ? raw
    : raw !== null && typeof raw === 'object' && Array.isArray((raw as { questions?: unknown }).questions)
      ? (raw as { questions: unknown[] }).questions
      : undefined;
  if (!Array.isArray(list))
    return fail(
      'The file is not a question library: expected a list of questions or an object with a "questions" list. Nothing was imported.',
    );
  if (list.length === 0) return fail('The file contains no questions. Nothing was imported.');
  if (own.length + list.length > QA_LIMITS.bankQuestions) {
    return fail(
      `The import would bring your own questions to ${own.length + list.length}; at most ${QA_LIMITS.bankQuestions} are kept. Nothing was imported.`,
    );
  }

  const ids = list.map(idOf);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (id === undefined) continue;
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  const taken = new Set([...(opts.builtins ?? []).map((q) => q.id), ...own.map((q) => q.id)]);
  const clashing = [...seen].filter((id) => taken.has(id));
  const problems: string[] = [];
  if (repeated.size) problems.push(`the file uses these question ids more than once: ${[...repeated].join(', ')}`);
  if (clashing.length) problems.push(`these ids are already used in your question bank: ${clashing.join(', ')}`);

  const valid: Question[] = [];
  list.forEach((item, i) => {
    const parsed = QuestionSchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(`question ${i + 1}${ids[i] ? ` ("${ids[i]}")` : ''} is invalid: ${describeIssues(parsed.error, 3)}`);
  });
  if (problems.length) {
    const shown = problems.slice(0, 8);
    const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more problem(s)` : '';
    return fail(`Nothing was imported: ${shown.join('; ')}${more}. Give each question a unique id and try again.`);
  }
  return ok({ library: [...own, ...valid], added: valid });
}

/** Adds a question the team wrote to its own bank. */
export function addOwnQuestion(
  own: readonly Question[],
  question: Question,
  opts: { builtins?: readonly Question[] } = {},
): Result<Question[]> {
  const parsed = QuestionSchema.safeParse(question);
  if (!parsed.success) return fail(`The question cannot be saved: ${describeIssues(parsed.error)}`);
  if ([...(opts.builtins ?? []), ...own].some((q) => q.id === question.id))
    return fail(`The id "${question.id}" is already used in your question bank.`);
  return ok([...own, parsed.data]);
}

export interface QuestionQuery {
  text?: string;
  theme?: QuestionTheme;
  stage?: QuestionStage;
}

/** Every word of `text` must appear in the question, its reasons, good answer, evidence or theme. */
export function searchQuestions(bank: readonly Question[], query: QuestionQuery = {}): Question[] {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return bank.filter((q) => {
    if (query.theme && q.theme !== query.theme) return false;
    if (query.stage && q.stage !== query.stage) return false;
    if (!words.length) return true;
    const haystack = [q.question, q.why, q.goodAnswer, q.followUp, QUESTION_THEME_LABELS[q.theme], ...q.evidence].join('\n').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
