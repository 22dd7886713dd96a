/** The team's own library (library.json) beside the built-in one: browse, save, delete, import. */
import type { Handlers, LibraryView } from '@shared/api/contract';
import type { libraryMethods } from '@shared/api/methods/library';
import { ApiError } from '@shared/api/errors';
import type { Library } from '@shared/model/library';
import type { LibraryClause } from '@shared/model/clauses';
import { combineLibraries, deleteOwnClause, stableJson } from '@shared/clauses/library';
import { checkTemplate } from '@shared/clauses/template';
import { importQuestionLibrary } from '@shared/rules/qaLibrary';
import type { LibraryItemKey, WorkspaceStore } from '../workspace/store';
import { builtinLibraries } from './builtins';
import { t } from '@shared/i18n';

/** Every method of the contract's library group: one added there without a handler here fails the typecheck. */
type LibraryHandlers = Pick<Handlers, keyof typeof libraryMethods>;

function viewOf(own: Library): LibraryView {
  const builtin = builtinLibraries();
  return {
    criteria: { builtin: builtin.criteria, own: own.criteria },
    clauses: combineLibraries(builtin.clauses, own.clauses),
    questions: { builtin: builtin.questions, own: own.questions },
    revision: own.revision ?? 0,
    translations: builtin.translations,
  };
}

function upsert<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const index = list.findIndex((existing) => existing.id === item.id);
  return index === -1 ? [...list, item] : list.map((existing, i) => (i === index ? item : existing));
}

const BUILTIN_REFUSAL = {
  criterion: (id: string) => t('messages:errors.library.builtinCriterion', { id }),
  clause: (id: string) => t('messages:errors.library.builtinClause', { id }),
  question: (id: string) => t('messages:errors.library.builtinQuestion', { id }),
};

function refuseBuiltinId(kind: keyof typeof BUILTIN_REFUSAL, id: string, builtinIds: readonly { id: string }[]): void {
  if (builtinIds.some((entry) => entry.id === id)) throw new ApiError('conflict', BUILTIN_REFUSAL[kind](id));
}

/** Saved versions are history: a save may add versions, never rewrite or drop one a tender may cite. */
function checkClauseHistory(previous: LibraryClause | undefined, next: LibraryClause): void {
  if (next.origin !== 'own') throw new ApiError('invalid_input', t('messages:errors.library.onlyOwnClauses'));
  for (const version of next.versions) {
    const errors = checkTemplate(version).filter((f) => f.severity === 'error');
    if (errors.length)
      throw new ApiError(
        'invalid_input',
        t('messages:errors.library.clauseNotSaved', { problems: errors.map((f) => f.message).join(' ') }),
      );
  }
  if (!previous) return;
  const kept = previous.versions.every((old, i) => next.versions[i] !== undefined && stableJson(next.versions[i]) === stableJson(old));
  if (!kept) throw new ApiError('conflict', t('messages:errors.library.earlierVersionChanged', { id: next.id }));
}

export function createLibraryHandlers(store: WorkspaceStore): LibraryHandlers {
  /** Applies one item's change to the library as on disk now; refused if that item changed since `baseRevision`. */
  const save = async (item: LibraryItemKey | null, baseRevision: number | undefined, change: (own: Library) => Library) =>
    viewOf(await store.updateLibrary(change, { baseRevision, items: item ? [item] : [] }));
  return {
    'library.get': async () => viewOf(await store.library()),
    'library.saveCriterion': ({ entry, baseRevision }) => {
      refuseBuiltinId('criterion', entry.id, builtinLibraries().criteria);
      return save(`criterion:${entry.id}`, baseRevision, (own) => ({ ...own, criteria: upsert(own.criteria, entry) }));
    },
    'library.deleteCriterion': ({ id, baseRevision }) =>
      save(`criterion:${id}`, baseRevision, (own) => ({ ...own, criteria: own.criteria.filter((c) => c.id !== id) })),
    'library.saveClause': ({ clause, baseRevision }) => {
      refuseBuiltinId('clause', clause.id, builtinLibraries().clauses);
      // Checked against the library as on disk, inside the lock: a colleague's new version counts.
      return save(`clause:${clause.id}`, baseRevision, (own) => {
        checkClauseHistory(
          own.clauses.find((c) => c.id === clause.id),
          clause,
        );
        return { ...own, clauses: upsert(own.clauses, clause) };
      });
    },
    // A tender keeps its own frozen copy of every clause it uses, so deleting a template loses nothing there.
    'library.deleteClause': ({ id, baseRevision }) =>
      save(`clause:${id}`, baseRevision, (own) => {
        const result = deleteOwnClause(own.clauses, id);
        if (!result.ok) throw new ApiError('invalid_input', result.message);
        return { ...own, clauses: result.value };
      }),
    'library.saveQuestion': ({ question, baseRevision }) => {
      refuseBuiltinId('question', question.id, builtinLibraries().questions);
      return save(`question:${question.id}`, baseRevision, (own) => ({ ...own, questions: upsert(own.questions, question) }));
    },
    'library.deleteQuestion': ({ id, baseRevision }) =>
      save(`question:${id}`, baseRevision, (own) => ({ ...own, questions: own.questions.filter((q) => q.id !== id) })),
    'library.importQuestions': async ({ fileName, text }) => {
      let raw: unknown;
      try {
        raw = JSON.parse(text.replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new ApiError(
          'invalid_input',
          t('messages:errors.library.notJson', {
            file: fileName || t('messages:errors.library.theFile'),
            detail: (error as Error).message,
          }),
        );
      }
      let added = 0;
      // Merged into the library as on disk under its lock, so a colleague's questions saved meanwhile stay.
      const view = await save(null, undefined, (own) => {
        const result = importQuestionLibrary(own.questions, raw, { builtins: builtinLibraries().questions });
        if (!result.ok)
          throw new ApiError(
            'invalid_input',
            t('messages:errors.library.importProblem', { file: fileName || t('messages:errors.library.theFile'), problem: result.message }),
          );
        added = result.value.added.length;
        return { ...own, questions: result.value.library };
      });
      return { view, added };
    },
  };
}
