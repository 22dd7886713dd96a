import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { closeHandlers } from '../../../../electron/services/handlers';
import { apiError, contentOf, CORRUPT_CASES, handlersPerTest, newTender, QUARANTINE_STAMP } from './handlers-harness';
import { tempDirsPerTest } from './temp-dir';

const tempDir = tempDirsPerTest();
const open = handlersPerTest();

describe('damaged tender files are quarantined', () => {
  it.each(CORRUPT_CASES)('%s: set aside byte for byte, reported, the rest keeps working', async (_name, bytes, reason) => {
    const root = await tempDir();
    const setup = await open(root);
    const good = await setup['tenders.create'](newTender('Good one'));
    await closeHandlers(setup);
    await writeFile(join(root, 'tenders', 'bad.json'), bytes);
    const original = await readFile(join(root, 'tenders', 'bad.json'));

    const handlers = await open(root);
    expect((await handlers['tenders.list']({})).map((s) => s.id)).toEqual([good.id]);
    expect((await handlers['tenders.get']({ id: good.id })).title).toBe('Good one');

    const status = await handlers['workspace.status']({});
    expect(status.path).toBe(root);
    expect(status.quarantined).toHaveLength(1);
    const [entry] = status.quarantined;
    expect(entry).toMatchObject({ tenderId: 'bad', backupsAvailable: 0 });
    expect(entry?.reason).toMatch(reason);
    expect(entry?.file).toMatch(/^tenders\/bad\.json\.corrupt-/);
    expect(entry?.file).toMatch(QUARANTINE_STAMP);
    expect(Number.isNaN(Date.parse(entry?.quarantinedAt ?? ''))).toBe(false);
    expect(await readFile(join(root, entry?.file ?? ''))).toEqual(original);
    expect(await readdir(join(root, 'tenders'))).not.toContain('bad.json');

    // Nothing was written in its place, and a new instance still reports it, with the same reason.
    expect((await apiError(handlers['tenders.get']({ id: 'bad' }))).code).toBe('not_found');
    await closeHandlers(handlers);
    const again = await open(root);
    expect((await again['workspace.status']({})).quarantined).toEqual(status.quarantined);
  });

  it('a tender damaged while open is set aside on get, with a corrupt error that points to its backups', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Fragile'));
    await handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title: 'Fragile 2' }) });
    // Damaged in place: the backup of this save is the same file (a hard link), so it is damaged too
    // and only the first save can be restored. The error must not promise more than that.
    await writeFile(join(root, 'tenders', `${tender.id}.json`), '{"schemaVersion":1,"id":');

    const error = await apiError(handlers['tenders.get']({ id: tender.id }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/not valid JSON.*kept as tenders\/.+\.corrupt-.+1 backup\(s\) can be restored/);
    expect((await handlers['workspace.status']({})).quarantined).toEqual([
      expect.objectContaining({ tenderId: tender.id, backupsAvailable: 1 }),
    ]);
    expect(await handlers['tenders.list']({})).toEqual([]);
    expect((await handlers['backups.list']({ tenderId: tender.id })).entries.map((b) => b.title)).toEqual(['Fragile']);
  });

  it('a tender whose file was replaced by a damaged one is set aside, and its last save can be restored', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Sturdy'));
    const saved = await handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title: 'Sturdy 2' }) });
    // Another program replaces the file (a new file renamed over it) instead of writing into it.
    const file = join(root, 'tenders', `${tender.id}.json`);
    await writeFile(`${file}.elsewhere`, '{"schemaVersion":1,"id":');
    await rename(`${file}.elsewhere`, file);

    const error = await apiError(handlers['tenders.get']({ id: tender.id }));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/2 backup\(s\) can be restored/);
    const [last] = (await handlers['backups.list']({ tenderId: tender.id })).entries;
    expect(last).toMatchObject({ revision: saved.revision, title: 'Sturdy 2' });
    const restored = await handlers['backups.restore']({ tenderId: tender.id, backupId: last?.id ?? '' });
    expect(restored).toMatchObject({ ...contentOf(saved), revision: saved.revision + 1 });
  });

  it('a tender whose id does not match its file name is quarantined', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Moved'));
    await writeFile(join(root, 'tenders', 'other-name.json'), JSON.stringify(tender));
    expect((await handlers['tenders.list']({})).map((s) => s.id)).toEqual([tender.id]);
    expect((await handlers['workspace.status']({})).quarantined[0]?.reason).toMatch(/does not match the file name/);
  });

  it('ignores leftovers that are not tender files', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'tenders'), { recursive: true });
    await writeFile(join(root, 'tenders', 'notes.txt'), 'hello');
    await writeFile(join(root, 'tenders', 'has space.json'), 'not ours');
    const handlers = await open(root);
    expect(await handlers['tenders.list']({})).toEqual([]);
    expect((await handlers['workspace.status']({})).quarantined).toEqual([]);
  });

  it('dismissing moves the file into backups/quarantine, still byte for byte', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'tenders'), { recursive: true });
    await writeFile(join(root, 'tenders', 'bad.json'), 'null');
    const handlers = await open(root);
    const [entry] = (await handlers['workspace.status']({})).quarantined;
    const file = entry?.file ?? '';

    const status = await handlers['workspace.dismissQuarantined']({ file });
    expect(status.quarantined).toEqual([]);
    const kept = file.split('/').pop() ?? '';
    expect(await readFile(join(root, 'backups', 'quarantine', kept), 'utf8')).toBe('null');
    expect((await apiError(handlers['workspace.dismissQuarantined']({ file }))).code).toBe('not_found');
  });

  it('dismiss accepts only files it reported, so no path leaves the workspace', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'tenders'), { recursive: true });
    await writeFile(join(root, 'tenders', 'bad.json'), '');
    await writeFile(join(root, 'outside.json.corrupt-2026-11-21T10-00-00-000Z'), 'not in a reported place?');
    const handlers = await open(root);
    const [entry] = (await handlers['workspace.status']({})).quarantined;
    const name = (entry?.file ?? '').split('/').pop() ?? '';
    for (const file of [
      `../${name}`,
      `tenders/../tenders/${name}`,
      join(root, entry?.file ?? ''),
      `tenders\\${name}`,
      'settings.json',
      '../../etc/passwd',
      'outside.json.corrupt-2026-11-21T10-00-00-000Z',
    ]) {
      expect((await apiError(handlers['workspace.dismissQuarantined']({ file }))).code, file).toBe('not_found');
    }
    expect((await handlers['workspace.status']({})).quarantined).toHaveLength(1);
  });
});

