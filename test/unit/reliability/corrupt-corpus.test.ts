/**
 * Reliability drill (issue 7, item 7): every file of the corrupt-file corpus (test/fixtures/corrupt)
 * is put in place of a tender file, of settings.json and of library.json in an otherwise healthy
 * workspace. Each must be set aside as <name>.corrupt-<timestamp> with its bytes unchanged and a
 * plain reason, while the other tenders still list, open and save, and a damaged tender can be
 * restored from its backups.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '@shared/api/contract';
import type { BackupList, WorkspaceStatus } from '@shared/api/contract';
import type { ApiResult } from '@shared/api/errors';
import { LibrarySchema, DEFAULT_LIBRARY } from '@shared/model/library';
import { SettingsSchema, DEFAULT_SETTINGS, type Settings } from '@shared/model/settings';
import { contentOf, TenderSchema, type Tender, type TenderSummary } from '@shared/model/tender';
import { closeHandlers, createHandlers, workspaceStoreOf } from '../../../electron/services/handlers';
import { createRng, makeTempDir, removeDir } from './helpers';

const CORPUS_DIR = join(__dirname, '../../fixtures/corrupt');
const QUARANTINED = /\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?$/;

type Kind = 'tender' | 'settings' | 'library';
const KINDS: readonly Kind[] = ['tender', 'settings', 'library'];

interface CorpusCase {
  name: string;
  /** Case-insensitive regular expression the quarantine reason must match. */
  reason: string;
  kinds?: Kind[];
  bytes?: string;
  randomBytes?: number;
  deepNesting?: number;
  from?: 'valid';
  truncateAt?: number;
  prefixHex?: string;
  set?: Partial<Record<Kind | '*', Record<string, unknown>>>;
  delete?: Partial<Record<Kind, string[]>>;
  insertAfterBrace?: string;
}

const corpus = JSON.parse(await readFile(join(CORPUS_DIR, 'corpus.json'), 'utf8')) as { cases: CorpusCase[] };

/** The damaged bytes for one case, given a valid file of that kind written by the app. */
async function corruptBytes(entry: CorpusCase, kind: Kind, valid: Buffer): Promise<Buffer> {
  if (entry.bytes) return readFile(join(CORPUS_DIR, 'bytes', entry.bytes));
  if (entry.randomBytes) {
    const rng = createRng(entry.randomBytes);
    const out = Buffer.alloc(entry.randomBytes);
    for (let i = 0; i < out.length; i += 4) out.writeUInt32LE(Math.floor(rng.next() * 0x100000000), i);
    out[0] = 0xff; // never valid UTF-8, whatever the generator produced
    return out;
  }
  if (entry.deepNesting) return Buffer.from(`{"schemaVersion":1,"deep":${'['.repeat(entry.deepNesting)}${']'.repeat(entry.deepNesting)}}`);
  if (entry.from !== 'valid') throw new Error(`corpus case "${entry.name}" says nothing about its bytes`);
  let bytes = valid;
  if (entry.set || entry.delete) {
    const doc = JSON.parse(valid.toString('utf8')) as Record<string, unknown>;
    for (const [field, value] of Object.entries({ ...entry.set?.['*'], ...entry.set?.[kind] })) {
      Object.defineProperty(doc, field, { value, enumerable: true, writable: true, configurable: true });
    }
    for (const field of entry.delete?.[kind] ?? []) delete doc[field];
    bytes = Buffer.from(`${JSON.stringify(doc, null, 2)}\n`);
  }
  if (entry.insertAfterBrace !== undefined) {
    const text = bytes.toString('utf8');
    const brace = text.indexOf('{');
    bytes = Buffer.from(`${text.slice(0, brace + 1)}${entry.insertAfterBrace}${text.slice(brace + 1)}`);
  }
  if (entry.truncateAt !== undefined) bytes = bytes.subarray(0, Math.max(1, Math.floor(bytes.length * entry.truncateAt)));
  if (entry.prefixHex) bytes = Buffer.concat([Buffer.from(entry.prefixHex, 'hex'), bytes]);
  if (bytes.equals(valid)) throw new Error(`corpus case "${entry.name}" left the ${kind} file unchanged`);
  return bytes;
}

async function call<T>(handlers: Handlers, method: string, input: unknown = {}): Promise<T> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
  return result.data as T;
}

const failure = (result: ApiResult<unknown>) => (result.ok ? undefined : result.error);

let scratch: string;
let template: string;
let victim: Tender;
let others: Tender[];
let cases = 0;

