import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiError, contentOf, handlersPerTest, newTender } from './handlers-harness';
import { tempDirsPerTest } from './temp-dir';

const tempDir = tempDirsPerTest();
const open = handlersPerTest();

describe('backups', () => {
  it('keeps every save of the last 15 minutes, newest first', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    let tender = await handlers['tenders.create'](newTender('Revision 1'));
    for (let revision = 2; revision <= 13; revision += 1) {
      tender = await handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title: `Revision ${revision}` }) });
    }
    expect(tender.revision).toBe(13);

    // All made within seconds, so all are kept: the newest is the current one.
    const backups = (await handlers['backups.list']({ tenderId: tender.id })).entries;
    expect(backups.map((b) => b.revision)).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(backups.map((b) => b.title)).toEqual(backups.map((b) => `Revision ${b.revision}`));
    expect(backups[0]).toMatchObject({
      tenderId: tender.id,
      id: expect.stringMatching(/^\d{4}-.+Z-r13\.json$/),
      savedAt: tender.updatedAt,
    });
    const files = (await readdir(join(root, 'backups', tender.id))).filter((name) => /-r\d+\.json$/.test(name));
    expect(files.sort()).toEqual(backups.map((b) => b.id).sort());
    expect(await handlers['backups.list']({ tenderId: 'never-existed' })).toEqual({ entries: [], usage: { count: 0, bytes: 0 } });
    expect((await readdir(join(root, 'backups'))).sort()).toEqual([tender.id]);
  });

  it('restores an older save as a new revision, and the save it replaced stays among the backups', async () => {
    const handlers = await open(await tempDir());
    const v1 = await handlers['tenders.create'](newTender('Version 1', ['Only lot']));
    const v2 = await handlers['tenders.save']({ id: v1.id, content: contentOf(v1, { title: 'Version 2', description: 'second' }) });
    const v3 = await handlers['tenders.save']({ id: v1.id, content: contentOf(v2, { title: 'Version 3', description: 'third' }) });
    const oldest = (await handlers['backups.list']({ tenderId: v1.id })).entries.find((b) => b.revision === 1);

    const restored = await handlers['backups.restore']({ tenderId: v1.id, backupId: oldest?.id ?? '' });
    expect(restored).toMatchObject({ title: 'Version 1', description: '', revision: v3.revision + 1, createdAt: v1.createdAt });
    expect(await handlers['tenders.get']({ id: v1.id })).toEqual(restored);
    // The restore is itself a save, kept as the newest backup; the one it replaced can be restored back.
    const after = (await handlers['backups.list']({ tenderId: v1.id })).entries;
    expect(after.map((b) => [b.revision, b.title])).toEqual([
      [4, 'Version 1'],
      [3, 'Version 3'],
      [2, 'Version 2'],
      [1, 'Version 1'],
    ]);
    const undone = await handlers['backups.restore']({ tenderId: v1.id, backupId: after[1]?.id ?? '' });
    expect(undone).toMatchObject({ ...contentOf(v3), revision: 5 });
  });

  it('restoring a quarantined tender from its backups makes it open again', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    let tender = await handlers['tenders.create'](newTender('Edition 1'));
    for (const title of ['Edition 2', 'Edition 3'])
      tender = await handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title }) });
    // Damaged in place, so the backup of revision 3 (the same file) no longer reads either.
    await writeFile(join(root, 'tenders', `${tender.id}.json`), '\uFEFF{}');

    const [entry] = (await handlers['workspace.status']({})).quarantined;
    expect(entry).toMatchObject({ tenderId: tender.id, backupsAvailable: 2 });
    const backups = (await handlers['backups.list']({ tenderId: tender.id })).entries;
    expect(backups.map((b) => b.title)).toEqual(['Edition 2', 'Edition 1']);
    // Restore the older backup: the new revision still follows the highest one ever used (3, now damaged).
    const restored = await handlers['backups.restore']({ tenderId: tender.id, backupId: backups[1]?.id ?? '' });
    expect(restored).toMatchObject({ title: 'Edition 1', revision: 4 });
    expect((await handlers['tenders.list']({})).map((s) => s.title)).toEqual(['Edition 1']);
    // The damaged copy is still there until the user dismisses it.
    expect(await readFile(join(root, entry?.file ?? ''), 'utf8')).toBe('\uFEFF{}');
  });

  it('restore rejects unknown, odd and damaged backup ids', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Guarded'));
    await handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title: 'Guarded 2' }) });
    for (const backupId of ['..', 'settings.json', '2026-11-21T10-00-00-000Z-r9.json']) {
      expect((await apiError(handlers['backups.restore']({ tenderId: tender.id, backupId }))).code, backupId).toBe('not_found');
    }
    // Damage the earlier save (the newest backup is the current file itself).
    const [current, backup] = (await handlers['backups.list']({ tenderId: tender.id })).entries;
    expect(backup).toMatchObject({ revision: 1, title: 'Guarded' });
    await writeFile(join(root, 'backups', tender.id, backup?.id ?? ''), '{"cut');
    expect((await apiError(handlers['backups.restore']({ tenderId: tender.id, backupId: backup?.id ?? '' }))).code).toBe('corrupt');
    expect((await handlers['backups.list']({ tenderId: tender.id })).entries.map((b) => b.id)).toEqual([current?.id]);
    expect((await handlers['tenders.get']({ id: tender.id })).title).toBe('Guarded 2');
  });
});
