/**
 * The persisted summary index: a new store (the next start-up) lists from it, yet never shows a
 * summary for a file that changed since, and copes with the index being missing or damaged.
 */
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentOf, type Tender } from '@shared/model/tender';
import { WorkspaceStore } from '../../../../../electron/services/workspace/store';
import { tempDirsPerTest } from '../temp-dir';

const tempDir = tempDirsPerTest('tw-index-');
const opened: WorkspaceStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

async function openStore(root: string): Promise<WorkspaceStore> {
  const store = await WorkspaceStore.open(root);
  opened.push(store);
  return store;
}

async function workspaceWithTenders(titles: string[]): Promise<{ root: string; tenders: Tender[] }> {
  const root = await tempDir();
  const store = await openStore(root);
  const tenders: Tender[] = [];
  for (const title of titles)
    tenders.push(await store.createTender({ title, reference: 'R-1', buyer: 'City of Example', lots: ['Lot 1'] }));
  await store.listTenders();
  await store.close();
  return { root, tenders };
}

const indexFile = (root: string) => join(root, 'cache', 'tender-summaries.json');
const titlesOf = async (store: WorkspaceStore) => (await store.listTenders()).map((s) => s.title).sort();

describe('summary index', () => {
  it('is written by a list and lists the same tenders on the next start-up', async () => {
    const { root } = await workspaceWithTenders(['Laptops', 'Uniforms', 'Cleaning']);
    const index = JSON.parse(await readFile(indexFile(root), 'utf8')) as { tenders: Record<string, { summary: { title: string } }> };
    expect(
      Object.values(index.tenders)
        .map((entry) => entry.summary.title)
        .sort(),
    ).toEqual(['Cleaning', 'Laptops', 'Uniforms']);
    expect(await titlesOf(await openStore(root))).toEqual(['Cleaning', 'Laptops', 'Uniforms']);
  });

  it('shows what is on disk for a tender changed after the index was written, and leaves out removed ones', async () => {
    const { root, tenders } = await workspaceWithTenders(['Laptops', 'Uniforms']);
    const writer = await openStore(root);
    await writer.saveTender(tenders[0]!.id, { ...contentOf(tenders[0]!), title: 'Laptops and tablets' });
    await writer.deleteTender(tenders[1]!.id);
    await writer.close();
    expect(await titlesOf(await openStore(root))).toEqual(['Laptops and tablets']);
  });

  it('is rebuilt when missing or damaged, without touching the tenders', async () => {
    const { root } = await workspaceWithTenders(['Laptops', 'Uniforms']);
    for (const damage of ['', '{"version":1,"tenders":{"x":', '{"version":99,"tenders":{}}', '[1,2,3]']) {
      await writeFile(indexFile(root), damage);
      expect(await titlesOf(await openStore(root))).toEqual(['Laptops', 'Uniforms']);
      expect(JSON.parse(await readFile(indexFile(root), 'utf8'))).toMatchObject({ version: 2 });
    }
  });

  it('rebuilds an index of the format before status and dates, so the list shows them', async () => {
    const { root, tenders } = await workspaceWithTenders(['Laptops']);
    const writer = await openStore(root);
    await writer.saveTender(tenders[0]!.id, { ...contentOf(tenders[0]!), status: 'issued', submissionDeadline: '2027-03-31' });
    await writer.listTenders();
    await writer.close();
    const index = JSON.parse(await readFile(indexFile(root), 'utf8')) as { tenders: Record<string, { summary: Record<string, unknown> }> };
    for (const entry of Object.values(index.tenders)) {
      delete entry.summary.status;
      delete entry.summary.submissionDeadline;
    }
    await writeFile(indexFile(root), JSON.stringify({ ...index, version: 1 }));
    const [summary] = await (await openStore(root)).listTenders();
    expect(summary).toMatchObject({ title: 'Laptops', status: 'issued', submissionDeadline: '2027-03-31' });
  });

  it('finds a tender damaged after the index was written and sets it aside, as a full read would', async () => {
    const { root, tenders } = await workspaceWithTenders(['Laptops', 'Uniforms']);
    await writeFile(join(root, 'tenders', `${tenders[1]!.id}.json`), '{"cut off');
    const store = await openStore(root);
    expect(await titlesOf(store)).toEqual(['Laptops']);
    expect((await store.status()).quarantined).toHaveLength(1);
  });

  it('trusts a file whose size, modification time and inode are all unchanged, until it is opened', async () => {
    // The documented limit of the index: bytes rewritten in place with the same length and the old
    // modification time put back are not noticed by the list, only when the tender is opened.
    const { root, tenders } = await workspaceWithTenders(['Laptops']);
    const file = join(root, 'tenders', `${tenders[0]!.id}.json`);
    // Whole seconds, so the time can be put back exactly (file times have more precision than Date).
    const when = new Date('2026-11-01T12:00:00Z');
    await utimes(file, when, when);
    const indexing = await openStore(root);
    await indexing.listTenders();
    await indexing.close();
    await writeFile(file, ' '.repeat((await stat(file)).size));
    await utimes(file, when, when);
    const store = await openStore(root);
    expect(await titlesOf(store)).toEqual(['Laptops']);
    await expect(store.getTender(tenders[0]!.id)).rejects.toThrow(/could not be opened: the file is empty/);
    expect(await titlesOf(store)).toEqual([]);
  });
});
