/**
 * "Renaming a supplier renames it everywhere": a tender keeps its own copy of each Q&A supplier's and
 * bidder's name, and wherever the tender is read for the page or an export, the copy of anything that
 * points at the register is replaced by the register's name (after merges).
 */
import type { TenderContent } from '../model/tender';
import { registeredName, type SupplierRegister } from '../model/suppliers';

/** True when something in the tender points at the register (else there is nothing to rename). */
export function pointsAtRegister(content: Pick<TenderContent, 'qa' | 'lots'>): boolean {
  return (
    content.qa.suppliers.some((s) => s.registerId !== undefined) ||
    content.lots.some((lot) => lot.evaluation?.bidders.some((b) => b.registerId !== undefined))
  );
}

/** The content with registered names in place of the tender's copies; the same object when nothing changes. */
export function withRegisteredNames<T extends Pick<TenderContent, 'qa' | 'lots'>>(
  content: T,
  register: Pick<SupplierRegister, 'suppliers'>,
): T {
  if (!pointsAtRegister(content)) return content;
  let changed = false;
  const rename = <E extends { name: string; registerId?: string }>(entry: E): E => {
    const name = registeredName(register, entry.registerId, entry.name);
    if (name === entry.name) return entry;
    changed = true;
    return { ...entry, name };
  };
  const suppliers = content.qa.suppliers.map(rename);
  const lots = content.lots.map((lot) => {
    if (!lot.evaluation) return lot;
    const bidders = lot.evaluation.bidders.map(rename);
    return bidders.every((b, i) => b === lot.evaluation!.bidders[i]) ? lot : { ...lot, evaluation: { ...lot.evaluation, bidders } };
  });
  return changed ? { ...content, qa: { ...content.qa, suppliers }, lots } : content;
}
