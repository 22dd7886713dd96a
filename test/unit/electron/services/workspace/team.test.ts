/**
 * Two Tenderwright instances on one workspace folder, as two colleagues on a shared drive: each with
 * its own handlers and store (own caches), on the same real files.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import type { ApiErrorBody } from '@shared/api/errors';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers, startTeamServices } from '../../../../../electron/services/handlers';
import { makeTempDir, removeDir } from '../../../reliability/helpers';

const opened: Handlers[] = [];
const dirs: string[] = [];

async function instance(root: string): Promise<Handlers> {
  const recoveryDir = await makeTempDir('tw-recovery-');
  dirs.push(recoveryDir);
  const handlers = await createHandlers(root, undefined, { recoveryDir });
  opened.push(handlers);
  return handlers;
}

async function call<M extends Method>(handlers: Handlers, method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { body: result.error });
  return result.data as Output<M>;
}

async function refusal<M extends Method>(handlers: Handlers, method: M, input: Input<M>): Promise<ApiErrorBody> {
  const result = await dispatch(handlers, method, input);
  if (result.ok) throw new Error(`${method} was expected to be refused`);
  return result.error;
}

async function twoColleagues() {
  const root = await makeTempDir('tw-team-');
  dirs.push(root);
  const ana = await instance(root);
  const ben = await instance(root);
  return { root, ana, ben };
}

afterEach(async () => {
  for (const handlers of opened.splice(0)) await closeHandlers(handlers);
  for (const dir of dirs.splice(0)) await removeDir(dir);
});

describe('revision-checked writes', () => {
  it('refuses a save from a stale copy with who saved first, and keeps both versions', async () => {
    const { ana, ben } = await twoColleagues();
    const created = await call(ana, 'tenders.create', { title: 'Laptops', reference: 'L-1', buyer: 'Council', lots: ['Lot 1'] });
    const benCopy = await call(ben, 'tenders.get', { id: created.id });
    const anaSaved = await call(ana, 'tenders.save', {
      id: created.id,
      content: { ...contentOf(created), description: 'Ana' },
      baseRevision: created.revision,
    });
    const error = await refusal(ben, 'tenders.save', {
      id: created.id,
      content: { ...contentOf(benCopy), description: 'Ben' },
      baseRevision: benCopy.revision,
    });
    expect(error.code).toBe('conflict');
    expect(error.conflict).toMatchObject({
      document: 'tender',
      id: created.id,
      revision: anaSaved.revision,
      baseRevision: benCopy.revision,
    });
    expect(error.conflict?.savedBy?.instance).toBe(anaSaved.savedBy?.instance);
    expect(error.message).toMatch(/was changed by .* at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect((await call(ben, 'tenders.get', { id: created.id })).description).toBe('Ana');
    // Keep mine: a new revision on top of theirs.
    const mine = await call(ben, 'tenders.save', {
      id: created.id,
      content: { ...contentOf(benCopy), description: 'Ben' },
      baseRevision: anaSaved.revision,
    });
    expect(mine.revision).toBe(anaSaved.revision + 1);
    const backups = (await call(ana, 'backups.list', { tenderId: created.id })).entries;
    expect(backups.map((b) => b.revision)).toContain(anaSaved.revision);
  });

  it('lets records written by a colleague through without making the open copy stale', async () => {
    const { ana, ben } = await twoColleagues();
    const created = await call(ana, 'tenders.create', { title: 'Laptops', reference: 'L-1', buyer: 'Council', lots: ['Lot 1'] });
    const store = (await import('../../../../../electron/services/handlers')).workspaceStoreOf(ben)!;
    await store.updateRecords(created.id, (stored) => contentOf(stored));
    const saved = await call(ana, 'tenders.save', {
      id: created.id,
      content: { ...contentOf(created), description: 'Ana' },
      baseRevision: created.revision,
    });
    expect(saved.revision).toBe(created.revision + 2);
    expect(saved.contentRevision).toBe(saved.revision);
  });

  it('refuses settings saved from a stale copy', async () => {
    const { ana, ben } = await twoColleagues();
    const anaView = await call(ana, 'settings.get', {});
    const benView = await call(ben, 'settings.get', {});
    await call(ana, 'settings.save', { settings: { ...anaView, organisation: 'Ana Council' }, baseRevision: anaView.revision ?? 0 });
    expect((await call(ben, 'settings.get', {})).organisation).toBe('Ana Council');
    const error = await refusal(ben, 'settings.save', {
      settings: { ...benView, organisation: 'Ben Council' },
      baseRevision: benView.revision ?? 0,
    });
    expect(error.conflict).toMatchObject({ document: 'settings', revision: 1, baseRevision: 0 });
  });

  it('merges library edits of different items and refuses a stale edit of the same one', async () => {
    const { ana, ben } = await twoColleagues();
    const base = await call(ana, 'library.get', {});
    const question = (id: string, text: string) => ({ ...base.questions.builtin[0]!, id, question: text });
    await call(ana, 'library.saveQuestion', { question: question('q-ana-1', 'Ana asks'), baseRevision: base.revision });
    const benView = await call(ben, 'library.saveQuestion', { question: question('q-ben-1', 'Ben asks'), baseRevision: base.revision });
    expect(benView.questions.own.map((q) => q.id).sort()).toEqual(['q-ana-1', 'q-ben-1']);
    const error = await refusal(ben, 'library.saveQuestion', {
      question: question('q-ana-1', 'Ben rewrites'),
      baseRevision: base.revision,
    });
    expect(error.conflict).toMatchObject({ document: 'library', id: 'question:q-ana-1' });
  });
});

describe('presence and change notices', () => {
  it('shows each instance to the other and notices a colleague’s save', async () => {
    const { ana, ben } = await twoColleagues();
    await startTeamServices(ana);
    await startTeamServices(ben);
    const created = await call(ana, 'tenders.create', { title: 'Laptops', reference: 'L-1', buyer: 'Council', lots: ['Lot 1'] });
    await call(ana, 'presence.report', { openTenderId: created.id });
    const seen = await call(ben, 'presence.list', {});
    expect(seen.others).toHaveLength(1);
    expect(seen.others[0]).toMatchObject({ openTenderId: created.id, mode: 'browser' });

    const start = await call(ben, 'workspace.changes', { after: 0 });
    const waiting = call(ben, 'workspace.changes', { after: start.cursor, waitMs: 10_000 });
    await call(ana, 'tenders.save', {
      id: created.id,
      content: { ...contentOf(created), description: 'Ana' },
      baseRevision: created.revision,
    });
    let feed = await waiting;
    while (!feed.changes.some((c) => c.kind === 'tender' && c.revision === created.revision + 1)) {
      feed = await call(ben, 'workspace.changes', { after: feed.cursor, waitMs: 10_000 });
    }
    const change = feed.changes.find((c) => c.kind === 'tender')!;
    expect(change).toMatchObject({ kind: 'tender', id: created.id, removed: false });
  });
});

describe('presence of instances that stopped', () => {
  it('leaves out an instance whose heartbeat is older than the expiry, by the file system’s clock', async () => {
    const { root, ana } = await twoColleagues();
    await startTeamServices(ana);
    const entry = (instance: string) =>
      JSON.stringify({ user: 'ana', machine: 'PC-17', mode: 'desktop', instance, since: '2026-12-03T14:02:00.000Z', openTenderId: null });
    await writeFile(join(root, 'presence', 'crashed.json'), entry('crashed'));
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await utimes(join(root, 'presence', 'crashed.json'), longAgo, longAgo);
    await writeFile(join(root, 'presence', 'alive.json'), entry('alive'));
    const seen = await call(ana, 'presence.list', {});
    expect(seen.others.map((o) => o.instance)).toEqual(['alive']);
  });
});

describe('faults', () => {
  it('names the folder when the workspace vanished, writes nothing, and keeps the edits on this computer', async () => {
    const { root, ana } = await twoColleagues();
    const created: Tender = await call(ana, 'tenders.create', { title: 'Laptops', reference: 'L-1', buyer: 'Council', lots: ['Lot 1'] });
    const content = { ...contentOf(created), description: 'Typed while the share was down' };
    await rename(root, `${root}-away`);
    try {
      const error = await refusal(ana, 'tenders.save', { id: created.id, content, baseRevision: created.revision });
      expect(error.fault).toEqual({ kind: 'unreachable', folder: root });
      expect(error.message).toContain(root);
      await call(ana, 'recovery.save', { tenderId: created.id, baseRevision: created.revision, content });
      await expect(readFile(join(root, 'tenders', `${created.id}.json`))).rejects.toThrow();
    } finally {
      await rm(root, { recursive: true, force: true });
      await mkdir(root, { recursive: false }).catch(() => undefined);
      await rm(root, { recursive: true, force: true });
      await rename(`${root}-away`, root);
    }
    expect((await call(ana, 'recovery.get', { tenderId: created.id }))?.content.description).toBe('Typed while the share was down');
    const saved = await call(ana, 'tenders.save', { id: created.id, content, baseRevision: created.revision });
    expect(saved.description).toBe('Typed while the share was down');
  });
});

describe('locks left behind', () => {
  it('takes over at once a lock whose holder on this machine is gone, and one from another machine once stale', async () => {
    const { root, ana } = await twoColleagues();
    const created = await call(ana, 'tenders.create', { title: 'Laptops', reference: 'L-1', buyer: 'Council', lots: ['Lot 1'] });
    const lockDir = join(root, 'tenders', `${created.id}.json.lock`);
    // A crashed local holder: its pid does not run.
    await mkdir(lockDir);
    const { MACHINE_TAG } = await import('../../../../../electron/services/workspace/durable-file');
    await writeFile(join(lockDir, `owner-${MACHINE_TAG}-${2 ** 30}`), '');
    const first = await call(ana, 'tenders.save', {
      id: created.id,
      content: { ...contentOf(created), description: 'after a local crash' },
      baseRevision: created.revision,
    });
    expect(first.description).toBe('after a local crash');
    // Another machine's lock, last refreshed (by the file server's clock) a minute ago: stale.
    await mkdir(lockDir);
    await writeFile(join(lockDir, 'owner-ffffffff-1'), '');
    const aMinuteAgo = new Date(Date.now() - 60_000);
    await utimes(lockDir, aMinuteAgo, aMinuteAgo);
    const second = await call(ana, 'tenders.save', {
      id: created.id,
      content: { ...contentOf(first), description: 'after a remote crash' },
      baseRevision: first.revision,
    });
    expect(second.description).toBe('after a remote crash');
    expect(existsSync(lockDir)).toBe(false);
  });
});
