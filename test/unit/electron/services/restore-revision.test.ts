import { describe, expect, it } from 'vitest';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { closeHandlers, createHandlers } from '../../../../electron/services/handlers';
import { contentOf } from '@shared/model/tender';
import { tempDirsPerTest } from './temp-dir';

const tempDir = tempDirsPerTest('tw-restore-');

describe('restoring a damaged tender', () => {
  it('gives the restored content a revision no earlier file has used', async () => {
    const root = await tempDir();
    const handlers = await createHandlers(root);
    const created = await handlers['tenders.create']({ title: 'r1', reference: '', buyer: '', lots: ['Lot'] });
    const r2 = await handlers['tenders.save']({ id: created.id, content: { ...contentOf(created), title: 'r2' } });
    const r3 = await handlers['tenders.save']({ id: created.id, content: { ...contentOf(r2), title: 'r3' } });
    expect(r3.revision).toBe(3);
    await closeHandlers(handlers);

    // Revision 3 is damaged on disk after its save: a truncated write by another program.
    const file = join(root, 'tenders', `${created.id}.json`);
    await writeFile(file, JSON.stringify(r3).slice(0, -20));

    const reopened = await createHandlers(root);
    await expect(Promise.resolve(reopened['tenders.get']({ id: created.id }))).rejects.toThrow(/could not be opened/);
    const [newest] = (await reopened['backups.list']({ tenderId: created.id })).entries;
    expect(newest!.revision).toBe(2);
    const restored = await reopened['backups.restore']({ tenderId: created.id, backupId: newest!.id });
    expect(restored.title).toBe('r2');
    expect(restored.revision).toBe(4);
  });

  it('sweeps temp files a crashed backup write left behind', async () => {
    const root = await tempDir();
    const handlers = await createHandlers(root);
    const created = await handlers['tenders.create']({ title: 'T', reference: '', buyer: '', lots: ['Lot'] });
    const backupsDir = join(root, 'backups', created.id);
    await handlers['tenders.save']({ id: created.id, content: { ...contentOf(created), title: 'T2' } });
    // A pid that cannot be running: the writer that made this file is gone.
    const stale = `x.json.999999999.abcdef.tmp`;
    await writeFile(join(backupsDir, stale), 'half a backup');
    const latest = await handlers['tenders.get']({ id: created.id });
    await handlers['tenders.save']({ id: created.id, content: { ...contentOf(latest), title: 'T3' } });
    expect(await readdir(backupsDir)).not.toContain(stale);
  });
});
