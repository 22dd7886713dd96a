/** The supplier register against real files: temp workspaces through createHandlers and the contract. */
import { describe, expect, it } from 'vitest';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import type { ApiErrorBody } from '@shared/api/errors';
import { newRegisteredSupplier, type RegisteredSupplier } from '@shared/model/suppliers';
import type { QaSupplier } from '@shared/model/questions';
import { contentOf } from '@shared/model/tender';
import { handlersPerTest, newTender } from '../handlers-harness';
import { tempDirsPerTest } from '../temp-dir';

const tempDir = tempDirsPerTest('tw-sup-');
const open = handlersPerTest();

/** Calls a method through the contract (input parsing included); rejects with the error body. */
function caller(handlers: Handlers) {
  return async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw result.error;
    return result.data as Output<M>;
  };
}

async function refusal(promise: Promise<unknown>): Promise<ApiErrorBody> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: ApiErrorBody) => error,
  );
}

const supplier = (name: string, change: Partial<RegisteredSupplier> = {}): RegisteredSupplier => ({
  ...newRegisteredSupplier(name),
  ...change,
});

describe('supplier register', () => {
  it('adds suppliers to suppliers.json and renames one, keeping the old name to search by', async () => {
    const root = await tempDir();
    const call = caller(await open(root));
    expect(await call('suppliers.get', {})).toEqual({ suppliers: [], revision: 0 });
    const acme = supplier('Acme Textiles', { country: 'PT', identifiers: [{ scheme: 'vat', value: 'PT500100200' }] });
    let view = await call('suppliers.save', { supplier: acme });
    view = await call('suppliers.save', { supplier: supplier('Borealis Garments'), baseRevision: view.revision });
    view = await call('suppliers.save', { supplier: { ...acme, name: 'Acme Textiles Portugal' }, baseRevision: view.revision });
    const renamed = view.suppliers.find((s) => s.id === acme.id)!;
    expect(renamed).toMatchObject({ name: 'Acme Textiles Portugal', formerNames: ['Acme Textiles'], country: 'PT' });
    expect(renamed.savedBy).toBeDefined();
    const onDisk = JSON.parse(await readFile(join(root, 'suppliers.json'), 'utf8'));
    expect(onDisk.suppliers.map((s: RegisteredSupplier) => s.name)).toEqual(['Acme Textiles Portugal', 'Borealis Garments']);
  });

  it('refuses a country that is not an ISO 3166 code, and writes nothing', async () => {
    const root = await tempDir();
    const call = caller(await open(root));
    const error = await refusal(call('suppliers.save', { supplier: supplier('Nowhere Ltd', { country: 'XX' }) }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/"XX" is not a country code.*two-letter ISO 3166 code/);
    const lowercase = await refusal(call('suppliers.save', { supplier: supplier('Nowhere Ltd', { country: 'gb' }) }));
    expect(lowercase.code).toBe('invalid_input');
    expect((await call('suppliers.get', {})).suppliers).toEqual([]);
    expect(await readdir(root)).not.toContain('suppliers.json');
  });

  it('refuses a stale edit of an entry a colleague changed, naming them, while edits of different entries both land', async () => {
    const root = await tempDir();
    const mine = caller(await open(root));
    const theirs = caller(await open(root));
    const a = supplier('Acme');
    const b = supplier('Borealis');
    await mine('suppliers.save', { supplier: a });
    const base = (await mine('suppliers.save', { supplier: b })).revision;
    // Two instances (as two colleagues' apps), both from the same base, saving different entries at once.
    await Promise.all([
      mine('suppliers.save', { supplier: { ...a, country: 'GB' }, baseRevision: base }),
      theirs('suppliers.save', { supplier: { ...b, country: 'FR' }, baseRevision: base }),
    ]);
    const both = await mine('suppliers.get', {});
    expect(both.suppliers.map((s) => [s.name, s.country])).toEqual([
      ['Acme', 'GB'],
      ['Borealis', 'FR'],
    ]);
    // Mine is still based on `base`: Borealis changed since, so my edit of it is refused.
    const error = await refusal(mine('suppliers.save', { supplier: { ...b, name: 'Borealis SA' }, baseRevision: base }));
    expect(error.code).toBe('conflict');
    expect(error.conflict).toMatchObject({ document: 'suppliers', id: b.id, title: 'Borealis' });
    expect(error.message).toMatch(/The supplier “Borealis” was changed by .* after the version your edits are based on/);
    expect((await mine('suppliers.get', {})).suppliers.find((s) => s.id === b.id)!.name).toBe('Borealis');
  });

  it('merges a duplicate: both histories stay, references to it show the kept entry, and bad merges are refused', async () => {
    const root = await tempDir();
    const call = caller(await open(root));
    const keep = supplier('Acme Textiles', { identifiers: [{ scheme: 'vat', value: 'PT1' }], contacts: [{ name: 'Ana' }] });
    const dup = supplier('ACME Textil Lda', { identifiers: [{ scheme: 'company-number', value: '5001' }], contacts: [{ name: 'Rui' }] });
    await call('suppliers.save', { supplier: keep });
    await call('suppliers.save', { supplier: dup });

    // One tender engages the kept entry as a contracted supplier, another has the duplicate bidding.
    const qaTender = await call('tenders.create', newTender('Uniforms'));
    const qaSupplier: QaSupplier = { id: 'qs-1', name: 'Acme Textiles', role: 'contracted', registerId: keep.id, awardedOn: '2026-10-01' };
    await call('tenders.save', { id: qaTender.id, content: { ...contentOf(qaTender), qa: { ...qaTender.qa, suppliers: [qaSupplier] } } });
    const bidTender = await call('tenders.create', newTender('Workwear'));
    const lot = bidTender.lots[0]!;
    const bidder = { id: 'b-1', name: 'ACME Textil Lda', reference: 'BID-1', registerId: dup.id };
    const withBid = { ...lot, evaluation: { ...lot.evaluation!, bidders: [bidder] } };
    await call('tenders.save', { id: bidTender.id, content: { ...contentOf(bidTender), lots: [withBid] } });
    const bidBefore = await readFile(join(root, 'tenders', `${bidTender.id}.json`), 'utf8');

    expect((await call('suppliers.participation', { supplierId: keep.id })).map((p) => p.title)).toEqual(['Uniforms']);
    const view = await call('suppliers.merge', { keepId: keep.id, mergeId: dup.id });
    const kept = view.suppliers.find((s) => s.id === keep.id)!;
    expect(kept.identifiers.map((i) => i.value)).toEqual(['PT1', '5001']);
    expect(kept.contacts.map((c) => c.name)).toEqual(['Ana', 'Rui']);
    expect(kept.formerNames).toEqual(['ACME Textil Lda']);
    expect(view.suppliers.find((s) => s.id === dup.id)).toMatchObject({ name: 'ACME Textil Lda', mergedInto: keep.id });

    // Nothing in the tenders was rewritten, yet they read with the kept entry's name.
    expect(await readFile(join(root, 'tenders', `${bidTender.id}.json`), 'utf8')).toBe(bidBefore);
    expect((await call('tenders.get', { id: bidTender.id })).lots[0]!.evaluation!.bidders[0]!.name).toBe('Acme Textiles');
    const participation = await call('suppliers.participation', { supplierId: keep.id });
    expect(participation.map((p) => [p.title, p.qaSuppliers.map((s) => s.role), p.bids.map((b) => b.bidderId)]).sort()).toEqual([
      ['Uniforms', ['contracted'], []],
      ['Workwear', [], ['b-1']],
    ]);
    expect(await call('suppliers.tenderCounts', {})).toMatchObject({ [keep.id]: 2, [dup.id]: 1 });

    expect((await refusal(call('suppliers.merge', { keepId: keep.id, mergeId: keep.id }))).message).toMatch(/cannot be merged into itself/);
    const other = supplier('Cobalt');
    await call('suppliers.save', { supplier: other });
    expect((await refusal(call('suppliers.merge', { keepId: dup.id, mergeId: other.id }))).message).toMatch(/was itself merged/);
    expect((await refusal(call('suppliers.merge', { keepId: other.id, mergeId: dup.id }))).message).toMatch(/already merged/);
    const missing = await refusal(call('suppliers.merge', { keepId: other.id, mergeId: 'sup-missing' }));
    expect([missing.code, missing.message]).toEqual(['not_found', expect.stringMatching(/not in the register/)]);
    // A save of the merged entry keeps it merged: merging is the register's business, not an edit's.
    const afterSave = await call('suppliers.save', { supplier: { ...dup, mergedInto: undefined, name: 'Acme Textil' } });
    expect(afterSave.suppliers.find((s) => s.id === dup.id)!.mergedInto).toBe(keep.id);
  });

  it('sets a corrupt suppliers.json aside and starts an empty register, numbering on from there', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'suppliers.json'), '{"schemaVersion":1,"suppliers":[{"id":"s1"', 'utf8');
    const handlers = await open(root);
    const call = caller(handlers);
    expect((await call('suppliers.get', {})).suppliers).toEqual([]);
    const status = await call('workspace.status', {});
    expect(status.quarantined.map((q) => q.file)).toEqual([expect.stringMatching(/^suppliers\.json\.corrupt-/)]);
    expect((await readdir(root)).filter((f) => f.startsWith('suppliers.json.corrupt-'))).toHaveLength(1);
    const view = await call('suppliers.save', { supplier: supplier('Acme') });
    expect(view.suppliers.map((s) => s.name)).toEqual(['Acme']);
  });
});
