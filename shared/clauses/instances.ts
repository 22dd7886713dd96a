import { newId } from '../model/common';
import {
  ClauseTextSchema,
  type ClauseInstance,
  type ClauseOrigin,
  type ClauseSnapshot,
  type ClauseTemplate,
  type ClauseText,
  type LibraryClause,
  type ParameterDef,
  type ParameterValues,
} from '../model/clauses';
import { diffLines, diffTokens, diffWords, hasChanges, type DiffLine, type DiffPart } from './diff';
import { currentVersion, findClause } from './library';
import { describeIssues, fail, ok, type Result } from './result';
import {
  checkTextLength,
  checkValue,
  clauseParts,
  defaultValues,
  declaredParameters,
  hasErrors,
  itemLetter,
  renderWith,
  resolveParameters,
  type Finding,
  type Segment,
} from './template';

/*
 * Clause instances in a tender: creating, ordering, numbering, rendering, and keeping up with newer
 * template versions (detect, diff, opt-in update). Pure functions only.
 */

/** The frozen part of a template: what the tender keeps even if the template disappears. */
export function snapshotOf(template: ClauseTemplate): ClauseSnapshot {
  const { title, body, subClauses, parameters, tags } = structuredClone(template);
  return { title, body, subClauses, parameters, tags };
}

/** Builds a tender clause from a template version, with parameter defaults then the given values. */
export function createInstance(
  template: ClauseTemplate,
  opts: { order: number; origin: ClauseOrigin; values?: ParameterValues; id?: string },
): ClauseInstance {
  return {
    id: opts.id ?? newId('cl'),
    templateId: template.id,
    templateVersion: template.version,
    templateOrigin: opts.origin,
    frozen: snapshotOf(template),
    values: defaultValues(template.parameters, opts.values),
    order: opts.order,
  };
}

/** Instances in tender order (by `order`, ties kept in list order). */
export function orderedInstances(instances: readonly ClauseInstance[]): ClauseInstance[] {
  return instances
    .map((inst, index) => ({ inst, index }))
    .sort((a, b) => a.inst.order - b.inst.order || a.index - b.index)
    .map((x) => x.inst);
}

/** Appends a clause made from a library entry's current version at the end of the tender. */
export function addClause(
  instances: readonly ClauseInstance[],
  entry: LibraryClause,
  opts: { values?: ParameterValues; id?: string } = {},
): Result<ClauseInstance[]> {
  if (entry.status === 'retired') return fail(`“${currentVersion(entry).title}” is retired and cannot be added to a tender.`);
  const order = instances.reduce((max, i) => Math.max(max, i.order + 1), 0);
  return ok([...instances, createInstance(currentVersion(entry), { order, origin: entry.origin, values: opts.values, id: opts.id })]);
}

/** Moves a clause to a new position (0-based) and renumbers every `order` to 0..n-1. */
export function moveClause(instances: readonly ClauseInstance[], instanceId: string, toIndex: number): ClauseInstance[] {
  const list = orderedInstances(instances);
  const from = list.findIndex((i) => i.id === instanceId);
  if (from === -1) return list.map((inst, order) => ({ ...inst, order }));
  const [moved] = list.splice(from, 1);
  const target = Math.max(0, Math.min(list.length, Math.trunc(toIndex)));
  list.splice(target, 0, moved as ClauseInstance);
  return list.map((inst, order) => ({ ...inst, order }));
}

export function removeClause(instances: readonly ClauseInstance[], instanceId: string): ClauseInstance[] {
  return orderedInstances(instances.filter((i) => i.id !== instanceId)).map((inst, order) => ({ ...inst, order }));
}

/** Changes filled-in values. Values are kept even when invalid; rendering reports them. */
export function setValues(instance: ClauseInstance, values: ParameterValues): ClauseInstance {
  const next: ParameterValues = { ...instance.values };
  for (const [name, value] of Object.entries(values)) {
    if (name === '__proto__') continue;
    next[name] = value;
  }
  return { ...instance, values: next };
}

