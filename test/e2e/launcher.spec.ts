/**
 * `npm start` on a machine without the Electron runtime: one plain sentence, then browser mode. On CI
 * it never tries a download; elsewhere a failed download (here from a server on 127.0.0.1 that has no
 * runtime, so nothing leaves this computer) is said in the same way.
 */
import { test, expect, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(__filename);
const { electronBinary } = require('../../electron/launcher/electron-binary.cjs') as { electronBinary: () => string | null };
const root = resolve(__dirname, '..', '..');

/** The environment without any npm setting that would send @electron/get to another mirror. */
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/electron_(mirror|custom)/i.test(name)));
  return { ...env, TENDERWRIGHT_SKIP_BUILD: '1', ...extra };
}

/** Runs `npm start`'s script, opens the address it prints, and resolves with the launcher's own lines (not the host's). */
async function startAndOpen(page: Page, env: NodeJS.ProcessEnv): Promise<string[]> {
  const workspace = await mkdtemp(join(tmpdir(), 'tw-start-'));
  const child = spawn(process.execPath, [join(root, 'electron', 'launcher', 'start.mjs'), '--workspace', workspace, '--port', '0'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const lines: string[] = [];
    const url = await new Promise<string>((done, fail) => {
      child.once('exit', (code) => fail(new Error(`npm start exited (${code}) early:\n${lines.join('\n')}`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(line);
        if (match) done(match[1]!);
        else if (!line.startsWith('Workspace: ')) lines.push(line);
      });
    });
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Tenders', level: 1 })).toBeVisible();
    return lines;
  } finally {
    child.kill('SIGTERM');
    await rm(workspace, { recursive: true, force: true });
  }
}

test.describe('npm start without the Electron runtime', () => {
  test.skip(electronBinary() !== null, 'The Electron runtime is installed here, so npm start opens the desktop app instead.');

  test('on CI it downloads nothing, says so and serves the app in browser mode', async ({ page }) => {
    const lines = await startAndOpen(page, environment({ CI: 'true' }));
    expect(lines).toEqual([
      'The Electron runtime is not installed on this computer and CI runs never download it, so Tenderwright is starting in browser mode.',
    ]);
  });

  test('when the download fails it says so in one sentence and serves the app in browser mode', async ({ page }) => {
    const requested: string[] = [];
    const mirror = createServer((request, response) => {
      requested.push(request.url ?? '');
      response.writeHead(404).end();
    });
    await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done));
    const cache = await mkdtemp(join(tmpdir(), 'tw-electron-cache-'));
    try {
      const port = (mirror.address() as AddressInfo).port;
      const lines = await startAndOpen(
        page,
        environment({ CI: '', ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache, ELECTRON_GET_NO_PROGRESS: '1' }),
      );
      expect(lines[0]).toMatch(/^The Electron runtime is not installed yet: downloading it once/);
      expect(lines.slice(1)).toEqual([
        expect.stringMatching(
          /^The Electron runtime could not be downloaded \(Response code 404 \(Not Found\) for http:\/\/127\.0\.0\.1:\d+\/v[\d.]+\/electron-v[\d.]+-\w+-\w+\.zip\), so Tenderwright is starting in browser mode\.$/,
        ),
      ]);
      expect(requested).toHaveLength(1);
    } finally {
      await new Promise((done) => mirror.close(done));
      await rm(cache, { recursive: true, force: true });
    }
  });
});
