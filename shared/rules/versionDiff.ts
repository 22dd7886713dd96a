/**
 * Field-by-field comparison of two versions of a tender's content, for the conflict screen: which
 * parts (the details, each lot, the clauses, the questionnaire) differ, what changed in each, in
 * words, and which side changed it since the version both started from. microdiff does the diffing;
 * lists of items with ids are compared by id, so inserting one criterion does not make all the
 * following ones look changed.
 */
import diff from 'microdiff';
import type { Lot, TenderContent } from '../model/tender';
import { lifecycleOf } from '../model/tenderStatus';

export type Side = 'theirs' | 'mine';

export interface FieldChange {
  /** Where, in words: "Criterion “Price” › weight". */
  where: string;
  theirs: string;
  mine: string;
}

export interface ComparedPart {
  /** "details", "lot:<id>", "clauses", "qa". */
  key: string;
  label: string;
  changes: FieldChange[];
  /** Who changed this part since the common version: a part only one side changed can be combined. */
  changedBy: Side | 'both' | 'unknown';
}

type Json = unknown;

/** Arrays of objects with ids become objects keyed by id, so items are matched by identity. */
export function byId(value: Json): Json {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((item) => item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string')) {
      return Object.fromEntries(value.map((item) => [(item as { id: string }).id, byId(item)]));
    }
    return value.map(byId);
  }
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, byId(v)]));
  return value;
}

const FIELD_WORDS: Record<string, string> = {
  title: 'title',
  reference: 'reference',
  buyer: 'buying organisation',
  description: 'description',
  status: 'status',
  statusBeforeArchive: 'status before archiving',
  submissionDeadline: 'submission deadline',
  awardDate: 'award date',
  name: 'name',
  weight: 'weight',
  criteria: 'criteria',
  subCriteria: 'sub-criteria',
  requirements: 'requirements',
  parameters: 'parameters',
  values: 'parameter values',
  questions: 'questions',
  question: 'question',
  evaluation: 'evaluation set-up',
  minimumQualityScore: 'minimum quality score',
  lotOrder: 'lots and their order',
};

/** A short, readable rendering of a value: weights in percent, long texts cut with their length. */
function show(value: Json, field: string | undefined): string {
  if (value === undefined) return '(none)';
  if (field === 'weight' && typeof value === 'number') return `${(value / 100).toFixed(2)}%`;
  if (typeof value === 'string') return value.length > 120 ? `${value.slice(0, 117)}… (${value.length} characters)` : value || '(empty)';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') {
    const named = value as { name?: unknown; title?: unknown; question?: unknown };
    const label = named.name ?? named.title ?? named.question;
    return typeof label === 'string' ? `“${label}”` : Array.isArray(value) ? `${value.length} item(s)` : 'set';
  }
  return String(value);
}

/** "Criterion “Price” › weight" from a path inside one part. */
function describePath(path: (string | number)[], root: Json): string {
  const words: string[] = [];
  let node: Json = root;
  for (const step of path) {
    const next = node && typeof node === 'object' ? (node as Record<string, Json>)[step as string] : undefined;
    const named = next && typeof next === 'object' ? (next as { name?: unknown; title?: unknown; question?: unknown }) : undefined;
    const label = named?.name ?? named?.title ?? named?.question;
    if (typeof label === 'string' && typeof step === 'string' && !(step in FIELD_WORDS))
      words.push(`“${label.length > 60 ? `${label.slice(0, 57)}…` : label}”`);
    else if (typeof step === 'string' && step in FIELD_WORDS) words.push(FIELD_WORDS[step]!);
    else if (typeof step === 'number') words.push(`#${step + 1}`);
    else words.push(String(step));
    node = next;
  }
  const where = words.join(' › ') || 'the whole part';
  return where.charAt(0).toUpperCase() + where.slice(1);
}

function changesBetween(theirs: Json, mine: Json): FieldChange[] {
  const left = byId(theirs);
  const right = byId(mine);
  return diff(left as Record<string, unknown>, right as Record<string, unknown>).map((entry) => {
    const field = [...entry.path].reverse().find((step) => typeof step === 'string') as string | undefined;
    const theirValue = entry.type === 'CREATE' ? undefined : entry.oldValue;
    const myValue = entry.type === 'REMOVE' ? undefined : entry.value;
    const where = describePath(entry.path, entry.type === 'CREATE' ? right : left);
    return { where, theirs: show(theirValue, field), mine: show(myValue, field) };
  });
}

