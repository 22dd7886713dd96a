/**
 * The recovery file on this computer, on real files: the renderer writes it as the user types and
 * discards it once the edits are saved, so a discard must win over a write that was still under way.
 */
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { newTenderContent } from '@shared/model/tender';
import { RecoveryStore } from '../../../../../electron/services/workspace/recovery';
import { tempDirsPerTest } from '../temp-dir';

const tempDir = tempDirsPerTest('tw-recovery-');
const started = newTenderContent({ title: 'Cleaning services', reference: 'CS-1', buyer: 'Council', lots: ['Lot 1'] });
const typed = (description: string) => ({ ...started, description });

async function filesIn(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('RecoveryStore', () => {
  it('keeps the latest of several writes, with the revision the edits started from and when they were kept', async () => {
    const store = new RecoveryStore('/workspace/a', await tempDir());
    void store.save('t1', 3, typed('first words'));
    const { savedAt } = await store.save('t1', 4, typed('first words and more'));
    expect(await store.get('t1')).toEqual({ tenderId: 't1', baseRevision: 4, savedAt, content: typed('first words and more') });
  });

  it('a discard asked for while a write is under way leaves no file behind', async () => {
    const dir = await tempDir();
    const store = new RecoveryStore('/workspace/a', dir);
    const writing = store.save('t1', 1, typed('typed just before the save landed'));
    await store.discard('t1');
    await writing;
    expect(await store.get('t1')).toBeNull();
    expect(await filesIn(dir)).toEqual([]);
  });

  it('a write asked for after a discard is kept (the user typed again)', async () => {
    const store = new RecoveryStore('/workspace/a', await tempDir());
    await store.save('t1', 1, typed('one'));
    void store.discard('t1');
    await store.save('t1', 2, typed('typed after the save'));
    expect((await store.get('t1'))?.content.description).toBe('typed after the save');
  });

  it('discarding when nothing was ever kept is fine, and tenders and workspaces do not mix', async () => {
    const dir = await tempDir();
    const here = new RecoveryStore('/workspace/a', dir);
    const there = new RecoveryStore('/workspace/b', dir);
    await expect(here.discard('t1')).resolves.toBeNull();
    await here.save('t1', 1, typed('in workspace a'));
    expect(await there.get('t1')).toBeNull();
    expect(await here.get('t2')).toBeNull();
    await there.discard('t1');
    expect((await here.get('t1'))?.content.description).toBe('in workspace a');
  });
});
