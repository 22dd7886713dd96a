/**
 * A full disk and a read-only share, for real: the workspace lives on a small tmpfs mounted for the
 * test (and remounted read-only). Mounting needs root with the right to mount; where that is refused
 * the tests skip and say why.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type Handlers, type Input, type Method } from '@shared/api/contract';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';

function canMount(): boolean {
  if (process.platform !== 'linux') return false;
  const probe = mkdtempSync(join(tmpdir(), 'tw-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mountable = canMount();
const recoveryDir = join(tmpdir(), `tw-fault-recovery-${process.pid}`);
let mountPoint = '';
let handlers: Handlers | undefined;

beforeEach(() => {
  if (!mountable) return;
  mountPoint = mkdtempSync(join(tmpdir(), 'tw-fault-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
});

afterEach(async () => {
  if (handlers) await closeHandlers(handlers);
  handlers = undefined;
  if (!mountable) return;
  execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
  rmSync(recoveryDir, { recursive: true, force: true });
});

async function send<M extends Method>(method: M, input: Input<M>) {
  return dispatch(handlers!, method, input);
}

describe.skipIf(!mountable)('workspace faults on a real file system (needs root to mount a tmpfs)', () => {
  it('a full disk: the save is refused naming the folder, the file on disk is untouched, and it saves once there is room', async () => {
    const root = join(mountPoint, 'workspace');
    handlers = await createHandlers(root, undefined, { recoveryDir });
    const created = (
      (await send('tenders.create', { title: 'Laptops', reference: 'L-1', buyer: 'Council', lots: ['Lot 1'] })) as { data: Tender }
    ).data;
    const before = await readFile(join(root, 'tenders', `${created.id}.json`));
    // Fill what is left, in pieces, until the file system says no.
    for (let i = 0; ; i += 1) {
      try {
        await writeFile(join(mountPoint, `filler-${i}`), Buffer.alloc(64 * 1024));
      } catch {
        break;
      }
    }
    const refused = await send('tenders.save', {
      id: created.id,
      content: { ...contentOf(created), description: 'x'.repeat(20_000) },
      baseRevision: created.revision,
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.fault).toEqual({ kind: 'full', folder: root });
    expect(refused.error.message).toContain(root);
    expect(await readFile(join(root, 'tenders', `${created.id}.json`))).toEqual(before);
    execFileSync('sh', ['-c', `rm -f ${mountPoint}/filler*`]);
    const saved = await send('tenders.save', {
      id: created.id,
      content: { ...contentOf(created), description: 'x'.repeat(20_000) },
      baseRevision: created.revision,
    });
    expect(saved.ok).toBe(true);
  });

  it('a read-only share: the save is refused as read-only, naming the folder', async () => {
    const root = join(mountPoint, 'workspace');
    handlers = await createHandlers(root, undefined, { recoveryDir });
    const created = (
      (await send('tenders.create', { title: 'Laptops', reference: 'L-1', buyer: 'Council', lots: ['Lot 1'] })) as { data: Tender }
    ).data;
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const refused = await send('tenders.save', {
        id: created.id,
        content: { ...contentOf(created), description: 'On a read-only share' },
        baseRevision: created.revision,
      });
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error.fault).toEqual({ kind: 'read-only', folder: root });
      expect(refused.error.message).toContain('is read-only for you');
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
  });
});