/** Replaces the clause's wording for this tender. Refuses oversized text with a message; nothing is lost. */
export function editText(instance: ClauseInstance, text: ClauseText): Result<ClauseInstance> {
  const tooLong = clauseParts(text)
    .map((part) => checkTextLength(part.source, instance.id, `The ${part.where}`))
    .filter((f): f is Finding => f !== null);
  if (tooLong.length) return fail(tooLong.map((f) => f.message).join(' ') + ' ' + (tooLong[0] as Finding).fix, tooLong);
  const parsed = ClauseTextSchema.safeParse(text);
  if (!parsed.success) return fail(`The edited text cannot be kept: ${describeIssues(parsed.error)}`);
  return ok({ ...instance, edited: parsed.data });
}

/** Drops the tender's own wording and goes back to the frozen template text. */
export function revertText(instance: ClauseInstance): ClauseInstance {
  const { edited: _edited, ...rest } = instance;
  return rest;
}

/** The wording in force: the edit when there is one, else the frozen template text. */
export function effectiveText(instance: ClauseInstance): ClauseText {
  return instance.edited ?? { title: instance.frozen.title, body: instance.frozen.body, subClauses: instance.frozen.subClauses };
}

export interface RenderedParagraph {
  /** "1", "1.2" or "(a)". */
  number: string;
  heading?: string;
  text: string;
  segments: Segment[];
  level: 0 | 1 | 2;
}

export interface RenderedClause {
  instanceId: string;
  number: string;
  title: string;
  paragraphs: RenderedParagraph[];
  findings: Finding[];
  ok: boolean;
}

/** Renders one clause as numbered paragraphs (clause n, sub-clauses n.m, items (a)). */
export function renderClause(instance: ClauseInstance, number: number): RenderedClause {
  const text = effectiveText(instance);
  const parameters: ParameterDef[] = instance.frozen.parameters;
  const { resolved, findings } = resolveParameters(clauseParts(text), parameters, instance.values, instance.id);
  const render = (source: string) => renderWith(source, resolved, parameters);
  const paragraphs: RenderedParagraph[] = [];
  const body = render(text.body);
  paragraphs.push({ number: String(number), text: body.text, segments: body.segments, level: 0 });
  text.subClauses.forEach((sub, i) => {
    const r = render(sub.body);
    paragraphs.push({
      number: `${number}.${i + 1}`,
      ...(sub.heading ? { heading: render(sub.heading).text } : {}),
      text: r.text,
      segments: r.segments,
      level: 1,
    });
    (sub.items ?? []).forEach((item, j) => {
      const ri = render(item.body);
      paragraphs.push({ number: `(${itemLetter(j)})`, text: ri.text, segments: ri.segments, level: 2 });
    });
  });
  return {
    instanceId: instance.id,
    number: String(number),
    title: render(text.title).text,
    paragraphs,
    findings,
    ok: !hasErrors(findings),
  };
}

export interface RenderedClauses {
  clauses: RenderedClause[];
  findings: Finding[];
  /** False while any error remains: exports refuse. */
  ok: boolean;
}

/** Renders every clause of a tender in order, numbered from 1. */
export function renderClauses(instances: readonly ClauseInstance[]): RenderedClauses {
  const clauses = orderedInstances(instances).map((inst, i) => renderClause(inst, i + 1));
  const findings = clauses.flatMap((c) => c.findings);
  return { clauses, findings, ok: !hasErrors(findings) };
}

/** Plain text of rendered clauses, e.g. for the clipboard: "1 Title", body, "1.1 Heading. text", "(a) text". */
export function clausesToPlainText(rendered: readonly RenderedClause[]): string {
  return rendered
    .map((c) =>
      [
        `${c.number} ${c.title}`,
        ...c.paragraphs.map((p) => (p.level === 0 ? p.text : `${p.number} ${p.heading ? `${p.heading}. ` : ''}${p.text}`)),
      ]
        .filter((line) => line.trim() !== '')
        .join('\n'),
    )
    .join('\n\n');
}

// ---------------------------------------------------------------------------------------------------
// Newer template versions

export type TemplateState =
  | { state: 'current'; entry: LibraryClause }
  | { state: 'newer-version'; entry: LibraryClause; latest: ClauseTemplate }
  | { state: 'missing' };