describe('settings and library', () => {
  it('saves settings and reads them back from a new instance', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    expect(await handlers['settings.get']({})).toEqual({ ...DEFAULT_SETTINGS, organisation: '' });
    expect(await readdir(root)).not.toContain('settings.json');
    await handlers['settings.save']({ settings: { ...DEFAULT_SETTINGS, organisation: 'Ministry of Examples' } });
    await closeHandlers(handlers);
    expect(await (await open(root))['settings.get']({})).toMatchObject({
      ...DEFAULT_SETTINGS,
      organisation: 'Ministry of Examples',
      revision: 1,
    });
  });

  it.each(CORRUPT_CASES)('settings: %s falls back to defaults, keeps the bytes, and a save writes a fresh file', async (_name, bytes) => {
    const root = await tempDir();
    await writeFile(join(root, 'settings.json'), bytes);
    const original = await readFile(join(root, 'settings.json'));
    const handlers = await open(root);

    expect(await handlers['settings.get']({})).toEqual({ ...DEFAULT_SETTINGS, organisation: '' });
    const [entry] = (await handlers['workspace.status']({})).quarantined;
    expect(entry).toMatchObject({ backupsAvailable: 0 });
    expect(entry?.tenderId).toBeUndefined();
    expect(entry?.file).toMatch(/^settings\.json\.corrupt-/);
    expect(await readFile(join(root, entry?.file ?? ''))).toEqual(original);
    expect(await readdir(root)).not.toContain('settings.json');

    await handlers['settings.save']({ settings: { ...DEFAULT_SETTINGS, organisation: 'Fresh' } });
    expect(JSON.parse(await readFile(join(root, 'settings.json'), 'utf8'))).toMatchObject({
      ...DEFAULT_SETTINGS,
      organisation: 'Fresh',
      revision: 1,
    });
    expect(await readFile(join(root, entry?.file ?? ''))).toEqual(original);
  });

  it('a damaged library is set aside too', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'library.json'), '{"schemaVersion":1,"criteria":[');
    const handlers = await open(root);
    const [entry] = (await handlers['workspace.status']({})).quarantined;
    expect(entry?.file).toMatch(/^library\.json\.corrupt-/);
    expect(await readFile(join(root, entry?.file ?? ''), 'utf8')).toBe('{"schemaVersion":1,"criteria":[');
  });
});
