/** The workspace's supplier register (suppliers.json): read, add or edit an entry, merge duplicates, where each takes part. */
import type { Handlers } from '@shared/api/contract';
import type { SupplierParticipation, SupplierRegisterView } from '@shared/api/methods/suppliers';
import { resolveSupplier, type SupplierRegister } from '@shared/model/suppliers';
import type { Tender } from '@shared/model/tender';
import type { WorkspaceStore } from '../workspace/store';
import { checkCountry, checkEntriesBase, mergeEntries, saveEntry } from './register';

type Group = Pick<Handlers, 'suppliers.get' | 'suppliers.save' | 'suppliers.merge' | 'suppliers.participation' | 'suppliers.tenderCounts'>;

const viewOf = (register: SupplierRegister): SupplierRegisterView => ({ suppliers: register.suppliers, revision: register.revision ?? 0 });

/** The tender's part for the entry `supplierId`: references to it or to an entry merged into it. */
export function participationIn(tender: Tender, register: SupplierRegister, supplierId: string): SupplierParticipation | undefined {
  const isThisEntry = (registerId: string | undefined) =>
    registerId !== undefined && (registerId === supplierId || resolveSupplier(register, registerId)?.id === supplierId);
  const qaSuppliers = tender.qa.suppliers.filter((s) => isThisEntry(s.registerId)).map((s) => ({ id: s.id, role: s.role }));
  const bids = tender.lots.flatMap((lot) =>
    (lot.evaluation?.bidders ?? [])
      .filter((b) => isThisEntry(b.registerId))
      .map((b) => ({ lotId: lot.id, lotTitle: lot.title, bidderId: b.id })),
  );
  if (!qaSuppliers.length && !bids.length) return undefined;
  return { tenderId: tender.id, title: tender.title, reference: tender.reference, qaSuppliers, bids };
}

/** Every entry the tender points at, and the entries those resolve to after merges. */
function entriesIn(tender: Tender, register: SupplierRegister): Set<string> {
  const ids = new Set<string>();
  const add = (registerId: string | undefined) => {
    if (registerId === undefined) return;
    ids.add(registerId);
    const resolved = resolveSupplier(register, registerId);
    if (resolved) ids.add(resolved.id);
  };
  tender.qa.suppliers.forEach((s) => add(s.registerId));
  tender.lots.forEach((lot) => lot.evaluation?.bidders.forEach((b) => add(b.registerId)));
  return ids;
}

export function createSupplierHandlers(store: WorkspaceStore): Group {
  const register = () => store.engagement.supplierRegister();
  const everyTender = async () => {
    const tenders: Tender[] = [];
    for (const summary of await store.listTenders()) {
      // A tender deleted or set aside since the list was read is simply not part of the answer.
      const tender = await store.getTender(summary.id).catch(() => undefined);
      if (tender) tenders.push(tender);
    }
    return tenders;
  };
  return {
    'suppliers.get': async () => viewOf(await register()),
    'suppliers.save': async ({ supplier, baseRevision }) => {
      checkCountry(supplier.country);
      return viewOf(
        await store.engagement.updateSupplierRegister(
          (current, stamp) => saveEntry(current, supplier, stamp),
          checkEntriesBase(baseRevision, [supplier.id]),
        ),
      );
    },
    'suppliers.merge': async ({ keepId, mergeId, baseRevision }) =>
      viewOf(
        await store.engagement.updateSupplierRegister(
          (current, stamp) => mergeEntries(current, keepId, mergeId, stamp),
          checkEntriesBase(baseRevision, [keepId, mergeId]),
        ),
      ),
    'suppliers.participation': async ({ supplierId }) => {
      const current = await register();
      const rows: SupplierParticipation[] = [];
      for (const tender of await everyTender()) {
        const row = participationIn(tender, current, supplierId);
        if (row) rows.push(row);
      }
      return rows;
    },
    'suppliers.tenderCounts': async () => {
      const current = await register();
      const counts: Record<string, number> = {};
      for (const tender of await everyTender()) for (const id of entriesIn(tender, current)) counts[id] = (counts[id] ?? 0) + 1;
      return counts;
    },
  };
}
