import { checkTemplate, type Finding } from '../clauses/template';
import { currentVersion, type ClauseDraft } from '../clauses/library';
import {
  ParameterNameSchema,
  type ClausePurpose,
  type ClauseTopic,
  type LeverageCategory,
  type LibraryClause,
  type MomentOfTraction,
  type ParameterDef,
  type ParameterType,
} from '../model/clauses';
import { newId } from '../model/common';

/*
 * The form a team writes its own clause in, as plain text rows, and how it becomes a clause draft.
 * Placeholder syntax itself is checked by the template engine (clauses/template); this reads only what
 * the form adds: numbers typed as text, choice options written one per line, defaults, required fields.
 */

export interface ItemRow {
  /** A key for the list in the form, not saved. */
  key: string;
  id: string;
  body: string;
}

export interface SubClauseRow {
  key: string;
  id: string;
  heading: string;
  body: string;
  items: ItemRow[];
}

export interface ParameterRow {
  key: string;
  name: string;
  type: ParameterType;
  label: string;
  help: string;
  defaultValue: string;
  min: string;
  max: string;
  unit: string;
  integer: boolean;
  /** Choice options, one per line: value | label | contract wording. */
  options: string;
}

export interface OwnClauseForm {
  title: string;
  body: string;
  guidance: string;
  subClauses: SubClauseRow[];
  topic: ClauseTopic;
  leverage: LeverageCategory;
  purpose: ClausePurpose;
  moments: MomentOfTraction[];
  params: ParameterRow[];
  changeNote: string;
}

const rowKey = () => newId('k');

/** A parameter as a form row: blank for a new one, or a declared one written out as text. */
export function parameterRow(p?: ParameterDef): ParameterRow {
  return {
    key: rowKey(),
    name: p?.name ?? '',
    type: p?.type ?? 'text',
    label: p?.label ?? '',
    help: p?.help ?? '',
    defaultValue: p?.default === undefined ? '' : String(p.default),
    min: p?.type === 'number' && p.min !== undefined ? String(p.min) : '',
    max: p?.type === 'number' && p.max !== undefined ? String(p.max) : '',
    unit: p?.type === 'number' ? (p.unit ?? '') : '',
    integer: p?.type === 'number' ? Boolean(p.integer) : false,
    options: p?.type === 'choice' ? p.options.map((o) => [o.value, o.label, o.text ?? ''].join(' | ').replace(/ \| $/, '')).join('\n') : '',
  };
}

export function subClauseRow(): SubClauseRow {
  return { key: rowKey(), id: newId('sub'), heading: '', body: '', items: [] };
}

export function itemRow(): ItemRow {
  return { key: rowKey(), id: newId('item'), body: '' };
}

/** The form for a new clause (null) or for the current version of a clause being edited. */
export function ownClauseForm(entry: LibraryClause | null): OwnClauseForm {
  if (!entry) {
    return {
      title: '',
      body: '{{supplier}} shall ',
      guidance: '',
      subClauses: [],
      topic: 'tier1-disclosure',
      leverage: 'A',
      purpose: 'oblige-to-address',
      moments: ['contract-negotiation'],
      params: [],
      changeNote: '',
    };
  }
  const t = currentVersion(entry);
  return {
    title: t.title,
    body: t.body,
    guidance: t.guidance,
    subClauses: t.subClauses.map((s) => ({
      key: rowKey(),
      id: s.id,
      heading: s.heading ?? '',
      body: s.body,
      items: (s.items ?? []).map((i) => ({ key: rowKey(), id: i.id, body: i.body })),
    })),
    topic: t.tags.topic,
    leverage: t.tags.leverage,
    purpose: t.tags.purpose,
    moments: [...t.tags.moments],
    params: t.parameters.map(parameterRow),
    changeNote: '',
  };
}

/** A choice option's stored value from what the author typed: "Within 30 days" -> "within-30-days". */
export const optionValue = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'option';

function choiceOptions(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const parts = line.split('|').map((p) => p.trim());
      if (parts.length === 1) return { value: optionValue(parts[0] as string), label: parts[0] as string };
      const [value, label, wording] = parts as [string, string, string | undefined];
      return { value: optionValue(value), label: label || value, ...(wording ? { text: wording } : {}) };
    });
}

/** Turns the form into a clause draft; problems the form itself can see are listed, not thrown. */
export function buildOwnClause(d: OwnClauseForm): { draft: ClauseDraft; problems: string[] } {
  const problems: string[] = [];
  const num = (text: string, what: string): number | undefined => {
    if (!text.trim()) return undefined;
    const n = Number(text.trim());
    if (!Number.isFinite(n)) {
      problems.push(`${what} must be a number, but “${text.trim().slice(0, 30)}” is not.`);
      return undefined;
    }
    return n;
  };
  const parameters: ParameterDef[] = d.params.map((r, i) => {
    const where = `Parameter ${i + 1}${r.label ? ` (“${r.label}”)` : ''}`;
    const name = ParameterNameSchema.safeParse(r.name);
    if (!name.success) problems.push(`${where}: ${name.error.issues[0]?.message ?? 'invalid name'}.`);
    const base = { name: r.name, label: r.label || r.name, help: r.help };
    if (r.type === 'number') {
      const def = num(r.defaultValue, `${where}: the default`);
      const min = num(r.min, `${where}: the minimum`);
      const max = num(r.max, `${where}: the maximum`);
      return {
        ...base,
        type: 'number',
        ...(def !== undefined ? { default: def } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
        ...(r.unit.trim() ? { unit: r.unit.trim() } : {}),
        ...(r.integer ? { integer: true } : {}),
      };
    }
    if (r.type === 'choice') {
      const options = choiceOptions(r.options);
      if (!options.length) problems.push(`${where}: a choice needs at least one option.`);
      return { ...base, type: 'choice', options, ...(r.defaultValue.trim() ? { default: optionValue(r.defaultValue) } : {}) };
    }
    if (r.type === 'date') return { ...base, type: 'date', ...(r.defaultValue.trim() ? { default: r.defaultValue.trim() } : {}) };
    return { ...base, type: 'text', ...(r.defaultValue ? { default: r.defaultValue } : {}) };
  });
  if (!d.title.trim()) problems.push('The clause needs a title.');
  if (!d.moments.length) problems.push('Tag at least one moment of traction.');
  const draft: ClauseDraft = {
    title: d.title.trim(),
    body: d.body,
    guidance: d.guidance,
    subClauses: d.subClauses.map((s) => ({
      id: s.id,
      ...(s.heading.trim() ? { heading: s.heading.trim() } : {}),
      body: s.body,
      ...(s.items.length ? { items: s.items.map((i) => ({ id: i.id, body: i.body })) } : {}),
    })),
    parameters,
    tags: { topic: d.topic, leverage: d.leverage, purpose: d.purpose, moments: d.moments },
  };
  return { draft, problems };
}

/**
 * The draft, the form's own problems, and, once there are none, the template checks shown while the
 * author writes (placeholders, defaults, unused parameters).
 */
export function reviewOwnClause(form: OwnClauseForm, clauseId: string): { draft: ClauseDraft; problems: string[]; checks: Finding[] } {
  const { draft, problems } = buildOwnClause(form);
  const checks = problems.length ? [] : checkTemplate({ id: clauseId, ...draft });
  return { draft, problems, checks };
}