/** Where the instance stands against the library: up to date, behind, or its template is gone. */
export function templateState(instance: ClauseInstance, library: readonly LibraryClause[]): TemplateState {
  const entry = findClause(library, instance.templateId);
  if (!entry) return { state: 'missing' };
  const latest = currentVersion(entry);
  return latest.version > instance.templateVersion ? { state: 'newer-version', entry, latest } : { state: 'current', entry };
}

/** The newer template version when the library has one; null when up to date or the template is gone. */
export function newerVersionAvailable(instance: ClauseInstance, library: readonly LibraryClause[]): ClauseTemplate | null {
  const s = templateState(instance, library);
  return s.state === 'newer-version' ? s.latest : null;
}

/** A clause's text as lines for diffing: title, body, numbered sub-clauses and items. */
export function clauseTextLines(text: ClauseText): string {
  const lines = [text.title, '', text.body];
  text.subClauses.forEach((sub, i) => {
    lines.push('', `${i + 1}.${sub.heading ? ` ${sub.heading}.` : ''} ${sub.body}`.trimEnd());
    (sub.items ?? []).forEach((item, j) => lines.push(`(${itemLetter(j)}) ${item.body}`));
  });
  return lines.join('\n');
}

export interface SectionDiff {
  /** "title", "body", "sub:<id>" or "item:<subId>:<itemId>": sub-clauses and items are matched by id. */
  key: string;
  /** "Title", "Clause text", "Sub-clause 2", "Sub-clause 2 (b)" (numbered as in the newer text, or the older one if removed). */
  label: string;
  kind: 'same' | 'changed' | 'added' | 'removed';
  /** Word-level changes; for added or removed sections, the whole text as one part. */
  words: DiffPart[];
}

function sectionsOf(text: ClauseText): { key: string; label: string; text: string }[] {
  const out = [
    { key: 'title', label: 'Title', text: text.title },
    { key: 'body', label: 'Clause text', text: text.body },
  ];
  text.subClauses.forEach((sub, i) => {
    out.push({ key: `sub:${sub.id}`, label: `Sub-clause ${i + 1}`, text: sub.heading ? `${sub.heading}. ${sub.body}` : sub.body });
    (sub.items ?? []).forEach((item, j) =>
      out.push({ key: `item:${sub.id}:${item.id}`, label: `Sub-clause ${i + 1} (${itemLetter(j)})`, text: item.body }),
    );
  });
  return out;
}

/** Compares two clause texts part by part (title, body, each sub-clause and item matched by id). */
export function diffClauseSections(from: ClauseText, to: ClauseText): SectionDiff[] {
  const before = sectionsOf(from);
  const after = sectionsOf(to);
  const oldByKey = new Map(before.map((s) => [s.key, s]));
  const newByKey = new Map(after.map((s) => [s.key, s]));
  return diffTokens(
    before.map((s) => s.key),
    after.map((s) => s.key),
  ).map(({ kind, text: key }) => {
    const o = oldByKey.get(key);
    const n = newByKey.get(key);
    if (kind === 'removed' && o) return { key, label: o.label, kind, words: [{ kind: 'removed' as const, text: o.text }] };
    if (kind === 'added' && n) return { key, label: n.label, kind, words: [{ kind: 'added' as const, text: n.text }] };
    const words = diffWords(o?.text ?? '', n?.text ?? '');
    return { key, label: n?.label ?? key, kind: hasChanges(words) ? ('changed' as const) : ('same' as const), words };
  });
}

export type ParameterChange =
  | { kind: 'added'; name: string; to: ParameterDef }
  | { kind: 'removed'; name: string; from: ParameterDef }
  | { kind: 'changed'; name: string; from: ParameterDef; to: ParameterDef };

/** How the parameter declarations differ between two versions. */
export function diffParameters(from: readonly ParameterDef[], to: readonly ParameterDef[]): ParameterChange[] {
  const before = new Map(from.map((p) => [p.name, p]));
  const after = new Map(to.map((p) => [p.name, p]));
  const changes: ParameterChange[] = [];
  for (const [name, p] of before) {
    const q = after.get(name);
    if (!q) changes.push({ kind: 'removed', name, from: p });
    else if (JSON.stringify(p) !== JSON.stringify(q)) changes.push({ kind: 'changed', name, from: p, to: q });
  }
  for (const [name, q] of after) if (!before.has(name)) changes.push({ kind: 'added', name, to: q });
  return changes;
}

