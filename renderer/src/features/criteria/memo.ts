import { useMemo } from 'react';
import type { CriteriaSettings } from '@shared/model/criteria';
import { checkLot } from '@shared/rules/criteriaChecks';
import type { Finding } from '@shared/rules/findings';
import type { Lot } from '@shared/model/tender';

/**
 * Keeping a keystroke cheap in a lot of 60 criteria (under 16 ms, one frame): an edit makes a new lot
 * object, so without these every card, requirement and checks run again for one changed weight.
 */

const lotChecks = new WeakMap<Lot, { settings: CriteriaSettings; findings: Finding[] }>();

/** checkLot, remembered per lot object: the tabs and the editor share one run, and unchanged lots are not checked again. */
export function lotFindings(lot: Lot, settings: CriteriaSettings): Finding[] {
  const cached = lotChecks.get(lot);
  if (cached && cached.settings === settings) return cached.findings;
  const findings = checkLot(lot, settings);
  lotChecks.set(lot, { settings, findings });
  return findings;
}

/** The findings grouped by the criterion or requirement they concern. */
export function findingsByOwner(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const owner = f.criterionId ?? f.requirementId;
    if (owner === undefined) continue;
    const group = groups.get(owner);
    if (group) group.push(f);
    else groups.set(owner, [f]);
  }
  return groups;
}

export const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

const groupedChecks = new WeakMap<Lot, { settings: CriteriaSettings; groups: ReadonlyMap<string, readonly Finding[]> }>();
/** Per lot id, the groups last handed out, so an owner whose findings say the same keeps the same array. */
const lastGroups = new Map<string, ReadonlyMap<string, readonly Finding[]>>();

/**
 * The lot's findings by criterion or requirement, remembered per lot object. An owner's array is the
 * very one handed out before while its findings say the same, so a card selecting its own findings
 * from the store re-renders only when they change.
 */
export function lotFindingsByOwner(lot: Lot, settings: CriteriaSettings): ReadonlyMap<string, readonly Finding[]> {
  const cached = groupedChecks.get(lot);
  if (cached && cached.settings === settings) return cached.groups;
  const previous = lastGroups.get(lot.id);
  const groups = new Map<string, readonly Finding[]>();
  for (const [owner, list] of findingsByOwner(lotFindings(lot, settings))) {
    const before = previous?.get(owner);
    groups.set(owner, before && sameFindings(before, list) ? before : list);
  }
  groupedChecks.set(lot, { settings, groups });
  lastGroups.set(lot.id, groups);
  return groups;
}

type Same = (a: never, b: never) => boolean;

/** Findings are made afresh by every check; these say the same thing when what is shown of them is equal. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.id === y.id && x.severity === y.severity && x.field === y.field && x.message === y.message && x.fix === y.fix;
  });
}

/** For React.memo: props compared with Object.is, except those given a comparison of their own. */
export function propsEqual<P extends object>(special: { [K in keyof P]?: (a: P[K], b: P[K]) => boolean }): (
  previous: P,
  next: P,
) => boolean {
  return (previous, next) => {
    const keys = new Set([...Object.keys(previous), ...Object.keys(next)] as (keyof P)[]);
    for (const key of keys) {
      const same = (special[key] ?? Object.is) as Same;
      if (!same(previous[key] as never, next[key] as never)) return false;
    }
    return true;
  };
}

/** The same array while the ids are the same, so dnd-kit's sortable context (and every item using it) does not change. */
export function useStableIds(ids: readonly string[]): string[] {
  // Ids are generated (letters, digits, dashes); a control character cannot occur in them.
  const key = ids.join('\u0001');
  return useMemo(() => (key === '' ? [] : key.split('\u0001')), [key]);
}
