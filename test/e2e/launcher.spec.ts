/** `npm start` on a machine without the Electron runtime: one plain sentence, then browser mode. */
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(__filename);
const { electronBinary } = require('../../electron/launcher/electron-binary.cjs') as { electronBinary: () => string | null };
const root = resolve(__dirname, '..', '..');

test('npm start explains the missing runtime and serves the app in browser mode', async ({ page }) => {
  test.skip(electronBinary() !== null, 'The Electron runtime is installed here, so npm start opens the desktop app instead.');
  const workspace = await mkdtemp(join(tmpdir(), 'tw-start-'));
  const child = spawn(process.execPath, [join(root, 'electron', 'launcher', 'start.mjs'), '--workspace', workspace, '--port', '0'], {
    cwd: root,
    env: { ...process.env, TENDERWRIGHT_SKIP_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const lines: string[] = [];
    const url = await new Promise<string>((done, fail) => {
      child.once('exit', (code) => fail(new Error(`npm start exited (${code}) early:\n${lines.join('\n')}`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(line);
        if (match) done(match[1]!);
      });
    });
    expect(lines[0]).toBe(
      'The Electron runtime is not installed on this computer (install it with `npx install-electron --no`), so Tenderwright is starting in browser mode.',
    );
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Tenders', level: 1 })).toBeVisible();
  } finally {
    child.kill('SIGTERM');
    await rm(workspace, { recursive: true, force: true });
  }
});
