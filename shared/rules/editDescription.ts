/**
 * What one undo step changes, in words and where: "name of criterion “Due diligence on minerals”" on
 * the Criteria screen of that lot, so undo and redo can take the user there and say what they did.
 * Built on the comparison of versionDiff.ts: lists with ids are matched by id, so adding one criterion
 * is one change, not a change to every criterion after it.
 */
import diff, { type Difference } from 'microdiff';
import type { TenderContent } from '../model/tender';
import { byId } from './versionDiff';

export type EditScreen = 'details' | 'criteria' | 'clauses' | 'questions' | 'evaluation';

export interface EditDescription {
  /** Reads after "Undid: " or "Redid: ". */
  text: string;
  screen: EditScreen;
  lotId?: string;
  /** The criterion, requirement, clause, question or supplier changed. */
  itemId?: string;
  /** The field of the item (or of the tender or lot) that changed: "name", "weight", a parameter's name. */
  field?: string;
}

type Node = Record<string, unknown>;
type Path = (string | number)[];

const DETAILS_FIELDS: Record<string, string> = {
  title: 'tender title',
  reference: 'reference',
  buyer: 'buying organisation',
  description: 'description',
};

const ITEM_FIELDS: Record<string, string> = {
  name: 'name',
  weight: 'weight',
  category: 'category',
  description: 'description',
  evidence: 'evidence',
  scoring: 'scoring',
  parentId: 'place',
  libraryId: 'library link',
};

const quote = (label: unknown): string => {
  const text = typeof label === 'string' && label.trim() ? label.trim() : 'untitled';
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
};

function at(root: unknown, path: Path): unknown {
  let node = root;
  for (const step of path) node = node && typeof node === 'object' ? (node as Node)[step as string] : undefined;
  return node;
}

/** The item at `path` in the newer version, or in the older one when it was removed. */
const itemAt = (older: unknown, newer: unknown, path: Path): Node => (at(newer, path) ?? at(older, path) ?? {}) as Node;

const isIdMap = (value: unknown) => Boolean(value) && typeof value === 'object' && !Array.isArray(value);

/**
 * A list that was empty on one side is still an array there (nothing to key by id), so microdiff sees
 * the whole list replaced: count it as each item added or removed.
 */
function expand(entry: Difference): Difference[] {
  if (entry.type !== 'CHANGE') return [entry];
  const { oldValue, value } = entry;
  if (Array.isArray(oldValue) && oldValue.length === 0 && isIdMap(value)) {
    return Object.entries(value as Node).map(([key, item]) => ({ type: 'CREATE', path: [...entry.path, key], value: item }));
  }
  if (Array.isArray(value) && value.length === 0 && isIdMap(oldValue)) {
    return Object.entries(oldValue as Node).map(([key, item]) => ({ type: 'REMOVE', path: [...entry.path, key], oldValue: item }));
  }
  return [entry];
}

function addedOrRemoved(entry: Difference, noun: string, label: unknown): string {
  return `${entry.type === 'CREATE' ? 'adding' : 'removing'} ${noun} ${quote(label)}`;
}

const isWhole = (entry: Difference, length: number) => entry.path.length === length && entry.type !== 'CHANGE';

function describeLotChange(entry: Difference, older: unknown, newer: unknown): EditDescription {
  const [, lotId, part, itemId, field] = entry.path as string[];
  const lot = itemAt(older, newer, ['lots', lotId!]);
  const where = { lotId: lotId! };
  if (entry.path.length === 2) return { text: addedOrRemoved(entry, 'lot', lot.title), screen: 'details', ...where };
  if (part === 'title') return { text: `title of lot ${quote(lot.title)}`, screen: 'details', ...where, field: 'title' };
  if (part === 'criteria' && itemId) {
    const criterion = itemAt(older, newer, ['lots', lotId!, 'criteria', itemId]);
    const noun = typeof criterion.parentId === 'string' ? 'sub-criterion' : 'criterion';
    if (isWhole(entry, 4)) return { text: addedOrRemoved(entry, noun, criterion.name), screen: 'criteria', ...where, itemId };
    const words = ITEM_FIELDS[field!] ?? 'details';
    return { text: `${words} of ${noun} ${quote(criterion.name)}`, screen: 'criteria', ...where, itemId, field };
  }
  if (part === 'requirements' && itemId) {
    const requirement = itemAt(older, newer, ['lots', lotId!, 'requirements', itemId]);
    if (isWhole(entry, 4)) return { text: addedOrRemoved(entry, 'requirement', requirement.name), screen: 'criteria', ...where, itemId };
    const words = ITEM_FIELDS[field!] ?? 'details';
    return { text: `${words} of requirement ${quote(requirement.name)}`, screen: 'criteria', ...where, itemId, field };
  }
  if (part === 'minimumQualityScore')
    return { text: `minimum quality score of lot ${quote(lot.title)}`, screen: 'criteria', ...where, field: part };
  if (part === 'evaluation') return { text: `evaluation set-up of lot ${quote(lot.title)}`, screen: 'evaluation', ...where };
  return { text: `criteria of lot ${quote(lot.title)}`, screen: 'criteria', ...where };
}

function clauseTitle(clause: Node): unknown {
  const edited = clause.edited as { title?: unknown } | undefined;
  const frozen = clause.frozen as { title?: unknown } | undefined;
  return edited?.title ?? frozen?.title;
}

