/**
 * The register's edits as pure steps over the register on disk: adding or replacing an entry (a
 * rename keeps the old name), merging a duplicate into the entry kept, and the per-entry check that
 * lets two colleagues edit different entries at once while a stale edit of one entry is refused.
 */
import countries from 'i18n-iso-countries';
import { ApiError } from '@shared/api/errors';
import { SUPPLIER_LIMITS, type RegisteredSupplier, type SupplierRegister } from '@shared/model/suppliers';
import type { RegisterStamp } from '../workspace/engagement-documents';
import { conflictError } from '../workspace/revisions';
import { t } from '@shared/i18n';

export function checkCountry(code: string | undefined): void {
  if (code === undefined || countries.isValid(code)) return;
  throw new ApiError('invalid_input', t('messages:errors.suppliers.countryCode', { code }));
}

/** Refuses an edit of an entry that changed on disk since `baseRevision`, naming who changed it. */
export const checkEntriesBase = (baseRevision: number | undefined, ids: readonly string[]) => (current: SupplierRegister) => {
  if (baseRevision === undefined) return;
  for (const id of ids) {
    if ((current.itemRevisions?.[id] ?? 0) <= baseRevision) continue;
    const entry = current.suppliers.find((s) => s.id === id);
    throw conflictError(
      {
        document: 'suppliers',
        id,
        title: entry?.name,
        revision: current.revision ?? 0,
        baseRevision,
        savedAt: entry?.updatedAt ?? current.updatedAt,
        savedBy: entry?.savedBy ?? current.savedBy,
      },
      t('messages:errors.conflict.theSupplier', { name: entry?.name ?? id }),
    );
  }
};

type Stamp = RegisterStamp;

function stamped(register: SupplierRegister, changed: RegisteredSupplier[], stamp: Stamp): SupplierRegister {
  const byId = new Map(changed.map((s) => [s.id, { ...s, updatedAt: stamp.at, savedBy: stamp.by }]));
  const itemRevisions = { ...(register.itemRevisions ?? {}) };
  for (const id of byId.keys()) itemRevisions[id] = stamp.revision;
  const kept = register.suppliers.map((s) => byId.get(s.id) ?? s);
  const added = [...byId.values()].filter((s) => !register.suppliers.some((existing) => existing.id === s.id));
  return { ...register, suppliers: [...kept, ...added], itemRevisions };
}

/** Names kept for search, without repeats and without the current name, newest last, within the cap. */
function formerNamesOf(names: readonly string[], current: string): string[] | undefined {
  const seen = new Set<string>();
  const list = names.filter((n) => n.trim() !== '' && n !== current && !seen.has(n) && seen.add(n));
  return list.length ? list.slice(-SUPPLIER_LIMITS.formerNames) : undefined;
}

/** Adds `supplier` or replaces the entry with its id; the entry's previous name joins its former names. */
export function saveEntry(register: SupplierRegister, supplier: RegisteredSupplier, stamp: Stamp): SupplierRegister {
  checkCountry(supplier.country);
  const previous = register.suppliers.find((s) => s.id === supplier.id);
  if (!previous && register.suppliers.length >= SUPPLIER_LIMITS.suppliers)
    throw new ApiError('invalid_input', t('messages:errors.suppliers.tooMany', { max: SUPPLIER_LIMITS.suppliers }));
  // Whether it is merged is the register's business (suppliers.merge), never an edit's.
  const { mergedInto: _ignored, ...edited } = supplier;
  const name = edited.name.trim();
  const former = formerNamesOf(
    [...(previous?.formerNames ?? []), ...(edited.formerNames ?? []), ...(previous ? [previous.name] : [])],
    name,
  );
  const next: RegisteredSupplier = {
    ...edited,
    name,
    ...(previous?.mergedInto ? { mergedInto: previous.mergedInto } : {}),
    createdAt: previous?.createdAt ?? edited.createdAt ?? stamp.at,
  };
  delete next.formerNames;
  if (former) next.formerNames = former;
  return stamped(register, [next], stamp);
}

function unionBy<T>(a: readonly T[], b: readonly T[], key: (item: T) => string, max: number): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((item) => !seen.has(key(item)) && seen.add(key(item)))].slice(0, max);
}

/** `mergeId` now points at `keepId`, which gains its identifiers, contacts and names. Tenders are untouched. */
export function mergeEntries(register: SupplierRegister, keepId: string, mergeId: string, stamp: Stamp): SupplierRegister {
  if (keepId === mergeId) throw new ApiError('invalid_input', t('messages:errors.suppliers.mergeSelf'));
  const keep = register.suppliers.find((s) => s.id === keepId);
  const merge = register.suppliers.find((s) => s.id === mergeId);
  if (!keep) throw new ApiError('not_found', t('messages:errors.suppliers.keepGone', { id: keepId }));
  if (!merge) throw new ApiError('not_found', t('messages:errors.suppliers.mergeGone', { id: mergeId }));
  if (keep.mergedInto) throw new ApiError('invalid_input', t('messages:errors.suppliers.keepMerged', { name: keep.name }));
  if (merge.mergedInto) throw new ApiError('invalid_input', t('messages:errors.suppliers.alreadyMerged', { name: merge.name }));
  const kept: RegisteredSupplier = {
    ...keep,
    identifiers: unionBy(
      keep.identifiers,
      merge.identifiers,
      (i) => `${i.scheme}:${i.value.trim().toLowerCase()}`,
      SUPPLIER_LIMITS.identifiers,
    ),
    contacts: unionBy(keep.contacts, merge.contacts, (c) => `${c.name.trim().toLowerCase()}|${c.email ?? ''}`, SUPPLIER_LIMITS.contacts),
    country: keep.country ?? merge.country,
  };
  const former = formerNamesOf([...(keep.formerNames ?? []), ...(merge.formerNames ?? []), merge.name], keep.name);
  if (former) kept.formerNames = former;
  return stamped(register, [kept, { ...merge, mergedInto: keepId }], stamp);
}
