/**
 * `electron-builder --dir` for Linux: the unpacked app electron-builder makes from the build and the
 * Electron runtime. It packs the runtime installed in node_modules/electron (fetched by the first
 * `npm start`), so it skips with the reason where there is none, like the launch test; REQUIRE_ELECTRON=1
 * fails instead.
 */
import { test, expect } from '@playwright/test';
import { listPackage } from '@electron/asar';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const require = createRequire(__filename);
const root = resolve(__dirname, '..', '..');
const { electronBinary } = require('../../electron/launcher/electron-binary.cjs') as { electronBinary: () => string | null };

const missingReason =
  'The Electron runtime is not installed on this machine, so electron-builder has no runtime to pack (its zip cannot be downloaded here); run `npm start` once where it can be.';

/** Runs electron-builder and resolves with its exit code and output. */
function electronBuilder(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(root, 'node_modules', 'electron-builder', 'cli.js'), ...args], {
    cwd: root,
    // CI and NO_UPDATE_NOTIFIER keep electron-builder from asking the registry whether it is outdated.
    env: { ...process.env, CI: 'true', NO_UPDATE_NOTIFIER: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, output })));
}

test('electron-builder packs the built app, its resources and its dependencies for Linux', async () => {
  const binary = electronBinary();
  if (!binary && process.env.REQUIRE_ELECTRON === '1') throw new Error(`REQUIRE_ELECTRON=1 but ${missingReason}`);
  test.skip(!binary, missingReason);
  test.skip(process.platform !== 'linux', 'The unpacked Linux app is built from the Linux runtime, which is installed only on Linux.');
  test.setTimeout(600_000);
  const output = await mkdtemp(join(tmpdir(), 'tw-packaging-'));
  try {
    const built = await electronBuilder([
      '--linux',
      'dir',
      '--publish',
      'never',
      `--config.directories.output=${output}`,
      `--config.electronDist=${dirname(binary!)}`,
    ]);
    expect(built.code, built.output).toBe(0);
    const unpacked = join(output, 'linux-unpacked');
    expect(existsSync(join(unpacked, 'tenderwright'))).toBe(true);
    const packed = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
    expect(packed).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/main/workbookWorker.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
        '/resources/standards/README.md',
        '/node_modules/exceljs/package.json',
      ]),
    );
    expect(packed.filter((path) => /^\/(electron|renderer|shared|test|resources\/packaging)\//.test(path))).toEqual([]);
    // The renderer's packages are bundled into out/renderer; the packed app does not carry them twice.
    expect(packed.filter((path) => /^\/node_modules\/(react|react-dom|@mantine|@tabler|@dnd-kit)\//.test(path))).toEqual([]);
  } finally {
    await rm(output, { recursive: true, force: true });
  }
});
