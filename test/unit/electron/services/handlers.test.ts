import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { contentOf as contentOfTender, TENDER_SCHEMA_VERSION, type Tender, type TenderContent } from '@shared/model/tender';
import { DEFAULT_SETTINGS } from '@shared/model/settings';
import { closeHandlers, createHandlers } from '../../../../electron/services/handlers';
import { filesUnder, TEMP_FILE, tempDirsPerTest } from './temp-dir';

const tempDir = tempDirsPerTest();
const opened: Handlers[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => closeHandlers(h)));
});

async function open(root: string): Promise<Handlers> {
  const handlers = await createHandlers(root);
  opened.push(handlers);
  return handlers;
}

const LEGACY_FIXTURE = join(__dirname, '../../../fixtures/workspace/legacy-v0-tender.json');
const QUARANTINE_STAMP = /\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

const newTender = (title: string, lots = ['Lot 1']) => ({ title, reference: `REF ${title}`, buyer: 'City of Example', lots });

function contentOf(tender: Tender, change: Partial<TenderContent> = {}): TenderContent {
  return { ...contentOfTender(tender), ...change };
}

/** Handlers may return plain values, so the result is wrapped before waiting for the rejection. */
async function apiError(result: unknown): Promise<ApiError> {
  const error = await Promise.resolve(result).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('tenders on real files', () => {
  it('round-trips create and save through a new handlers instance', async () => {
    const root = await tempDir();
    const first = await open(root);
    const created = await first['tenders.create']({ ...newTender('Laptops', ['North', 'South']), description: 'Rugged laptops' });
    expect(created).toMatchObject({ schemaVersion: TENDER_SCHEMA_VERSION, title: 'Laptops', description: 'Rugged laptops', revision: 1 });
    expect(created.lots.map((lot) => lot.title)).toEqual(['North', 'South']);
    expect(new Set(created.lots.map((lot) => lot.id)).size).toBe(2);
    expect(created.createdAt).toBe(created.updatedAt);

    const saved = await first['tenders.save']({ id: created.id, content: contentOf(created, { buyer: 'County Council', description: 'Updated' }) });
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
    expect((await apiError(handlers['tenders.save']({ id: 'nope', content: contentOf(await handlers['tenders.create'](newTender('X'))) }))).code).toBe('not_found');
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
    const saves = Array.from({ length: 25 }, (_, i) => handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title: `Edit ${i}` }) }));
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
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ schemaVersion: TENDER_SCHEMA_VERSION, revision: 1, description: 'Now with a description' });
    // The legacy version was in no backup yet, so it is kept, byte for byte, beside the new save.
    const [saved, backup, ...rest] = (await handlers['backups.list']({ tenderId: 'legacy-tender' })).entries;
    expect(rest).toEqual([]);
    expect(saved).toMatchObject({ revision: 1, title: 'School meals 2019' });
    expect(backup).toMatchObject({ revision: 0, title: 'School meals 2019', savedAt: '2019-03-02T16:30:00.000Z' });
    expect(await readFile(join(root, 'backups', 'legacy-tender', backup?.id ?? ''))).toEqual(original);
    expect(await readFile(join(root, 'backups', 'legacy-tender', saved?.id ?? ''))).toEqual(await readFile(file));
  });
});

const CORRUPT_CASES: [string, string | Uint8Array, RegExp][] = [
  ['truncated JSON', '{"schemaVersion":1,"id":"bad","title":"Cut', /not valid JSON/],
  ['an empty file', '', /empty/],
  ['null', 'null', /found null/],
  ['a BOM-prefixed file', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"schemaVersion":1}')]), /byte-order mark/],
  ['schema-invalid content', JSON.stringify({ schemaVersion: 1, id: 'bad', title: '' }), /does not match the layout of a tender file/],
  ['a future schemaVersion', JSON.stringify({ schemaVersion: 7, id: 'bad', title: 'Future' }), /newer version/],
];

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
    expect(((await handlers['backups.list']({ tenderId: tender.id })).entries).map((b) => b.title)).toEqual(['Fragile']);
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
    expect(await (await open(root))['settings.get']({})).toMatchObject({ ...DEFAULT_SETTINGS, organisation: 'Ministry of Examples', revision: 1 });
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
    expect(JSON.parse(await readFile(join(root, 'settings.json'), 'utf8'))).toMatchObject({ ...DEFAULT_SETTINGS, organisation: 'Fresh', revision: 1 });
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
    expect(backups[0]).toMatchObject({ tenderId: tender.id, id: expect.stringMatching(/^\d{4}-.+Z-r13\.json$/), savedAt: tender.updatedAt });
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
    const oldest = ((await handlers['backups.list']({ tenderId: v1.id })).entries).find((b) => b.revision === 1);

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
    for (const title of ['Edition 2', 'Edition 3']) tender = await handlers['tenders.save']({ id: tender.id, content: contentOf(tender, { title }) });
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