const fileOf = (root: string, kind: Kind) =>
  kind === 'tender' ? join(root, 'tenders', `${victim.id}.json`) : join(root, kind === 'settings' ? 'settings.json' : 'library.json');

/**
 * A fresh copy of the healthy template workspace with one file replaced by `bytes`. The copy makes
 * each backup a file of its own (cp does not keep hard links), so the newest backup, the last save,
 * is not damaged along with the tender file: as with a workspace copied back from elsewhere.
 */
async function damagedWorkspace(kind: Kind, bytes: Buffer): Promise<string> {
  cases += 1;
  const root = join(scratch, `case-${cases}`);
  await cp(template, root, { recursive: true });
  await writeFile(fileOf(root, kind), bytes);
  return root;
}

async function quarantinedCopies(dir: string, original: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith(`${original}.corrupt-`) && QUARANTINED.test(name));
}

/** The other tenders still list, open and save, and new ones can be created. */
async function expectRestOfWorkspaceUsable(handlers: Handlers, expectedIds: string[]): Promise<void> {
  const list = await call<TenderSummary[]>(handlers, 'tenders.list');
  expect(list.map((t) => t.id).sort()).toEqual([...expectedIds].sort());
  for (const other of others) {
    const opened = await call<Tender>(handlers, 'tenders.get', { id: other.id });
    expect(opened.title).toBe(other.title);
    const saved = await call<Tender>(handlers, 'tenders.save', {
      id: other.id,
      content: { ...contentOf(opened), description: 'Saved after the damage' },
    });
    expect(saved.revision).toBe(opened.revision + 1);
  }
  const created = await call<Tender>(handlers, 'tenders.create', {
    title: 'Created after the damage',
    reference: '',
    buyer: '',
    lots: ['Lot 1'],
  });
  expect(
    TenderSchema.safeParse(JSON.parse(await readFile(join(workspaceOf(handlers), 'tenders', `${created.id}.json`), 'utf8'))).success,
  ).toBe(true);
}

const workspaceOf = (handlers: Handlers) => workspaceStoreOf(handlers)!.layout.root;

beforeAll(async () => {
  scratch = await makeTempDir('tw-corrupt-');
  template = join(scratch, 'template');
  const handlers = await createHandlers(template);
  const created = await call<Tender>(handlers, 'tenders.create', { title: 'Victim', reference: 'V-1', buyer: 'Council', lots: ['Lot 1'] });
  await call<Tender>(handlers, 'tenders.save', { id: created.id, content: { ...contentOf(created), description: 'Second version' } });
  victim = await call<Tender>(handlers, 'tenders.save', {
    id: created.id,
    content: { ...contentOf(created), description: 'Third version' },
  });
  const otherA = await call<Tender>(handlers, 'tenders.create', { title: 'Other A', reference: 'A-1', buyer: 'Council', lots: ['Lot 1'] });
  const otherB = await call<Tender>(handlers, 'tenders.create', {
    title: 'Other B',
    reference: 'B-1',
    buyer: 'Council',
    lots: ['Lot 1', 'Lot 2'],
  });
  others = [
    otherA,
    await call<Tender>(handlers, 'tenders.save', { id: otherB.id, content: { ...contentOf(otherB), description: 'Edited' } }),
  ];
  const settings = await call<Settings>(handlers, 'settings.get');
  await call<Settings>(handlers, 'settings.save', { settings: { ...settings, organisation: 'Template Council' } });
  const store = workspaceStoreOf(handlers)!;
  await store.updateLibrary((own) => own);
  await closeHandlers(handlers);
});

afterAll(async () => {
  await removeDir(scratch);
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
});

