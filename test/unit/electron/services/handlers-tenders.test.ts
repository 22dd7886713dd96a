import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '@shared/api/contract';
import { TENDER_SCHEMA_VERSION, type Tender } from '@shared/model/tender';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { closeHandlers } from '../../../../electron/services/handlers';
import { apiError, contentOf, handlersPerTest, LEGACY_FIXTURE, newTender } from './handlers-harness';
import { filesUnder, TEMP_FILE, tempDirsPerTest } from './temp-dir';

const tempDir = tempDirsPerTest();
const open = handlersPerTest();

describe('tenders on real files', () => {
  it('round-trips create and save through a new handlers instance', async () => {
    const root = await tempDir();
    const first = await open(root);
    const created = await first['tenders.create']({ ...newTender('Laptops', ['North', 'South']), description: 'Rugged laptops' });
    expect(created).toMatchObject({ schemaVersion: TENDER_SCHEMA_VERSION, title: 'Laptops', description: 'Rugged laptops', revision: 1 });
    expect(created.lots.map((lot) => lot.title)).toEqual(['North', 'South']);
    expect(new Set(created.lots.map((lot) => lot.id)).size).toBe(2);
    expect(created.createdAt).toBe(created.updatedAt);

    const saved = await first['tenders.save']({
      id: created.id,
      content: contentOf(created, { buyer: 'County Council', description: 'Updated' }),
    });
    expect(saved.revision).toBe(2);
    expect(saved.updatedAt > created.updatedAt).toBe(true);
    expect(saved.createdAt).toBe(created.createdAt);
    await closeHandlers(first);

    const second = await open(root);
    expect(await second['tenders.get']({ id: created.id })).toEqual(saved);
    expect(JSON.parse(await readFile(join(root, 'tenders', `${created.id}.json`), 'utf8'))).toEqual(saved);
  });

  it('lays the workspace out as designed and an edit rewrites only its own file', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const a = await handlers['tenders.create'](newTender('A'));
    const b = await handlers['tenders.create'](newTender('B'));
    const bFile = join(root, 'tenders', `${b.id}.json`);
    const bBefore = { bytes: await readFile(bFile), mtimeMs: (await stat(bFile)).mtimeMs };
    // Every save, creation included, is kept as a backup.
    const backupsBefore = (await filesUnder(root)).filter((f) => f.startsWith('backups/'));
    expect(backupsBefore).toHaveLength(2);
    expect(backupsBefore).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^backups/${a.id}/.+-r1\\.json$`)),
        expect.stringMatching(new RegExp(`^backups/${b.id}/.+-r1\\.json$`)),
      ]),
    );

    await handlers['tenders.save']({ id: a.id, content: contentOf(a, { title: 'A2' }) });

    expect(await readFile(bFile)).toEqual(bBefore.bytes);
    expect((await stat(bFile)).mtimeMs).toBe(bBefore.mtimeMs);
    const files = await filesUnder(root);
    expect(files.filter((f) => !f.startsWith('backups/'))).toEqual([`tenders/${a.id}.json`, `tenders/${b.id}.json`].sort());
    // The edit added exactly one backup, of its own tender: a link to the file it wrote, not a copy.
    const added = files.filter((f) => f.startsWith('backups/') && !backupsBefore.includes(f));
    expect(added).toEqual([expect.stringMatching(new RegExp(`^backups/${a.id}/.+-r2\\.json$`))]);
    expect(files.filter((f) => f.startsWith('backups/') && backupsBefore.includes(f))).toEqual(backupsBefore);
    const aFile = await stat(join(root, 'tenders', `${a.id}.json`));
    const link = await stat(join(root, added[0] ?? ''));
    expect({ dev: link.dev, ino: link.ino }).toEqual({ dev: aFile.dev, ino: aFile.ino });
    expect(aFile.nlink).toBe(2);
  });

  it('lists summaries newest first', async () => {
    const handlers = await open(await tempDir());
    const first = await handlers['tenders.create'](newTender('First'));
    const second = await handlers['tenders.create'](newTender('Second', ['x', 'y', 'z']));
    expect((await handlers['tenders.list']({})).map((s) => s.title)).toEqual(['Second', 'First']);

    await handlers['tenders.rename']({ id: first.id, title: 'First, renamed' });
    const list = await handlers['tenders.list']({});
    expect(list.map((s) => s.title)).toEqual(['First, renamed', 'Second']);
    expect(list[1]).toEqual({
      id: second.id,
      title: 'Second',
      reference: 'REF Second',
      buyer: 'City of Example',
      lotCount: 3,
      updatedAt: second.updatedAt,
      revision: 1,
    });
  });

  it('notices files changed behind its back', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Original'));
    await handlers['tenders.list']({});
    await writeFile(join(root, 'tenders', `${tender.id}.json`), JSON.stringify({ ...tender, title: 'Edited elsewhere, longer' }));
    expect((await handlers['tenders.list']({}))[0]?.title).toBe('Edited elsewhere, longer');
    expect((await handlers['tenders.get']({ id: tender.id })).title).toBe('Edited elsewhere, longer');
  });

  it('reports unknown tenders as not_found', async () => {
    const handlers = await open(await tempDir());
    expect((await apiError(handlers['tenders.get']({ id: 'nope' }))).code).toBe('not_found');
    expect(
      (await apiError(handlers['tenders.save']({ id: 'nope', content: contentOf(await handlers['tenders.create'](newTender('X'))) }))).code,
    ).toBe('not_found');
    expect((await apiError(handlers['tenders.rename']({ id: 'nope', title: 'Y' }))).code).toBe('not_found');
    expect((await apiError(handlers['tenders.delete']({ id: 'nope' }))).code).toBe('not_found');
    expect((await apiError(handlers['tenders.duplicate']({ id: 'nope' }))).code).toBe('not_found');
  });

  it('gives errors the API envelope through dispatch', async () => {
    const handlers = await open(await tempDir());
    expect(await dispatch(handlers, 'tenders.get', { id: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No tender "nope" in this workspace' },
    });
    const created = await dispatch(handlers, 'tenders.create', newTender('  Padded  '));
    expect(created.ok && (created.data as Tender).title).toBe('Padded');
  });

  it('renames and duplicates', async () => {
    const handlers = await open(await tempDir());
    const original = await handlers['tenders.create'](newTender('Cleaning services', ['Offices', 'Depots']));
    const renamed = await handlers['tenders.rename']({ id: original.id, title: 'Cleaning 2027' });
    expect(renamed).toMatchObject({ title: 'Cleaning 2027', revision: 2, lots: original.lots });

    const copy = await handlers['tenders.duplicate']({ id: original.id });
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({ title: 'Cleaning 2027 (copy)', revision: 1, lots: original.lots, reference: original.reference });
    // Its own history: only its first save, none of the original's.
    expect((await handlers['backups.list']({ tenderId: copy.id })).entries).toEqual([
      expect.objectContaining({ tenderId: copy.id, revision: 1, title: 'Cleaning 2027 (copy)', savedAt: copy.updatedAt }),
    ]);

    const longTitle = 'T'.repeat(300);
    const long = await handlers['tenders.create']({ ...newTender(longTitle), reference: 'LONG' });
    const longCopy = await handlers['tenders.duplicate']({ id: long.id });
    expect(longCopy.title).toHaveLength(300);
    expect(longCopy.title.endsWith(' (copy)')).toBe(true);
  });

  it('deletes into backups/deleted and undoes the delete', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const keep = await handlers['tenders.create'](newTender('Keep'));
    const doomed = await handlers['tenders.create'](newTender('Doomed'));
    const bytes = await readFile(join(root, 'tenders', `${doomed.id}.json`));

    expect(await handlers['tenders.delete']({ id: doomed.id })).toEqual({ id: doomed.id, title: 'Doomed' });
    expect((await handlers['tenders.list']({})).map((s) => s.id)).toEqual([keep.id]);
    expect(await readFile(join(root, 'backups', 'deleted', `${doomed.id}.json`))).toEqual(bytes);
    expect((await apiError(handlers['tenders.get']({ id: doomed.id }))).code).toBe('not_found');

    expect(await handlers['tenders.undoDelete']({ id: doomed.id })).toEqual(doomed);
    expect(await readFile(join(root, 'tenders', `${doomed.id}.json`))).toEqual(bytes);
    // Nothing left there but empty folders (the note of when and who went with the file).
    expect(await filesUnder(join(root, 'backups', 'deleted'))).toEqual([]);
    expect((await handlers['tenders.list']({})).map((s) => s.id).sort()).toEqual([keep.id, doomed.id].sort());
    expect((await apiError(handlers['tenders.undoDelete']({ id: doomed.id }))).code).toBe('not_found');
  });

  it('will not undo a delete over a tender that exists again, nor bring back a damaged copy', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Twice'));
    await handlers['tenders.delete']({ id: tender.id });
    await copyFile(join(root, 'backups', 'deleted', `${tender.id}.json`), join(root, 'tenders', `${tender.id}.json`));
    expect((await apiError(handlers['tenders.undoDelete']({ id: tender.id }))).code).toBe('conflict');

    await handlers['tenders.delete']({ id: tender.id });
    await writeFile(join(root, 'backups', 'deleted', `${tender.id}.json`), '{"trunc');
    const error = await apiError(handlers['tenders.undoDelete']({ id: tender.id }));
    expect(error.code).toBe('corrupt');
    expect(await readFile(join(root, 'backups', 'deleted', `${tender.id}.json`), 'utf8')).toBe('{"trunc');
  });

  it('serialises concurrent saves: every write lands, the last call wins, the file always parses', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Busy'));
    const file = join(root, 'tenders', `${tender.id}.json`);
    const saves = Array.from({ length: 25 }, (_, i) =>
      handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title: `Edit ${i}` }) }),
    );
    const reads = Array.from({ length: 25 }, () => readFile(file, 'utf8').then((text) => JSON.parse(text) as Tender));
    const results = await Promise.all(saves);
    for (const seen of await Promise.all(reads)) expect(seen.id).toBe(tender.id);

    expect(results.map((r) => r.revision)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    const onDisk = JSON.parse(await readFile(file, 'utf8')) as Tender;
    expect(onDisk).toMatchObject({ title: 'Edit 24', revision: 26 });
    expect((await filesUnder(root)).filter((f) => TEMP_FILE.test(f))).toEqual([]);
  });

  it('reports a failing disk as an io error and leaves the tender as it was', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Stuck'));
    const file = join(root, 'tenders', `${tender.id}.json`);
    const before = await readFile(file);
    // A file where the tender's backups folder belongs: the save cannot be kept as a backup.
    await rm(join(root, 'backups', tender.id), { recursive: true });
    await writeFile(join(root, 'backups', tender.id), 'in the way');

    const error = await apiError(handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title: 'Never written' }) }));
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/could not be read or written/);
    expect(await readFile(file)).toEqual(before);
    expect((await handlers['tenders.get']({ id: tender.id })).title).toBe('Stuck');
    expect((await filesUnder(root)).filter((f) => TEMP_FILE.test(f))).toEqual([]);
  });

  it('does not create a tender whose first save cannot be kept as a backup', async () => {
    const root = await tempDir();
    const handlers = await open(root);
    // A file where the backups folder belongs: the new tender's file is written, then its backup fails.
    await writeFile(join(root, 'backups'), 'in the way');

    const error = await apiError(handlers['tenders.create'](newTender('Never kept')));
    expect(error.code).toBe('io');
    expect(error.message).toMatch(/could not be read or written/);
    expect(await readdir(join(root, 'tenders'))).toEqual([]);
    expect(await handlers['tenders.list']({})).toEqual([]);
  });
});

describe('legacy files', () => {
  it('migrates a version-0 tender on read and leaves the file unchanged until the next save', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'tenders'), { recursive: true });
    const file = join(root, 'tenders', 'legacy-tender.json');
    await copyFile(LEGACY_FIXTURE, file);
    const original = await readFile(file);
    const handlers = await open(root);

    expect((await handlers['tenders.list']({}))[0]).toMatchObject({ id: 'legacy-tender', lotCount: 2, revision: 0 });
    const tender = await handlers['tenders.get']({ id: 'legacy-tender' });
    expect(tender).toMatchObject({ schemaVersion: TENDER_SCHEMA_VERSION, description: '', revision: 0, title: 'School meals 2019' });
    expect(await readFile(file)).toEqual(original);
    expect((await handlers['workspace.status']({})).quarantined).toEqual([]);

    await handlers['tenders.save']({ id: 'legacy-tender', content: contentOf(tender, { description: 'Now with a description' }) });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      schemaVersion: TENDER_SCHEMA_VERSION,
      revision: 1,
      description: 'Now with a description',
    });
    // The legacy version was in no backup yet, so it is kept, byte for byte, beside the new save.
    const [saved, backup, ...rest] = (await handlers['backups.list']({ tenderId: 'legacy-tender' })).entries;
    expect(rest).toEqual([]);
    expect(saved).toMatchObject({ revision: 1, title: 'School meals 2019' });
    expect(backup).toMatchObject({ revision: 0, title: 'School meals 2019', savedAt: '2019-03-02T16:30:00.000Z' });
    expect(await readFile(join(root, 'backups', 'legacy-tender', backup?.id ?? ''))).toEqual(original);
    expect(await readFile(join(root, 'backups', 'legacy-tender', saved?.id ?? ''))).toEqual(await readFile(file));
  });
});

describe('durability housekeeping', () => {
  it('never leaves temp files behind and clears those of crashed processes on open', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'tenders'), { recursive: true });
    await writeFile(join(root, 'tenders', `x.json.${2 ** 30}.abcdef.tmp`), '{"half');
    const handlers = await open(root);
    const tender = await handlers['tenders.create'](newTender('Tidy'));
    for (let i = 0; i < 5; i += 1) await handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title: `Tidy ${i}` }) });
    await handlers['settings.save']({ settings: { ...DEFAULT_SETTINGS, organisation: 'Tidy Org' } });
    await handlers['tenders.delete']({ id: tender.id });
    await handlers['tenders.undoDelete']({ id: tender.id });
    expect((await filesUnder(root)).filter((f) => TEMP_FILE.test(f))).toEqual([]);
  });
});
