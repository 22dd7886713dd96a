/**
 * Edits of a lot's criteria tree: add, update, remove, reorder, nest and promote. Each takes the flat
 * list and returns a new one in canonical order (see shared/model/criteria).
 */
import {
  canonicalOrder,
  childrenOf,
  criteriaTree,
  findCriterion,
  flattenTree,
  hasChildren,
  type Criterion,
  type CriterionNode,
} from '../model/criteria';

/** Adds a criterion at the end of its siblings (after the last sub-criterion of its parent, if any). */
export function addCriterion(list: readonly Criterion[], criterion: Criterion): Criterion[] {
  return canonicalOrder([...list, criterion]);
}

/** Replaces the fields of one criterion. Structural fields (id, parentId) are changed with the helpers below. */
export function updateCriterion(list: readonly Criterion[], id: string, patch: Partial<Omit<Criterion, 'id' | 'parentId'>>): Criterion[] {
  return list.map((c) => (c.id === id ? { ...c, ...patch } : c));
}

/** Removes a criterion and, when it is a top-level criterion, its sub-criteria. */
export function removeCriterion(list: readonly Criterion[], id: string): Criterion[] {
  return list.filter((c) => c.id !== id && c.parentId !== id);
}

/** A node of the tree is a "top-level position" (a top-level criterion, or an orphan lifted there). */
function isTreeRoot(list: readonly Criterion[], target: Criterion): boolean {
  return criteriaTree(list).some((n) => n.criterion.id === target.id);
}

function siblingsOf(list: readonly Criterion[], target: Criterion): Criterion[] {
  if (isTreeRoot(list, target) || target.parentId === undefined) return criteriaTree(list).map((n) => n.criterion);
  return childrenOf(list, target.parentId);
}

function withSiblingOrder(list: readonly Criterion[], target: Criterion, ordered: Criterion[]): Criterion[] {
  const tree = criteriaTree(list);
  if (isTreeRoot(list, target)) {
    const nodeById = new Map(tree.map((n) => [n.criterion.id, n]));
    return flattenTree(ordered.map((c) => nodeById.get(c.id)).filter((n): n is CriterionNode => n !== undefined));
  }
  return flattenTree(tree.map((n) => (n.criterion.id === target.parentId ? { criterion: n.criterion, children: ordered } : n)));
}

/**
 * Moves a criterion to position `toIndex` among its siblings (top-level criteria move with their
 * sub-criteria). Out-of-range positions are clamped; an unknown id leaves the list unchanged.
 */
export function moveCriterionTo(list: readonly Criterion[], id: string, toIndex: number): Criterion[] {
  const target = findCriterion(list, id);
  if (!target) return [...list];
  const siblings = siblingsOf(list, target);
  const from = siblings.findIndex((c) => c.id === id);
  const to = Math.max(0, Math.min(siblings.length - 1, Math.trunc(toIndex)));
  const reordered = siblings.filter((c) => c.id !== id);
  reordered.splice(to, 0, target);
  return from === to ? canonicalOrder(list) : withSiblingOrder(list, target, reordered);
}

/** Moves a criterion up (-1) or down (+1) among its siblings: the keyboard reorder. */
export function moveCriterion(list: readonly Criterion[], id: string, offset: number): Criterion[] {
  const target = findCriterion(list, id);
  if (!target) return [...list];
  const index = siblingsOf(list, target).findIndex((c) => c.id === id);
  return moveCriterionTo(list, id, index + offset);
}

export type TreeEditResult = { ok: true; criteria: Criterion[] } | { ok: false; reason: string };

/** Makes a top-level criterion a sub-criterion of another top-level criterion (appended to its children). */
export function nestCriterion(list: readonly Criterion[], id: string, parentId: string): TreeEditResult {
  const target = findCriterion(list, id);
  const parent = findCriterion(list, parentId);
  if (!target || !parent) return { ok: false, reason: 'That criterion is no longer in this lot.' };
  if (id === parentId) return { ok: false, reason: 'A criterion cannot be its own sub-criterion.' };
  if (parent.parentId !== undefined) {
    return { ok: false, reason: `"${parent.name || 'That criterion'}" is itself a sub-criterion; sub-criteria go one level deep only.` };
  }
  if (hasChildren(list, id)) {
    return { ok: false, reason: `"${target.name || 'This criterion'}" has sub-criteria of its own; move or remove them first.` };
  }
  const moved = { ...target, parentId };
  return { ok: true, criteria: canonicalOrder([...list.filter((c) => c.id !== id), moved]) };
}

/** Turns a sub-criterion into a top-level criterion placed right after its former parent. */
export function promoteCriterion(list: readonly Criterion[], id: string): TreeEditResult {
  const target = findCriterion(list, id);
  if (!target) return { ok: false, reason: 'That criterion is no longer in this lot.' };
  if (target.parentId === undefined) return { ok: true, criteria: canonicalOrder(list) };
  const { parentId, ...rest } = target;
  const promoted: Criterion = rest;
  const tree = criteriaTree(list.filter((c) => c.id !== id));
  const at = tree.findIndex((n) => n.criterion.id === parentId);
  tree.splice(at + 1, 0, { criterion: promoted, children: [] });
  return { ok: true, criteria: flattenTree(tree) };
}