describe.each(KINDS)('a damaged %s file', (kind) => {
  const applicable = corpus.cases.filter((c) => !c.kinds || c.kinds.includes(kind));
  const variants = kind === 'tender' ? (['opened first', 'listed first'] as const) : (['at start-up'] as const);

  describe.each(variants)('found %s', (variant) => {
    it.each(applicable.map((c) => [c.name, c] as const))('%s: quarantined with its bytes kept, the rest usable', async (_name, entry) => {
      const valid = await readFile(fileOf(template, kind));
      const bytes = await corruptBytes(entry, kind, valid);
      const root = await damagedWorkspace(kind, bytes);
      const reason = new RegExp(entry.reason, 'i');
      const dir = kind === 'tender' ? join(root, 'tenders') : root;
      const original = kind === 'tender' ? `${victim.id}.json` : kind === 'settings' ? 'settings.json' : 'library.json';

      let handlers = await createHandlers(root);
      try {
        if (kind === 'tender') {
          if (variant === 'opened first') {
            const error = failure(await dispatch(handlers, 'tenders.get', { id: victim.id }));
            expect(error?.code).toBe('corrupt');
            expect(error?.message).toMatch(reason);
            expect(error?.message).toMatch(/backup\(s\) can be restored/);
          }
          await expectRestOfWorkspaceUsable(
            handlers,
            others.map((t) => t.id),
          );
          if (variant === 'listed first') {
            expect(failure(await dispatch(handlers, 'tenders.get', { id: victim.id }))?.code).toBe('not_found');
          }
        } else if (kind === 'settings') {
          expect(await call<Settings>(handlers, 'settings.get')).toEqual(DEFAULT_SETTINGS);
        } else {
          expect(await workspaceStoreOf(handlers)!.library()).toEqual(DEFAULT_LIBRARY);
        }

        // Set aside under a new name, byte for byte; the original name is free.
        const copies = await quarantinedCopies(dir, original);
        expect(copies).toHaveLength(1);
        const kept = join(dir, copies[0]!);
        expect((await readFile(kept)).equals(bytes), 'quarantined bytes differ from the damaged file').toBe(true);
        expect(existsSync(join(dir, original))).toBe(false);

        const status = await call<WorkspaceStatus>(handlers, 'workspace.status');
        expect(status.quarantined).toHaveLength(1);
        const notice = status.quarantined[0]!;
        expect(notice.file).toBe(kind === 'tender' ? `tenders/${copies[0]}` : copies[0]);
        expect(notice.reason).toMatch(reason);
        if (kind === 'tender') expect(notice).toMatchObject({ tenderId: victim.id, backupsAvailable: 3 });
        else expect(notice.tenderId).toBeUndefined();

        if (kind === 'tender') {
          // Restore the newest backup: the tender is back as of its last save.
          const backups = (await call<BackupList>(handlers, 'backups.list', { tenderId: victim.id })).entries;
          expect(backups.map((b) => b.revision)).toEqual([victim.revision, victim.revision - 1, victim.revision - 2]);
          const restored = await call<Tender>(handlers, 'backups.restore', { tenderId: victim.id, backupId: backups[0]!.id });
          expect(restored.description).toBe('Third version');
          expect(restored.revision).toBeGreaterThan(backups[0]!.revision);
          expect(await call<Tender>(handlers, 'tenders.get', { id: victim.id })).toEqual(restored);
          const list = await call<TenderSummary[]>(handlers, 'tenders.list');
          expect(list.map((t) => t.id)).toContain(victim.id);
        } else {
          await expectRestOfWorkspaceUsable(handlers, [victim.id, ...others.map((t) => t.id)]);
          // Saving writes a fresh file beside the set-aside one, which stays untouched.
          if (kind === 'settings') {
            await call<Settings>(handlers, 'settings.save', { settings: { ...DEFAULT_SETTINGS, organisation: 'After the damage' } });
            expect(SettingsSchema.parse(JSON.parse(await readFile(join(root, original), 'utf8'))).organisation).toBe('After the damage');
          } else {
            const store = workspaceStoreOf(handlers)!;
            await store.updateLibrary((own) => own);
            expect(LibrarySchema.safeParse(JSON.parse(await readFile(join(root, original), 'utf8'))).success).toBe(true);
          }
        }
        expect((await readFile(kept)).equals(bytes), 'a later save touched the quarantined file').toBe(true);

        // A fresh start finds a healthy file, and still reports the set-aside one with its reason.
        await closeHandlers(handlers);
        handlers = await createHandlers(root);
        const again = await call<WorkspaceStatus>(handlers, 'workspace.status');
        expect(again.quarantined.map((q) => q.file)).toEqual([notice.file]);
        expect(again.quarantined[0]!.reason).toMatch(reason);
        if (kind === 'settings') expect((await call<Settings>(handlers, 'settings.get')).organisation).toBe('After the damage');
        expect((await call<TenderSummary[]>(handlers, 'tenders.list')).map((t) => t.id)).toContain(victim.id);

        // Dismissing the notice keeps the bytes, in backups/quarantine/.
        const dismissed = await call<WorkspaceStatus>(handlers, 'workspace.dismissQuarantined', { file: notice.file });
        expect(dismissed.quarantined).toEqual([]);
        expect((await readFile(join(root, 'backups', 'quarantine', copies[0]!))).equals(bytes)).toBe(true);
      } finally {
        await closeHandlers(handlers);
      }
    });
  });
});
