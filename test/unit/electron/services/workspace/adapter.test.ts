import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '@shared/model/settings';
import { TENDER_SCHEMA_VERSION, type Tender } from '@shared/model/tender';
import { DurableJsonAdapter } from '../../../../../electron/services/workspace/adapter';
import { removeStaleTempFiles, writeFileDurably } from '../../../../../electron/services/workspace/durable-file';
import { CorruptFileError } from '../../../../../electron/services/workspace/errors';
import { SETTINGS_FORMAT, tenderFormat } from '../../../../../electron/services/workspace/formats';
import { filesUnder, TEMP_FILE, tempDirsPerTest } from '../temp-dir';

const tempDir = tempDirsPerTest();

const tender = (id: string, title = 'Laptops for schools'): Tender => ({
  schemaVersion: TENDER_SCHEMA_VERSION,
  id,
  title,
  reference: 'REF-1',
  buyer: 'City of Example',
  description: '',
  lots: [{ id: 'lot-a', title: 'Lot A', criteria: [], requirements: [] }],
  clauses: [],
  qa: { questions: [], suppliers: [], threads: [] },
  createdAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  revision: 1,
});

async function readError(file: string, bytes: string | Uint8Array): Promise<CorruptFileError> {
  await writeFile(file, bytes);
  const error = await new DurableJsonAdapter(file, SETTINGS_FORMAT).read().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CorruptFileError);
  return error as CorruptFileError;
}

