import { newId } from '../model/common';
import {
  BuiltinClauseFileSchema,
  CLAUSE_TOPIC_LABELS,
  ClauseTemplateSchema,
  type ClauseLibrary,
  type ClausePurpose,
  type ClauseTemplate,
  type ClauseTopic,
  type LeverageCategory,
  type LibraryClause,
  type MomentOfTraction,
} from '../model/clauses';
import { describeIssues, fail, ok, type Result } from './result';
import type { Language } from '../model/language';
import { checkTemplate, hasErrors } from './template';

/*
 * Clause libraries, built-in and own, with every version kept. All functions are pure: they return new
 * values and never change their arguments.
 */

/** What an author writes; id, version and timestamps are assigned by the library. */
export type ClauseDraft = Omit<ClauseTemplate, 'id' | 'version' | 'createdAt' | 'changeNote'>;

const nowIso = () => new Date().toISOString();

/** The current (latest) version of a library clause. */
export function currentVersion(entry: LibraryClause): ClauseTemplate {
  return entry.versions[entry.versions.length - 1] as ClauseTemplate;
}

/** A given version of a library clause, if kept. */
export function getVersion(entry: LibraryClause, version: number): ClauseTemplate | undefined {
  return entry.versions.find((v) => v.version === version);
}

export function findClause(library: readonly LibraryClause[], id: string): LibraryClause | undefined {
  return library.find((c) => c.id === id);
}

/**
 * Validates the contents of resources/library/clauses.json and turns it into library entries.
 * Refuses the whole file when any template fails its schema or has template errors.
 */
export function parseBuiltinClauses(raw: unknown): Result<LibraryClause[]> {
  const parsed = BuiltinClauseFileSchema.safeParse(raw);
  if (!parsed.success) return fail(`The built-in clause library is invalid: ${describeIssues(parsed.error)}`);
  const findings = parsed.data.clauses.flatMap((t) => checkTemplate(t).filter((f) => f.severity === 'error'));
  if (findings.length) {
    return fail(
      `The built-in clause library has template errors in: ${[...new Set(findings.map((f) => f.clauseId))].join(', ')}`,
      findings,
    );
  }
  return ok(parsed.data.clauses.map((t) => ({ id: t.id, origin: 'builtin' as const, status: 'active' as const, versions: [t] })));
}

/** The library a user browses: built-ins and the team's own clauses (own entries win an id clash). */
export function combineLibraries(builtins: readonly LibraryClause[], own: readonly LibraryClause[]): LibraryClause[] {
  const ownIds = new Set(own.map((c) => c.id));
  return [...builtins.filter((c) => !ownIds.has(c.id)), ...own];
}

function validateVersion(template: ClauseTemplate): Result<ClauseTemplate> {
  const parsed = ClauseTemplateSchema.safeParse(template);
  if (!parsed.success) return fail(`The clause cannot be saved: ${describeIssues(parsed.error)}`);
  const findings = checkTemplate(parsed.data);
  if (hasErrors(findings)) {
    const errors = findings.filter((f) => f.severity === 'error');
    return fail(`The clause cannot be saved: ${errors.map((f) => f.message).join(' ')}`, errors);
  }
  return ok(parsed.data);
}

/** Creates a clause in the team's own library (version 1). */
export function createOwnClause(draft: ClauseDraft, opts: { id?: string; now?: string; language?: Language } = {}): Result<LibraryClause> {
  const id = opts.id ?? newId('own');
  const checked = validateVersion({ ...structuredClone(draft), id, version: 1, createdAt: opts.now ?? nowIso() });
  if (!checked.ok) return checked;
  if (opts.language && opts.language !== 'en')
    return ok({ id, origin: 'own', status: 'active', language: opts.language, versions: [checked.value] });
  return ok({ id, origin: 'own', status: 'active', versions: [checked.value] });
}

/**
 * Copies a clause (typically a built-in) into the team's own library as version 1 of a new clause,
 * remembering which template and version it came from.
 */
