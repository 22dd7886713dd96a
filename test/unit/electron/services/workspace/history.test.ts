import { link, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type BackupEntry, type BackupList, type Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { DEFAULT_HISTORY_POLICY } from '@shared/model/history';
import { contentOf, TenderContentSchema, type Tender, type TenderContent } from '@shared/model/tender';
import { backupsToKeep } from '@shared/rules/retention';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';
import { tempDirsPerTest } from '../temp-dir';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The store's clock, moved by hand: weeks of history in a moment, with real files. */
class HandClock {
  constructor(private at: number) {}
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
}

const tempDir = tempDirsPerTest('tw-history-');
const opened: Handlers[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => closeHandlers(h)));
});

const SMALL: TenderContent = TenderContentSchema.parse(
  JSON.parse(await readFile(join(__dirname, '../../../../fixtures/tenders/small-tender.json'), 'utf8')),
);
const BACKUP_FILE = /-r\d+\.json$/;

async function workspace(start = Date.UTC(2026, 2, 2, 8, 55)) {
  const root = await tempDir();
  const clock = new HandClock(start);
  const handlers = await createHandlers(root, undefined, { clock });
  opened.push(handlers);
  const created = await handlers['tenders.create']({ title: SMALL.title, reference: SMALL.reference, buyer: SMALL.buyer, lots: ['Seed'] });
  let tender: Tender = await handlers['tenders.save']({ id: created.id, content: SMALL });
  const dir = join(root, 'backups', tender.id);
  const save = async (change: (content: TenderContent) => TenderContent = (c) => ({ ...c, description: `${c.description}.` })) => {
    tender = await handlers['tenders.save']({ id: tender.id, content: change(contentOf(tender)) });
    return tender;
  };
  const list = async (): Promise<BackupList> => handlers['backups.list']({ tenderId: tender.id });
  const filesOnDisk = async () => (await readdir(dir)).filter((name) => BACKUP_FILE.test(name)).sort();
  return { root, dir, clock, handlers, save, list, filesOnDisk, tender: () => tender };
}

