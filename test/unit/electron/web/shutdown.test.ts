/**
 * The browser host process (electron/web/index.ts, bundled like the built app) closes its workspace
 * when it is told to stop: SIGTERM, or SIGINT (Ctrl+C), once it is running and while it is still
 * starting. A closed workspace has no presence file of this instance left in presence/: colleagues
 * see it gone at once rather than after the heartbeat expires.
 */
import { spawn } from 'node:child_process';
import { existsSync, watch } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childCommand } from '../../reliability/team-child';
import { makeTempDir, removeDir } from '../../reliability/helpers';

const WEB_ENTRY = join(__dirname, '../../../../electron/web/index.ts');

let scratch: string;
let command: string[];

beforeAll(async () => {
  scratch = await makeTempDir('tw-web-shutdown-');
  command = await childCommand(WEB_ENTRY, join(scratch, 'bundle'));
});

afterAll(async () => {
  await removeDir(scratch);
});

/** Starts the host on a new workspace; `running` resolves once it printed its address (false if it exited first). */
function startHost(workspace: string) {
  const child = spawn(process.execPath, [...command, '--workspace', workspace, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('close', (code, signal) => done({ code, signal })),
  );
  const running = new Promise<boolean>((done) => {
    createInterface({ input: child.stdout }).on('line', (line) => line.startsWith('Tenderwright is running at') && done(true));
    void exited.then(() => done(false));
  });
  return { child, exited, running, stderr: () => stderr };
}

const presenceFiles = async (workspace: string) => {
  const dir = join(workspace, 'presence');
  return existsSync(dir) ? (await readdir(dir)).filter((name) => name.endsWith('.json')) : [];
};

describe('the browser host process', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'closes the workspace on %s: its presence file is removed and it exits cleanly',
    async (signal) => {
      const workspace = join(scratch, `running-${signal}`);
      const host = startHost(workspace);
      expect(await host.running, host.stderr()).toBe(true);
      expect(await presenceFiles(workspace), 'the running host announces itself').toHaveLength(1);

      host.child.kill(signal);
      const { code } = await host.exited;
      expect(code, host.stderr()).toBe(0);
      expect(await presenceFiles(workspace)).toEqual([]);
    },
  );

  it('told to stop while it is still starting, it closes what it opened and leaves no presence file behind', async () => {
    const parent = join(scratch, 'starting');
    await mkdir(parent);
    // Stopped as soon as its workspace folder appears: the process is opening the workspace then.
    const watcher = watch(parent);
    const host = startHost(join(parent, 'workspace'));
    await new Promise<void>((done) => watcher.on('change', (_event, name) => String(name) === 'workspace' && done()));
    watcher.close();
    host.child.kill('SIGTERM');
    const { code } = await host.exited;
    expect(code, host.stderr()).toBe(0);
    expect(await presenceFiles(join(parent, 'workspace'))).toEqual([]);
  });
});