/** Whether two values hold the same data, lists of items compared by id. */
export const same = (a: Json, b: Json) => diff({ v: byId(a) }, { v: byId(b) }).length === 0;

function partsOf(content: TenderContent): Map<string, { label: string; value: Json }> {
  const { title, reference, buyer, description } = content;
  const parts = new Map<string, { label: string; value: Json }>();
  parts.set('details', {
    label: 'Tender details',
    value: { title, reference, buyer, description, ...lifecycleOf(content), lotOrder: content.lots.map((l) => l.id) },
  });
  for (const lot of content.lots) parts.set(`lot:${lot.id}`, { label: `Lot “${lot.title}”`, value: lot });
  parts.set('clauses', { label: 'Contract clauses', value: { clauses: content.clauses } });
  parts.set('qa', { label: 'Supplier questionnaire', value: content.qa });
  return parts;
}

/**
 * The parts where `theirs` and `mine` differ. With `base` (the version mine started from), each part
 * says who changed it; without it, `unknown`.
 */
export function compareVersions(theirs: TenderContent, mine: TenderContent, base?: TenderContent): ComparedPart[] {
  const theirParts = partsOf(theirs);
  const myParts = partsOf(mine);
  const baseParts = base ? partsOf(base) : undefined;
  const keys = [...new Set([...theirParts.keys(), ...myParts.keys()])];
  const compared: ComparedPart[] = [];
  for (const key of keys) {
    const their = theirParts.get(key);
    const my = myParts.get(key);
    if (their && my && same(their.value, my.value)) continue;
    const before = baseParts?.get(key);
    let changedBy: ComparedPart['changedBy'] = 'unknown';
    if (baseParts) {
      const theyChanged = !same(before?.value, their?.value);
      const iChanged = !same(before?.value, my?.value);
      changedBy = theyChanged && iChanged ? 'both' : theyChanged ? 'theirs' : 'mine';
    }
    const label = (my ?? their)!.label + (!their ? ' (only in mine)' : !my ? ' (only in theirs)' : '');
    compared.push({ key, label, changedBy, changes: changesBetween(their?.value ?? {}, my?.value ?? {}) });
  }
  return compared;
}

/** The default choice per part: the side that changed it; mine where both did or it is not known. */
export function defaultChoices(parts: readonly ComparedPart[]): Record<string, Side> {
  return Object.fromEntries(parts.map((part) => [part.key, part.changedBy === 'theirs' ? 'theirs' : 'mine']));
}

/**
 * Their version with the parts chosen as "mine" taken from mine: details, each lot (added, changed
 * or removed), clauses, questionnaire. Lots keep the order of the side whose details are chosen.
 */
export function combineVersions(theirs: TenderContent, mine: TenderContent, choices: Readonly<Record<string, Side>>): TenderContent {
  const pick = (key: string): Side => choices[key] ?? 'theirs';
  const details = pick('details') === 'mine' ? mine : theirs;
  const theirLots = new Map(theirs.lots.map((lot) => [lot.id, lot]));
  const myLots = new Map(mine.lots.map((lot) => [lot.id, lot]));
  const order = [
    ...details.lots.map((l) => l.id),
    ...[...theirLots.keys(), ...myLots.keys()].filter((id) => !details.lots.some((l) => l.id === id)),
  ];
  const lots: Lot[] = [];
  for (const id of new Set(order)) {
    const lot = pick(`lot:${id}`) === 'mine' ? myLots.get(id) : theirLots.get(id);
    if (lot) lots.push(lot);
  }
  return {
    title: details.title,
    reference: details.reference,
    buyer: details.buyer,
    description: details.description,
    ...lifecycleOf(details),
    lots: lots.length > 0 ? lots : theirs.lots,
    clauses: (pick('clauses') === 'mine' ? mine : theirs).clauses,
    qa: (pick('qa') === 'mine' ? mine : theirs).qa,
  };
}