describe('DurableJsonAdapter with lowdb', () => {
  it('writes a file that a new Low instance reads back', async () => {
    const file = join(await tempDir(), 'settings.json');
    const db = new Low<Settings>(new DurableJsonAdapter(file, SETTINGS_FORMAT), structuredClone(DEFAULT_SETTINGS));
    await db.read();
    expect(db.data).toEqual(DEFAULT_SETTINGS);
    await db.update((data) => {
      data.organisation = 'Ministry of Examples';
    });

    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, organisation: 'Ministry of Examples' });
    const reopened = new Low<Settings>(new DurableJsonAdapter(file, SETTINGS_FORMAT), structuredClone(DEFAULT_SETTINGS));
    await reopened.read();
    expect(reopened.data.organisation).toBe('Ministry of Examples');
  });

  it('reads a missing file as null, so lowdb keeps its default', async () => {
    const adapter = new DurableJsonAdapter(join(await tempDir(), 'settings.json'), SETTINGS_FORMAT);
    expect(await adapter.read()).toBeNull();
  });

  it('creates the folder it writes into', async () => {
    const file = join(await tempDir(), 'deep', 'er', 'settings.json');
    await new DurableJsonAdapter(file, SETTINGS_FORMAT).write(DEFAULT_SETTINGS);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses to write a document that would not read back', async () => {
    const dir = await tempDir();
    const adapter = new DurableJsonAdapter(join(dir, 'settings.json'), SETTINGS_FORMAT);
    await expect(adapter.write({ ...DEFAULT_SETTINGS, organisation: 42 } as unknown as Settings)).rejects.toThrow(/organisation/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('serialises concurrent writes to one file: the last call wins and no temp file remains', async () => {
    const dir = await tempDir();
    const file = join(dir, 'settings.json');
    const adapters = [new DurableJsonAdapter(file, SETTINGS_FORMAT), new DurableJsonAdapter(file, SETTINGS_FORMAT)];
    const writes = Array.from({ length: 40 }, (_, i) =>
      (adapters[i % 2] as DurableJsonAdapter<Settings>).write({ ...DEFAULT_SETTINGS, organisation: `Org ${i}` }),
    );
    // Readers in between always see a whole file, never a half-written one.
    const reads = Array.from({ length: 40 }, () =>
      readFile(file, 'utf8').then(
        (text) => JSON.parse(text) as Settings,
        () => null,
      ),
    );
    await Promise.all([...writes, ...reads]);
    for (const seen of await Promise.all(reads)) if (seen) expect(seen.organisation).toMatch(/^Org \d+$/);

    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...DEFAULT_SETTINGS, organisation: 'Org 39' });
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('snapshots the data when write is called, not when the queue reaches it', async () => {
    const file = join(await tempDir(), 'settings.json');
    const adapter = new DurableJsonAdapter(file, SETTINGS_FORMAT);
    const data: Settings = { ...DEFAULT_SETTINGS, organisation: 'first' };
    const first = adapter.write(data);
    data.organisation = 'second';
    await first;
    expect(JSON.parse(await readFile(file, 'utf8')).organisation).toBe('first');
  });

  it('removes its temp file when the rename fails', async () => {
    const dir = await tempDir();
    // A folder where the file should go makes the rename fail for real.
    await mkdir(join(dir, 'settings.json'));
    await expect(writeFileDurably(join(dir, 'settings.json'), '{}')).rejects.toThrow();
    expect((await filesUnder(dir)).filter((name) => TEMP_FILE.test(name))).toEqual([]);
  });

  it('migrates a legacy document on read without touching the file', async () => {
    const file = join(await tempDir(), 'legacy.json');
    const legacy =
      '{"id":"legacy","title":"Old","reference":"","buyer":"","lots":[{"id":"l1","title":"One"}],"createdAt":"2019-01-01T00:00:00.000Z","updatedAt":"2019-01-01T00:00:00.000Z"}';
    await writeFile(file, legacy);
    const read = await new DurableJsonAdapter(file, tenderFormat('legacy')).read();
    expect(read).toMatchObject({ schemaVersion: TENDER_SCHEMA_VERSION, description: '', revision: 0, title: 'Old' });
    expect(await readFile(file, 'utf8')).toBe(legacy);
  });

  it('rejects a tender whose id does not match its file name', async () => {
    const file = join(await tempDir(), 'abc.json');
    await writeFile(file, JSON.stringify(tender('xyz')));
    await expect(new DurableJsonAdapter(file, tenderFormat('abc')).read()).rejects.toThrow(/does not match the file name/);
  });
});

describe('corrupt files are reported in plain words, never repaired', () => {
  it.each([
    ['empty', '', /the file is empty/],
    ['whitespace only', ' \n\t ', /the file is empty/],
    ['truncated JSON', '{"schemaVersion":1,"organisa', /not valid JSON.*cut off/],
    ['null', 'null', /expected a JSON object, found null/],
    ['an array', '[]', /expected a JSON object, found an array/],
    ['BOM-prefixed', '\uFEFF{"schemaVersion":1,"organisation":""}', /byte-order mark/],
    ['schema-invalid', '{"schemaVersion":1,"organisation":7}', /does not match the layout of the settings file: organisation/],
    ['an unknown field', '{"schemaVersion":1,"organisation":"","colour":"red"}', /does not match the layout/],
    ['from the future', '{"schemaVersion":99,"organisation":""}', /newer version of Tenderwright/],
    ['a nonsense schemaVersion', '{"schemaVersion":"one","organisation":""}', /not a valid version number/],
  ])('%s', async (_name, contents, reason) => {
    const error = await readError(join(await tempDir(), 'settings.json'), contents);
    expect(error.reason).toMatch(reason);
  });

  it('invalid UTF-8', async () => {
    const error = await readError(join(await tempDir(), 'settings.json'), Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(error.reason).toMatch(/not valid UTF-8/);
  });
});

describe('removeStaleTempFiles', () => {
  it('deletes temp files of processes that are gone (another machine’s once an hour old) and keeps everything else', async () => {
    const dir = await tempDir();
    const deadPid = 2 ** 30; // above any pid limit, so no such process
    await writeFile(join(dir, 'a.json'), '{}');
    await writeFile(join(dir, `a.json.${deadPid}.0a1b2c.tmp`), '{"half');
    // Written by another machine (another tag before the random part): its pid says nothing here.
    const otherMachine = (name: string) => `${name}.${deadPid}.ffffffff0123456789ab.tmp`;
    const inFlightElsewhere = otherMachine('b.json');
    const abandonedElsewhere = otherMachine('c.json');
    await writeFile(join(dir, inFlightElsewhere), 'in flight on a colleague’s machine');
    await writeFile(join(dir, abandonedElsewhere), 'left two hours ago');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(join(dir, abandonedElsewhere), twoHoursAgo, twoHoursAgo);
    await writeFile(join(dir, `a.json.${process.pid}.0a1b2c.tmp`), 'in flight');
    await writeFile(join(dir, 'notes.tmp'), 'not ours');

    expect((await removeStaleTempFiles(dir)).sort()).toEqual([`a.json.${deadPid}.0a1b2c.tmp`, abandonedElsewhere]);
    expect((await readdir(dir)).sort()).toEqual(['a.json', `a.json.${process.pid}.0a1b2c.tmp`, inFlightElsewhere, 'notes.tmp']);
  });

  it('treats a missing folder as empty', async () => {
    expect(await removeStaleTempFiles(join(await tempDir(), 'nope'))).toEqual([]);
  });
});