export function duplicateClause(source: LibraryClause, opts: { id?: string; now?: string; title?: string } = {}): LibraryClause {
  const from = currentVersion(source);
  const id = opts.id ?? newId('own');
  const copy: ClauseTemplate = {
    ...structuredClone(from),
    id,
    version: 1,
    title: opts.title ?? from.title,
    createdAt: opts.now ?? nowIso(),
    changeNote: `Copied from “${from.title}” version ${from.version}`.slice(0, 300),
  };
  return {
    id,
    origin: 'own',
    status: 'active',
    basedOn: { templateId: source.id, version: from.version },
    // A copy of a translated built-in is written in that language from then on.
    ...(source.language ? { language: source.language } : {}),
    versions: [copy],
  };
}

export interface EditOutcome {
  entry: LibraryClause;
  /** False when the changes left the clause as it was (no new version is made). */
  changed: boolean;
}

/** Saves changes to an own clause as a new version; earlier versions are kept unchanged. */
export function editClause(
  entry: LibraryClause,
  changes: Partial<ClauseDraft>,
  opts: { now?: string; changeNote?: string } = {},
): Result<EditOutcome> {
  if (entry.origin === 'builtin') {
    return fail(
      `“${currentVersion(entry).title}” is a built-in clause and cannot be edited. Duplicate it into your own library and edit the copy.`,
    );
  }
  if (entry.status === 'retired') {
    return fail(`“${currentVersion(entry).title}” is retired. Reactivate it before editing.`);
  }
  const current = currentVersion(entry);
  const { id: _id, version: _v, createdAt: _c, changeNote: _n, ...currentDraft } = current;
  const defined = Object.fromEntries(Object.entries(structuredClone(changes)).filter(([, v]) => v !== undefined));
  const nextDraft: ClauseDraft = { ...currentDraft, ...defined };
  if (sameDraft(currentDraft, nextDraft)) {
    return ok({ entry, changed: false });
  }
  const next: ClauseTemplate = {
    ...nextDraft,
    id: entry.id,
    version: current.version + 1,
    createdAt: opts.now ?? nowIso(),
    ...(opts.changeNote ? { changeNote: opts.changeNote } : {}),
  };
  const checked = validateVersion(next);
  if (!checked.ok) return checked;
  return ok({ entry: { ...entry, versions: [...entry.versions, checked.value] }, changed: true });
}

function sameDraft(a: ClauseDraft, b: ClauseDraft): boolean {
  return stableJson(a) === stableJson(b);
}

/** JSON with object keys sorted, so key order never counts as a change. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/** Retires a clause: hidden from "add to tender", kept for tenders that use it. */
export function retireClause(entry: LibraryClause): LibraryClause {
  return { ...entry, status: 'retired' };
}

export function reactivateClause(entry: LibraryClause): LibraryClause {
  return { ...entry, status: 'active' };
}

/** Deletes an own clause from the team's library. Tenders keep their frozen copies. */
export function deleteOwnClause(library: ClauseLibrary, id: string): Result<ClauseLibrary> {
  const entry = findClause(library, id);
  if (!entry) return fail(`No clause with id "${id}" in your library.`);
  if (entry.origin === 'builtin') return fail('Built-in clauses cannot be deleted; retire them instead.');
  return ok(library.filter((c) => c.id !== id));
}

export interface ClauseQuery {
  text?: string;
  topic?: ClauseTopic;
  leverage?: LeverageCategory;
  purpose?: ClausePurpose;
  moment?: MomentOfTraction;
  origin?: LibraryClause['origin'];
  includeRetired?: boolean;
}

/** Browse and search: every word of `text` must appear in the title, text, guidance or topic label. */
export function searchClauses(library: readonly LibraryClause[], query: ClauseQuery = {}): LibraryClause[] {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return library.filter((entry) => {
    if (!query.includeRetired && entry.status === 'retired') return false;
    if (query.origin && entry.origin !== query.origin) return false;
    const t = currentVersion(entry);
    if (query.topic && t.tags.topic !== query.topic) return false;
    if (query.leverage && t.tags.leverage !== query.leverage) return false;
    if (query.purpose && t.tags.purpose !== query.purpose) return false;
    if (query.moment && !t.tags.moments.includes(query.moment)) return false;
    if (!words.length) return true;
    const haystack = [
      t.title,
      t.body,
      t.guidance,
      CLAUSE_TOPIC_LABELS[t.tags.topic],
      ...t.subClauses.flatMap((s) => [s.heading ?? '', s.body, ...(s.items ?? []).map((i) => i.body)]),
    ]
      .join('\n')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
