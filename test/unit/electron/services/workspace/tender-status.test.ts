/** A tender's status and dates on disk: saved, cleared, archived and unarchived, restored from a backup. */
import { afterEach, describe, expect, it } from 'vitest';
import { contentOf, summarise } from '@shared/model/tender';
import { withDate } from '@shared/model/tenderStatus';
import { dispatch } from '@shared/api/contract';
import { WorkspaceStore } from '../../../../../electron/services/workspace/store';
import { handlersPerTest, newTender } from '../handlers-harness';
import { tempDirsPerTest } from '../temp-dir';

const tempDir = tempDirsPerTest('tw-status-');
const openHandlers = handlersPerTest();
const opened: WorkspaceStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

async function storeWithTender() {
  const store = await WorkspaceStore.open(await tempDir());
  opened.push(store);
  const tender = await store.createTender({ title: 'Road salt', reference: 'HW-9', buyer: 'County Highways', lots: ['Lot 1'] });
  return { store, tender };
}

describe('tender status and dates', () => {
  it('saves them, and a date left out of the next save is removed, not kept', async () => {
    const { store, tender } = await storeWithTender();
    const dated = await store.saveTender(tender.id, {
      ...contentOf(tender),
      status: 'issued',
      submissionDeadline: '2027-03-31',
      awardDate: '2027-05-01',
    });
    expect(summarise(dated)).toMatchObject({ status: 'issued', submissionDeadline: '2027-03-31', awardDate: '2027-05-01' });
    const cleared = await store.saveTender(tender.id, withDate(contentOf(dated), 'awardDate', ''));
    expect(cleared.awardDate).toBeUndefined();
    expect((await store.getTender(tender.id)).awardDate).toBeUndefined();
    expect((await store.getTender(tender.id)).submissionDeadline).toBe('2027-03-31');
  });

  it('archives a tender remembering its status, and unarchives it back to that status', async () => {
    const { store, tender } = await storeWithTender();
    await store.saveTender(tender.id, { ...contentOf(tender), status: 'evaluating' });
    const archived = await store.archiveTender(tender.id, true);
    expect(archived).toMatchObject({ status: 'archived', statusBeforeArchive: 'evaluating' });
    expect(archived.revision).toBeGreaterThan(tender.revision);
    const back = await store.archiveTender(tender.id, false);
    expect(back.status).toBe('evaluating');
    expect(back.statusBeforeArchive).toBeUndefined();
    expect((await store.listTenders()).find((s) => s.id === tender.id)?.status).toBe('evaluating');
  });

  it('a restored backup brings back its own dates, without the ones set since', async () => {
    const { store, tender } = await storeWithTender();
    await store.saveTender(tender.id, { ...contentOf(tender), description: 'Before dates' });
    await store.saveTender(tender.id, { ...contentOf(tender), description: 'Before dates', submissionDeadline: '2027-03-31' });
    const { entries } = await store.listBackups(tender.id);
    const undated = entries.find((b) => b.revision === 2)!;
    const restored = await store.restoreBackup(tender.id, undated.id);
    expect(restored.description).toBe('Before dates');
    expect(restored.submissionDeadline).toBeUndefined();
  });

  it('archives through the API, and refuses a dated field that is not a real date', async () => {
    const handlers = await openHandlers(await tempDir());
    const tender = await handlers['tenders.create'](newTender('Uniforms'));
    const archived = await dispatch(handlers, 'tenders.archive', { id: tender.id, archived: true });
    expect(archived.ok && archived.data).toMatchObject({ status: 'archived', statusBeforeArchive: 'draft' });
    expect((await dispatch(handlers, 'tenders.archive', { id: tender.id, archived: 'yes' })).ok).toBe(false);
    const badDate = await dispatch(handlers, 'tenders.save', { id: tender.id, content: { ...contentOf(tender), awardDate: '2027-02-30' } });
    expect(badDate).toMatchObject({ ok: false, error: { message: expect.stringContaining('Award date is not a real calendar date') } });
  });
});
