/** Recently deleted against real files: a temp workspace through createHandlers and the contract. */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import type { ApiErrorBody } from '@shared/api/errors';
import { evaluationOf, type LotEvaluation } from '@shared/model/evaluation';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers, workspaceStoreOf } from '../../../../../electron/services/handlers';
import { MonotonicClock } from '../../../../../electron/services/workspace/layout';
import { deselectQuestion, recordAnswer } from '@shared/rules/qaAnswers';
import { filesUnder, tempDirsPerTest } from '../temp-dir';
import { loadBuiltinQuestions, must, qaWith } from '../../../shared/questions/helpers';

const tempDir = tempDirsPerTest('tw-deleted-');
const opened: Handlers[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => closeHandlers(h)));
});

const DAY = 24 * 60 * 60 * 1000;

/** A clock the test moves by hand. */
class HandClock extends MonotonicClock {
  constructor(public at = Date.parse('2026-12-01T09:00:00.000Z')) {
    super();
  }
  override now(): Date {
    this.at += 1;
    return new Date(this.at);
  }
}

async function open(root: string, clock?: MonotonicClock) {
  const handlers = await createHandlers(root, undefined, { clock });
  opened.push(handlers);
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { body: result.error });
    return result.data as Output<M>;
  };
  const refusal = async <M extends Method>(method: M, input: Input<M>): Promise<ApiErrorBody> => {
    const result = await dispatch(handlers, method, input);
    if (result.ok) throw new Error(`${method} was expected to be refused`);
    return result.error;
  };
  return { handlers, call, refusal, store: workspaceStoreOf(handlers)! };
}

const SHA = 'a'.repeat(64);

/** The records an import and a moderation leave, written through the store like the evaluation service does. */
function withRecords(evaluation: LotEvaluation, bidderId: string): LotEvaluation {
  const at = '2026-12-01T08:00:00.000Z';
  return {
    ...evaluation,
    imports: [
      {
        id: 'imp-1',
        evaluatorId: 'ev-1',
        fileName: 'ao.xlsx',
        importedAt: at,
        importedBy: 'Lena',
        workbookSha256: SHA,
        tenderRevision: 2,
        setupChecksum: SHA,
        scores: [],
        verdicts: [],
      },
    ],
    moderations: [
      { id: 'mod-1', kind: 'score', bidderId, criterionId: 'crit-1', score: 3, rationale: 'Agreed at the panel', by: 'Lena', at },
    ],
    audit: [{ id: 'aud-1', at, by: 'Lena', action: 'import', summary: 'Imported ao.xlsx' }],
  };
}

/** A tender with two lots, the first ("Laptops") with a bidder and evaluation records. */
async function tenderWithRecords(ws: Awaited<ReturnType<typeof open>>): Promise<Tender> {
  const created = await ws.call('tenders.create', {
    title: 'Laptops for schools',
    reference: 'IT-1',
    buyer: 'City of Example',
    lots: ['Laptops', 'Repair'],
  });
  const lot = created.lots[0]!;
  const bidder = { id: 'bid-1', name: 'Acme', reference: 'R1', priceCents: 100_00 };
  const setUp = await ws.call('tenders.save', {
    id: created.id,
    baseRevision: created.revision,
    content: { ...contentOf(created), lots: [{ ...lot, evaluation: { ...evaluationOf(lot), bidders: [bidder] } }, created.lots[1]!] },
  });
  return ws.store
    .updateRecords(created.id, (stored) => ({
      ...contentOf(stored),
      lots: stored.lots.map((l) => (l.id === lot.id ? { ...l, evaluation: withRecords(evaluationOf(l), bidder.id) } : l)),
    }))
    .then(() => ws.call('tenders.get', { id: setUp.id }));
}

const withoutFirstLot = (tender: Tender) => ({
  id: tender.id,
  baseRevision: tender.revision,
  content: { ...contentOf(tender), lots: tender.lots.slice(1) },
});