async function apiError(result: unknown): Promise<ApiError> {
  const error = await Promise.resolve(result).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

const withWeights = (content: TenderContent, delta: number): TenderContent => ({
  ...content,
  lots: content.lots.map((lot, l) =>
    l === 0
      ? {
          ...lot,
          criteria: lot.criteria.map((c, i) =>
            i === 0 ? { ...c, weight: c.weight + delta } : i === 1 ? { ...c, weight: c.weight - delta } : c,
          ),
        }
      : lot,
  ),
});

describe('history on real files', () => {
  it('thins the backups by the rule after each save, as time goes by', async () => {
    const ws = await workspace();
    const taken = new Map<string, string>();
    let previous = await ws.filesOnDisk();
    for (const id of previous) taken.set(id, ws.clock.now().toISOString());
    /** After a save: what is on disk is what the rule keeps of what was there plus the new backup. */
    const saveAndCheck = async () => {
      await ws.save();
      const now = await ws.filesOnDisk();
      const added = now.filter((id) => !taken.has(id));
      expect(added).toHaveLength(1);
      taken.set(added[0]!, ws.clock.now().toISOString());
      const candidates = [...previous, ...added].map((id) => ({ id, takenAt: taken.get(id)! }));
      expect(now).toEqual([...backupsToKeep(candidates, ws.clock.now(), DEFAULT_HISTORY_POLICY)].sort());
      previous = now;
    };
    // A morning of typing, a save every two minutes, then a save on each of a few later days.
    for (let i = 0; i < 90; i += 1) {
      ws.clock.advance(2 * MINUTE);
      await saveAndCheck();
    }
    // Every save of the last 15 minutes, then one per 10 minutes: far fewer than the 92 made.
    expect(previous.length).toBeLessThan(30);
    expect(previous.length).toBeGreaterThan(15);
    for (const days of [2, 10, 60, 25]) {
      ws.clock.advance(days * DAY);
      await saveAndCheck();
    }
    // 97 days on: the morning and the save two days after it are beyond 90 days and gone; the later ones remain.
    const listed = await ws.list();
    expect(listed.entries.map((e) => e.revision)).toEqual([ws.tender().revision, ws.tender().revision - 1, ws.tender().revision - 2]);
    expect(listed.entries.map((e) => e.id).sort()).toEqual(await ws.filesOnDisk());
  });

  it('follows the policy saved in the settings', async () => {
    const ws = await workspace();
    const settings = await ws.handlers['settings.get']({});
    await ws.handlers['settings.save']({
      settings: { ...settings, history: { ...settings.history, keepAllMinutes: 120, tenMinuteSlotsHours: 48 } },
      baseRevision: settings.revision ?? 0,
    });
    for (let i = 0; i < 40; i += 1) {
      ws.clock.advance(2 * MINUTE);
      await ws.save();
    }
    // 80 minutes of saves, all within the two hours that now keep every save.
    expect((await ws.filesOnDisk()).length).toBe(42);
  });

  it('says what changed since the entry before, and again once thinning removed the one between', async () => {
    const ws = await workspace();
    ws.clock.advance(6 * MINUTE); // 09:01, a new 10-minute slot
    await ws.save((c) => withWeights(c, 500));
    ws.clock.advance(MINUTE);
    await ws.save((c) => ({ ...c, title: 'Desktops for schools' }));
    const before = await ws.list();
    expect(before.entries.map((e) => e.changes)).toEqual([
      ['Tender details: title changed'],
      ['Desktop computers: 2 weights changed'],
      ['Lot “Desktop computers” added', 'Lot “Seed” removed', '1 clause added', 'Questionnaire: 1 question added'],
      [],
    ]);
    expect(before.entries.at(-1)!.oldest).toBe(true);
    expect(before.entries[0]).toMatchObject({
      title: 'Desktops for schools',
      savedBy: { user: expect.any(String), machine: expect.any(String) },
    });
    expect(before.entries[0]!.bytes).toBe((await stat(join(ws.dir, before.entries[0]!.id))).size);

    // Half an hour on, the 09:00 slot keeps only its newest save: the weights save is gone.
    ws.clock.advance(30 * MINUTE);
    await ws.save((c) => ({ ...c, description: 'Now with a description' }));
    const after = await ws.list();
    expect(after.entries.map((e) => e.changes)).toEqual([
      ['Tender details: description changed'],
      ['Tender details: title changed', 'Desktop computers: 2 weights changed'],
      [],
    ]);
  });

  it('keeps a pinned version past every stage and through a rebuilt catalog', async () => {
    const ws = await workspace();
    const [first] = (await ws.list()).entries.slice(-1);
    const result = await dispatch(ws.handlers, 'backups.pin', { tenderId: ws.tender().id, backupId: first!.id, name: '  Sent to legal  ' });
    const pinned = (result as { data: BackupEntry }).data;
    expect(pinned.pin).toMatchObject({ name: 'Sent to legal', pinnedBy: { user: expect.any(String) } });
    ws.clock.advance(200 * DAY);
    await ws.save();
    await rm(join(ws.dir, 'catalog.json'));
    await writeFile(join(ws.dir, 'catalog.json'), '{"schemaVersion":1,"entries":{"x":');
    const listed = await ws.list();
    expect(listed.entries.map((e) => [e.id, e.pin?.name])).toEqual([
      [listed.entries[0]!.id, undefined],
      [first!.id, 'Sent to legal'],
    ]);
    // Unpinned, it goes with the next save.
    const unpinned = await ws.handlers['backups.unpin']({ tenderId: ws.tender().id, backupId: first!.id });
    expect(unpinned.pin).toBeUndefined();
    await ws.save();
    expect(await ws.filesOnDisk()).not.toContain(first!.id);
  });

  it('refuses a pin without a name, and one for a backup that is not there', async () => {
    const ws = await workspace();
    const [entry] = (await ws.list()).entries;
    const refused = await dispatch(ws.handlers, 'backups.pin', { tenderId: ws.tender().id, backupId: entry!.id, name: '   ' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/Give the version a name/) },
    });
    expect(
      (await apiError(ws.handlers['backups.pin']({ tenderId: ws.tender().id, backupId: '2020-01-01T00-00-00-000Z-r9.json', name: 'Gone' })))
        .code,
    ).toBe('not_found');
  });

  it('labels the save an export was made from, and keeps it though later saves share its hour', async () => {
    const ws = await workspace();
    await ws.handlers['export.wordPack']({ tenderId: ws.tender().id, exportDate: '2026-03-02' });
    const exported = ws.tender().revision;
    // The same export again from the same save moves the label's time on instead of repeating it.
    ws.clock.advance(MINUTE);
    await ws.handlers['export.wordPack']({ tenderId: ws.tender().id, exportDate: '2026-03-02' });
    await ws.handlers['export.clauses']({ tenderId: ws.tender().id, exportDate: '2026-03-02', includeGuidance: false });
    const [labelled] = (await ws.list()).entries;
    expect(labelled!.snapshots.map((s) => s.label)).toEqual(['Before export of the tender pack', 'Before export of the contract clauses']);
    expect(labelled).toMatchObject({
      revision: exported,
      snapshots: [{ at: ws.clock.now().toISOString() }, { at: ws.clock.now().toISOString() }],
    });
    for (let i = 0; i < 5; i += 1) {
      ws.clock.advance(MINUTE);
      await ws.save();
    }
    ws.clock.advance(3 * DAY);
    await ws.save();
    const entries = (await ws.list()).entries;
    expect(entries.find((e) => e.id === labelled!.id)?.snapshots.map((s) => s.label)).toEqual([
      'Before export of the tender pack',
      'Before export of the contract clauses',
    ]);
    // The other saves of that morning went, but for the newest of each hour.
    expect(entries.map((e) => e.revision)).toEqual([exported + 6, exported + 5, exported + 3, exported]);
  });

  it('keeps a backup of the current save first when an export finds none to label', async () => {
    const ws = await workspace();
    await rm(ws.dir, { recursive: true });
    await ws.handlers['export.clauses']({ tenderId: ws.tender().id, exportDate: '2026-03-02', includeGuidance: false });
    const { entries } = await ws.list();
    expect(entries.map((e) => [e.revision, e.snapshots.map((s) => s.label)])).toEqual([
      [ws.tender().revision, ['Before export of the contract clauses']],
    ]);
    const [only] = await ws.filesOnDisk();
    expect((await stat(join(ws.dir, only!))).ino).toBe((await stat(join(ws.root, 'tenders', `${ws.tender().id}.json`))).ino);
  });

  it('counts the disk once for backups that are hard links to one file', async () => {
    const ws = await workspace();
    await ws.save();
    const files = await ws.filesOnDisk();
    const sizes = await Promise.all(files.map(async (name) => (await stat(join(ws.dir, name))).size));
    const before = (await ws.list()).usage;
    expect(before).toEqual({ count: files.length, bytes: sizes.reduce((a, b) => a + b, 0) });
    // A second name for the newest backup (as a copy tool that keeps links would make).
    await link(join(ws.dir, files.at(-1)!), join(ws.dir, '2026-03-02T08-55-00-500Z-r1.json'));
    expect((await ws.list()).usage).toEqual({ count: files.length + 1, bytes: before.bytes });
  });

  it('rebuilds a damaged catalog from the backup files', async () => {
    const ws = await workspace();
    ws.clock.advance(MINUTE);
    await ws.save((c) => withWeights(c, 300));
    const listed = await ws.list();
    await writeFile(join(ws.dir, 'catalog.json'), 'not json at all');
    expect(await ws.list()).toEqual(listed);
    expect(JSON.parse(await readFile(join(ws.dir, 'catalog.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
  });

  it('stops thinning while the marks cannot be read, and says so', async () => {
    const ws = await workspace();
    const [first] = (await ws.list()).entries.slice(-1);
    await ws.handlers['backups.pin']({ tenderId: ws.tender().id, backupId: first!.id, name: 'Final draft' });
    await writeFile(join(ws.dir, 'marks.json'), '{"schemaVersion":1,"marks":{');
    ws.clock.advance(200 * DAY);
    await ws.save();
    ws.clock.advance(DAY);
    await ws.save();
    const listed = await ws.list();
    expect(listed.entries).toHaveLength(4);
    expect(listed.warning).toMatch(
      /backups\/.+\/marks\.json\) cannot be read: it is not valid JSON.*No version is deleted until the file is repaired or removed/,
    );
    const refused = await apiError(ws.handlers['backups.pin']({ tenderId: ws.tender().id, backupId: first!.id, name: 'Again' }));
    expect(refused.code).toBe('corrupt');
    // The damaged file is left for a person to look at, never replaced.
    expect(await readFile(join(ws.dir, 'marks.json'), 'utf8')).toBe('{"schemaVersion":1,"marks":{');
    // Once it is removed (the pin with it), the next save thins again: 100 days on, only it is left.
    await rm(join(ws.dir, 'marks.json'));
    ws.clock.advance(100 * DAY);
    await ws.save();
    const thinned = await ws.list();
    expect(thinned.warning).toBeUndefined();
    expect(thinned.entries.map((e) => e.revision)).toEqual([ws.tender().revision]);
  });

  it('gives the content of one backup for comparison', async () => {
    const ws = await workspace();
    const [, older] = (await ws.list()).entries;
    const backup = await ws.handlers['backups.get']({ tenderId: ws.tender().id, backupId: older!.id });
    expect(backup).toMatchObject({ revision: older!.revision, title: SMALL.title, lots: [{ title: 'Seed' }] });
    expect(
      (await apiError(ws.handlers['backups.get']({ tenderId: ws.tender().id, backupId: '2020-01-01T00-00-00-000Z-r9.json' }))).code,
    ).toBe('not_found');
  });
});