export interface ClauseDiff {
  fromVersion: number;
  toVersion: number;
  /** Line diff of the frozen template text against the newer template text (placeholders as written). */
  lines: DiffLine[];
  /** The same comparison part by part, with word-level changes: the clearer view for a clause. */
  sections: SectionDiff[];
  parameters: ParameterChange[];
  textChanged: boolean;
  /** The tender has its own wording, which an update would not change unless discarded. */
  hasEditedText: boolean;
}

/** Diff between the text the tender was built with and the template's newer version; null when none. */
export function diffWithNewer(instance: ClauseInstance, library: readonly LibraryClause[]): ClauseDiff | null {
  const latest = newerVersionAvailable(instance, library);
  if (!latest) return null;
  const lines = diffLines(clauseTextLines(instance.frozen), clauseTextLines(latest));
  return {
    fromVersion: instance.templateVersion,
    toVersion: latest.version,
    lines,
    sections: diffClauseSections(instance.frozen, latest),
    parameters: diffParameters(instance.frozen.parameters, latest.parameters),
    textChanged: hasChanges(lines),
    hasEditedText: instance.edited !== undefined,
  };
}

export interface UpdateOutcome {
  instance: ClauseInstance;
  /** Values carried over unchanged. */
  kept: string[];
  /** Values that could not be carried over, with the parameter's label and the reason. */
  dropped: { name: string; label: string; reason: string }[];
  /** New parameters, filled with their default when they have one. */
  added: string[];
  /** The tender's own wording was kept (it does not follow the template). */
  editedTextKept: boolean;
}

/**
 * Opt-in update of a clause to its template's newest version. Keeps each filled value whose parameter
 * still exists with the same type and accepts the value; new parameters take their defaults. The
 * tender's own wording is kept unless `discardEditedText` is set.
 */
export function updateToNewer(
  instance: ClauseInstance,
  library: readonly LibraryClause[],
  opts: { discardEditedText?: boolean } = {},
): Result<UpdateOutcome> {
  const s = templateState(instance, library);
  if (s.state === 'missing') return fail('The template of this clause is no longer in the library; the tender keeps its own copy.');
  if (s.state === 'current') return fail(`This clause already uses the newest version (${instance.templateVersion}).`);
  const latest = s.latest;
  const oldDeclared = declaredParameters(instance.frozen.parameters);
  const newDeclared = declaredParameters(latest.parameters);
  const values: ParameterValues = {};
  const kept: string[] = [];
  const dropped: UpdateOutcome['dropped'] = [];
  const added: string[] = [];
  for (const [name, value] of Object.entries(instance.values)) {
    const def = newDeclared.get(name);
    const old = oldDeclared.get(name);
    const label = (def ?? old)?.label.trim() || name;
    if (!def) dropped.push({ name, label, reason: 'the new version no longer has this parameter' });
    else if (old && old.type !== def.type) dropped.push({ name, label, reason: `its type changed from ${old.type} to ${def.type}` });
    else {
      const check = checkValue(def, value);
      if (check.ok) {
        values[name] = value;
        kept.push(name);
      } else dropped.push({ name, label, reason: check.missing ? 'it was empty' : check.message });
    }
  }
  for (const def of newDeclared.values()) {
    if (Object.prototype.hasOwnProperty.call(values, def.name)) continue;
    if (!oldDeclared.has(def.name)) added.push(def.name);
    if (def.default !== undefined) values[def.name] = def.default;
  }
  const base: ClauseInstance = {
    ...instance,
    templateVersion: latest.version,
    templateOrigin: s.entry.origin,
    frozen: snapshotOf(latest),
    values,
  };
  const next = opts.discardEditedText ? revertText(base) : base;
  return ok({ instance: next, kept, dropped, added, editedTextKept: next.edited !== undefined });
}