describe('Recently deleted: tenders', () => {
  it('lists a deleted tender with when, who and what, and restores it into the list', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const tender = await ws.call('tenders.create', { title: 'Cleaning', reference: 'C-1', buyer: 'City', lots: ['North', 'South'] });
    await ws.call('tenders.delete', { id: tender.id });

    const [entry, ...others] = await ws.call('deleted.list', {});
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      id: `tender-${tender.id}`,
      kind: 'tender',
      title: 'Cleaning',
      tenderId: tender.id,
      detail: '2 lots',
      deletedBy: ws.store.me,
    });
    expect(Date.parse(entry!.expiresAt) - Date.parse(entry!.deletedAt)).toBe(30 * DAY);
    expect(await ws.call('tenders.list', {})).toEqual([]);

    expect(await ws.call('deleted.restore', { id: entry!.id })).toEqual({ tenderId: tender.id });
    expect((await ws.call('tenders.list', {})).map((t) => t.id)).toEqual([tender.id]);
    expect(await ws.call('deleted.list', {})).toEqual([]);
    expect(await filesUnder(join(root, 'backups', 'deleted'))).toEqual([]);

    const twice = await ws.refusal('deleted.restore', { id: entry!.id });
    expect(twice.code).toBe('not_found');
    expect(twice.message).toContain('no longer in Recently deleted');
  });

  it('still lists and restores a tender deleted by an earlier version (no note of when or who)', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const tender = await ws.call('tenders.create', { title: 'Old delete', reference: '', buyer: '', lots: ['Lot 1'] });
    await closeHandlers(ws.handlers);
    // What the earlier version did: move the file, nothing else.
    await mkdir(join(root, 'backups', 'deleted'), { recursive: true });
    await rename(join(root, 'tenders', `${tender.id}.json`), join(root, 'backups', 'deleted', `${tender.id}.json`));

    const again = await open(root);
    const [entry] = await again.call('deleted.list', {});
    expect(entry).toMatchObject({ kind: 'tender', title: 'Old delete', tenderId: tender.id });
    expect(entry!.deletedBy).toBeUndefined();
    await again.call('deleted.restore', { id: entry!.id });
    expect((await again.call('tenders.get', { id: tender.id })).title).toBe('Old delete');
  });

  it('deletes permanently on purge, and says so when asked again', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const tender = await ws.call('tenders.create', { title: 'Gone', reference: '', buyer: '', lots: ['Lot 1'] });
    await ws.call('tenders.delete', { id: tender.id });
    expect(await ws.call('deleted.purge', { id: `tender-${tender.id}` })).toEqual({});
    expect(await ws.call('deleted.list', {})).toEqual([]);
    expect(await filesUnder(join(root, 'backups', 'deleted'))).toEqual([]);
    expect((await ws.refusal('deleted.purge', { id: `tender-${tender.id}` })).code).toBe('not_found');
    expect((await ws.refusal('tenders.undoDelete', { id: tender.id })).code).toBe('not_found');
  });
});