function describeClauseChange(entry: Difference, older: unknown, newer: unknown): EditDescription {
  const [, itemId, part, parameter] = entry.path as string[];
  const clause = itemAt(older, newer, ['clauses', itemId!]);
  const where = { screen: 'clauses' as const, itemId: itemId! };
  if (entry.path.length === 2) return { text: addedOrRemoved(entry, 'clause', clauseTitle(clause)), ...where };
  if (part === 'values' && parameter) {
    const frozen = clause.frozen as { parameters?: { name: string; label: string }[] } | undefined;
    const label = frozen?.parameters?.find((p) => p.name === parameter)?.label ?? parameter;
    return { text: `parameter ${quote(label)} of clause ${quote(clauseTitle(clause))}`, ...where, field: parameter };
  }
  if (part === 'edited') return { text: `wording of clause ${quote(clauseTitle(clause))}`, ...where, field: 'wording' };
  if (part === 'order') return { text: 'order of the clauses', screen: 'clauses' };
  return { text: `library version of clause ${quote(clauseTitle(clause))}`, ...where };
}

function describeQaChange(entry: Difference, older: unknown, newer: unknown): EditDescription {
  const [, list, key, field] = entry.path as string[];
  if (list === 'questions' && key) {
    const selected = itemAt(older, newer, ['qa', 'questions', key]) as { question?: { question?: unknown } };
    const where = { screen: 'questions' as const, itemId: key };
    if (entry.path.length === 3) return { text: addedOrRemoved(entry, 'question', selected.question?.question), ...where };
    if (field === 'order') return { text: 'order of the questions', screen: 'questions' };
    return { text: `question ${quote(selected.question?.question)}`, ...where };
  }
  if (list === 'suppliers' && key) {
    const supplier = itemAt(older, newer, ['qa', 'suppliers', key]);
    const where = { screen: 'questions' as const, itemId: key };
    if (entry.path.length === 3) return { text: addedOrRemoved(entry, 'supplier', supplier.name), ...where };
    return { text: `${field === 'role' ? 'role' : 'name'} of supplier ${quote(supplier.name)}`, ...where, field };
  }
  if (list === 'threads' && key) {
    const thread = itemAt(older, newer, ['qa', 'threads', key]) as { supplierId?: string };
    const supplier = thread.supplierId ? itemAt(older, newer, ['qa', 'suppliers', thread.supplierId]) : {};
    return { text: `answers of supplier ${quote(supplier.name)}`, screen: 'questions', itemId: thread.supplierId };
  }
  if (list === 'rounds' && key) {
    const round = itemAt(older, newer, ['qa', 'rounds', key]);
    const where = { screen: 'questions' as const, itemId: key };
    if (entry.path.length === 3) return { text: addedOrRemoved(entry, 'engagement round', round.name), ...where };
    return { text: `engagement round ${quote(round.name)}`, ...where };
  }
  return { text: 'supplier questionnaire', screen: 'questions' };
}

/** Chosen questions and answer threads have no `id` of their own: give them one, so they are matched like the rest. */
function keyedQa(content: TenderContent): unknown {
  const { qa } = content;
  return {
    ...content,
    qa: {
      ...qa,
      questions: qa.questions.map((q) => ({ id: q.questionId, ...q })),
      threads: qa.threads.map((t) => ({ id: `${t.supplierId}/${t.questionId}`, ...t })),
    },
  };
}

function describeEntry(entry: Difference, older: unknown, newer: unknown): EditDescription {
  const [top] = entry.path;
  if (typeof top === 'string' && top in DETAILS_FIELDS) return { text: DETAILS_FIELDS[top]!, screen: 'details', field: top };
  if (top === 'lots' && entry.path.length >= 2) return describeLotChange(entry, older, newer);
  if (top === 'clauses' && entry.path.length >= 2) return describeClauseChange(entry, older, newer);
  if (top === 'qa') return describeQaChange(entry, older, newer);
  return { text: 'tender', screen: 'details' };
}

const idsOf = (list: readonly { id: string }[]) => list.map((item) => item.id).join('\n');
/** The same items in another order (an added or removed item is named as such instead). */
const reordered = (a: readonly { id: string }[], b: readonly { id: string }[]) =>
  idsOf(a) !== idsOf(b) &&
  idsOf([...a].sort((x, y) => x.id.localeCompare(y.id))) === idsOf([...b].sort((x, y) => x.id.localeCompare(y.id)));

/** Moves: the same items in another order, which a comparison by id does not see. */
function describeMoves(older: TenderContent, newer: TenderContent): EditDescription[] {
  const moves: EditDescription[] = [];
  if (reordered(older.lots, newer.lots)) moves.push({ text: 'order of the lots', screen: 'details' });
  for (const lot of newer.lots) {
    const before = older.lots.find((l) => l.id === lot.id);
    if (!before) continue;
    if (reordered(before.criteria, lot.criteria))
      moves.push({ text: `order of the criteria in lot ${quote(lot.title)}`, screen: 'criteria', lotId: lot.id });
    if (reordered(before.requirements, lot.requirements))
      moves.push({ text: `order of the requirements in lot ${quote(lot.title)}`, screen: 'criteria', lotId: lot.id });
  }
  return moves;
}

/**
 * What changed from `older` to `newer` (the version before a step and the one after it), or null
 * when nothing did. Several changes: the first is named, followed by "and N more changes".
 */
export function describeEdit(older: TenderContent, newer: TenderContent): EditDescription | null {
  if (older === newer) return null;
  const left = byId(keyedQa(older));
  const right = byId(keyedQa(newer));
  const found = diff(left as Node, right as Node)
    .flatMap(expand)
    .map((entry) => describeEntry(entry, left, right));
  found.push(...describeMoves(older, newer));
  const distinct = [...new Map(found.map((d) => [d.text, d])).values()];
  const [first] = distinct;
  if (!first) return null;
  const more = distinct.length - 1;
  return more === 0 ? first : { ...first, text: `${first.text} and ${more} more ${more === 1 ? 'change' : 'changes'}` };
}