describe('Recently deleted: items a save takes out of a tender', () => {
  it('keeps a removed lot with its evaluation records and puts it back in its place with them', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const tender = await tenderWithRecords(ws);
    const removedLot = tender.lots[0]!;
    await ws.call('tenders.save', withoutFirstLot(tender));

    const [entry, ...others] = await ws.call('deleted.list', {});
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      kind: 'lot',
      title: 'Lot “Laptops”',
      tenderId: tender.id,
      tenderTitle: 'Laptops for schools',
      detail: '1 imported workbook, 1 moderation and its audit trail',
      deletedBy: ws.store.me,
    });
    const kept = JSON.parse(await readFile(join(root, 'backups', 'deleted', 'items', tender.id, `${entry!.id}.json`), 'utf8'));
    expect(kept.item.lot).toEqual(removedLot);

    expect(await ws.call('deleted.restore', { id: entry!.id })).toEqual({ tenderId: tender.id });
    const restored = await ws.call('tenders.get', { id: tender.id });
    expect(restored.lots.map((l) => l.title)).toEqual(['Laptops', 'Repair']);
    expect(restored.lots[0]).toEqual(removedLot);
    expect(restored.contentRevision).toBe(restored.revision);
    expect(await ws.call('deleted.list', {})).toEqual([]);
    expect((await ws.refusal('deleted.restore', { id: entry!.id })).code).toBe('not_found');
  });

  it('restoring into a tender a colleague has changed since keeps their change and the restored lot', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const tender = await tenderWithRecords(ws);
    const saved = await ws.call('tenders.save', withoutFirstLot(tender));
    const colleague = await open(root);
    await colleague.call('tenders.save', {
      id: tender.id,
      baseRevision: saved.revision,
      content: { ...contentOf(saved), title: 'Laptops and tablets' },
    });

    const [entry] = await ws.call('deleted.list', {});
    await ws.call('deleted.restore', { id: entry!.id });
    const both = await colleague.call('tenders.get', { id: tender.id });
    expect(both.title).toBe('Laptops and tablets');
    expect(both.lots.map((l) => l.title)).toEqual(['Laptops', 'Repair']);
    expect(evaluationOf(both.lots[0]!).imports).toHaveLength(1);
  });

  it('keeps a removed bidder with a price, but lets an empty lot go without an entry', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const tender = await tenderWithRecords(ws);
    const [laptops, repair] = tender.lots;
    await ws.call('tenders.save', {
      id: tender.id,
      baseRevision: tender.revision,
      content: { ...contentOf(tender), lots: [{ ...laptops!, evaluation: { ...evaluationOf(laptops!), bidders: [] } }] },
    });
    const entries = await ws.call('deleted.list', {});
    expect(entries.map((e) => [e.kind, e.title, e.detail])).toEqual([
      ['bidder', 'Bidder “Acme” of lot “Laptops”', 'a bid price and 1 moderation'],
    ]);
    expect(repair).toBeDefined();

    await ws.call('deleted.restore', { id: entries[0]!.id });
    const back = await ws.call('tenders.get', { id: tender.id });
    expect(evaluationOf(back.lots[0]!).bidders.map((b) => [b.name, b.priceCents])).toEqual([['Acme', 100_00]]);
  });

  it('removes entries for good after 30 days, by the store clock', async () => {
    const root = await tempDir();
    const clock = new HandClock();
    const ws = await open(root, clock);
    const tender = await tenderWithRecords(ws);
    await ws.call('tenders.save', withoutFirstLot(tender));
    const other = await ws.call('tenders.create', { title: 'Other', reference: '', buyer: '', lots: ['Lot 1'] });
    await ws.call('tenders.delete', { id: other.id });

    clock.at += 30 * DAY - 60_000;
    expect((await ws.call('deleted.list', {})).map((e) => e.kind).sort()).toEqual(['lot', 'tender']);
    clock.at += 60_000;
    expect(await ws.call('deleted.list', {})).toEqual([]);
    expect(await filesUnder(join(root, 'backups', 'deleted'))).toEqual([]);
  });

  it('refuses bad ids and impossible restores with a message, changing nothing', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const tender = await tenderWithRecords(ws);
    await ws.call('tenders.save', withoutFirstLot(tender));
    const [entry] = await ws.call('deleted.list', {});
    const before = await filesUnder(root);

    const traversal = await ws.refusal('deleted.restore', { id: '../tenders/x' });
    expect(traversal.code).toBe('invalid_input');
    expect(traversal.message).toContain('not an entry of Recently deleted');
    expect((await ws.refusal('deleted.restore', { id: 'del-nothing' })).code).toBe('not_found');
    expect((await ws.refusal('deleted.purge', { id: 'tender-nothing' })).code).toBe('not_found');
    expect((await ws.refusal('deleted.restore', {} as Input<'deleted.restore'>)).code).toBe('invalid_input');

    // The tender it belongs to is itself deleted.
    await ws.call('tenders.delete', { id: tender.id });
    const inDeleted = await ws.refusal('deleted.restore', { id: entry!.id });
    expect(inDeleted.message).toBe('The tender “Laptops for schools” is itself in Recently deleted: restore the tender first, then this.');
    await ws.call('tenders.undoDelete', { id: tender.id });

    expect((await filesUnder(root)).filter((f) => f.startsWith('backups/deleted/items/'))).toEqual(
      before.filter((f) => f.startsWith('backups/deleted/items/')),
    );
    expect(await ws.call('deleted.list', {})).toEqual([entry]);
  });

  it('a lot brought back by undo in the editor leaves Recently deleted and gets back the records it had on disk', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const tender = await tenderWithRecords(ws);
    const removedLot = tender.lots[0]!;
    const saved = await ws.call('tenders.save', withoutFirstLot(tender));
    expect(await ws.call('deleted.list', {})).toHaveLength(1);

    // The editor's copy of the lot predates the import: its records are empty.
    const staleCopy = { ...removedLot, evaluation: { ...evaluationOf(removedLot), imports: [], moderations: [], audit: [] } };
    await ws.call('tenders.save', {
      id: tender.id,
      baseRevision: saved.revision,
      content: { ...contentOf(saved), lots: [staleCopy, ...saved.lots] },
    });
    const back = await ws.call('tenders.get', { id: tender.id });
    expect(back.lots[0]).toEqual(removedLot);
    expect(await ws.call('deleted.list', {})).toEqual([]);
  });

  it('keeps a question with supplier answers, and brings it back with them even after the supplier went too', async () => {
    const root = await tempDir();
    const ws = await open(root);
    const bank = loadBuiltinQuestions();
    const [first, second] = bank;
    let qa = qaWith(bank, [first!.id, second!.id]);
    qa = must(recordAnswer(qa, 's-a', second!.id, { date: '2026-11-20', text: 'We audit tier 2 yearly', level: 2 }));
    const created = await ws.call('tenders.create', { title: 'Uniforms', reference: '', buyer: '', lots: ['Lot 1'] });
    const withQa = await ws.call('tenders.save', {
      id: created.id,
      baseRevision: created.revision,
      content: { ...contentOf(created), qa },
    });

    // The question goes (with its answers), then the supplier who answered it.
    const without = must(deselectQuestion(withQa.qa, second!.id, { discardAnswers: true }));
    const saved = await ws.call('tenders.save', {
      id: created.id,
      baseRevision: withQa.revision,
      content: { ...contentOf(withQa), qa: without },
    });
    const noSupplier = { ...saved.qa, suppliers: saved.qa.suppliers.filter((s) => s.id !== 's-a') };
    await ws.call('tenders.save', { id: created.id, baseRevision: saved.revision, content: { ...contentOf(saved), qa: noSupplier } });

    const [entry, ...others] = await ws.call('deleted.list', {});
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ kind: 'question', tenderTitle: 'Uniforms', detail: '1 answer from 1 supplier' });
    await ws.call('deleted.restore', { id: entry!.id });
    const back = await ws.call('tenders.get', { id: created.id });
    expect([...back.qa.questions].sort((a, b) => a.order - b.order).map((q) => q.questionId)).toEqual([first!.id, second!.id]);
    expect(back.qa.threads.map((t) => [t.supplierId, t.questionId, t.entries.map((e) => e.text)])).toEqual([
      ['s-a', second!.id, ['We audit tier 2 yearly']],
    ]);
    expect(back.qa.suppliers.map((s) => s.id).sort()).toEqual(['s-a', 's-b']);
  });
});
