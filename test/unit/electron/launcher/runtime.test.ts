/**
 * The launcher's choice between the desktop window and browser mode, with the download passed in:
 * a temp copy of the electron package stands for the installed one, and a real zip (or a real
 * download from a server on 127.0.0.1 through Electron's own @electron/get) for the runtime.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseRuntime, downloadForbidden, progressLine, progressReporter } from '../../../../electron/launcher/runtime.mjs';
import { downloadElectronRuntime } from '../../../../electron/launcher/download-runtime.mjs';
import { tempDirsPerTest } from '../services/temp-dir';

const require = createRequire(__filename);
const { electronBinary } = require('../../../../electron/launcher/electron-binary.cjs') as {
  electronBinary: (packageDir?: string) => string | null;
};

const tempDir = tempDirsPerTest('tw-runtime-');
const VERSION = '45.4.1';
const ZIP_NAME = `electron-v${VERSION}-linux-x64.zip`;
const noLog = () => {};

/** A zip laid out like Electron's linux one: the executable, its version file and type definitions. */
function runtimeZip(): Buffer {
  return Buffer.from(
    zipSync({
      electron: [strToU8('#!/bin/sh\necho electron\n'), { attrs: 0o755 << 16, os: 3 }],
      version: strToU8(`v${VERSION}`),
      'electron.d.ts': strToU8('// the runtime zip’s types\n'),
    }),
  );
}

/** A stand-in for the installed electron package: its package.json and the checksums it ships. */
async function electronPackage(checksums: Record<string, string>): Promise<string> {
  const dir = join(await tempDir(), 'electron');
  await mkdir(dir);
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: VERSION }));
  await writeFile(join(dir, 'checksums.json'), JSON.stringify(checksums));
  await writeFile(join(dir, 'electron.d.ts'), '// the package’s types\n');
  return dir;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('chooseRuntime', () => {
  it('opens the desktop app when the runtime is present, without downloading', async () => {
    let downloads = 0;
    const choice = await chooseRuntime({
      findBinary: () => '/opt/electron/electron',
      downloadRuntime: async () => void downloads++,
      env: {},
      log: noLog,
    });
    expect(choice).toEqual({ mode: 'desktop', binary: '/opt/electron/electron' });
    expect(downloads).toBe(0);
  });

  it('downloads the runtime once, unpacks it where the electron package expects it, then opens the desktop app', async () => {
    const zip = runtimeZip();
    const packageDir = await electronPackage({ [ZIP_NAME]: sha256(zip) });
    const zipPath = join(await tempDir(), ZIP_NAME);
    await writeFile(zipPath, zip);
    const asked: Record<string, unknown>[] = [];
    const lines: string[] = [];

    const choice = await chooseRuntime({
      findBinary: () => electronBinary(packageDir),
      downloadRuntime: () =>
        downloadElectronRuntime({
          packageDir,
          platform: 'linux',
          arch: 'x64',
          downloadArtifact: async (details) => (asked.push(details), zipPath),
        }),
      env: {},
      log: (line) => lines.push(line),
    });

    expect(choice).toEqual({ mode: 'desktop', binary: join(packageDir, 'dist', 'electron') });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ version: VERSION, artifactName: 'electron', platform: 'linux', arch: 'x64' });
    expect(asked[0]!.checksums).toEqual({ [ZIP_NAME]: sha256(zip) });
    expect(await readFile(join(packageDir, 'path.txt'), 'utf8')).toBe('electron');
    // Unpacked with Electron's own extractor, which keeps the executable bit the zip gives it.
    expect((await stat(join(packageDir, 'dist', 'electron'))).mode & 0o111).not.toBe(0);
    expect(await readFile(join(packageDir, 'dist', 'version'), 'utf8')).toBe(`v${VERSION}`);
    expect(await readFile(join(packageDir, 'electron.d.ts'), 'utf8')).toBe('// the runtime zip’s types\n');
    expect(lines[0]).toMatch(/^The Electron runtime is not installed yet: downloading it once/);
  });

  it('counts a runtime whose executable is missing (an interrupted unpack) as absent, and fetches it again', async () => {
    const zip = runtimeZip();
    const packageDir = await electronPackage({ [ZIP_NAME]: sha256(zip) });
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    expect(electronBinary(packageDir)).toBeNull();
    const zipPath = join(await tempDir(), ZIP_NAME);
    await writeFile(zipPath, zip);
    let downloads = 0;
    const choice = await chooseRuntime({
      findBinary: () => electronBinary(packageDir),
      downloadRuntime: () =>
        downloadElectronRuntime({ packageDir, platform: 'linux', arch: 'x64', downloadArtifact: async () => (downloads++, zipPath) }),
      env: {},
      log: noLog,
    });
    expect(choice).toEqual({ mode: 'desktop', binary: join(packageDir, 'dist', 'electron') });
    expect(downloads).toBe(1);
  });

  it('starts browser mode with one sentence when the download fails (offline), leaving the package as it was', async () => {
    const packageDir = await electronPackage({ [ZIP_NAME]: 'a'.repeat(64) });
    const choice = await chooseRuntime({
      findBinary: () => electronBinary(packageDir),
      downloadRuntime: () =>
        downloadElectronRuntime({
          packageDir,
          downloadArtifact: () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND github.com') })),
        }),
      env: {},
      log: noLog,
    });
    expect(choice).toEqual({
      mode: 'browser',
      problem: 'The Electron runtime could not be downloaded (getaddrinfo ENOTFOUND github.com)',
      sentence:
        'The Electron runtime could not be downloaded (getaddrinfo ENOTFOUND github.com), so Tenderwright is starting in browser mode.',
    });
    expect(electronBinary(packageDir)).toBeNull();
  });

  it('never downloads on CI', async () => {
    let downloads = 0;
    const choice = await chooseRuntime({
      findBinary: () => null,
      downloadRuntime: async () => void downloads++,
      env: { CI: 'true' },
      log: noLog,
    });
    expect(choice.mode === 'browser' && choice.sentence).toBe(
      'The Electron runtime is not installed on this computer and CI runs never download it, so Tenderwright is starting in browser mode.',
    );
    expect(downloads).toBe(0);
    expect([downloadForbidden({ CI: '1' }), downloadForbidden({ CI: 'false' }), downloadForbidden({})]).toEqual([true, false, false]);
    expect(downloadForbidden({ TENDERWRIGHT_NO_RUNTIME_DOWNLOAD: '1' })).toBe(true);
  });
});

describe("the download through Electron's own downloader", () => {
  let server: Server | undefined;
  // Electron's download settings, which an npm configuration may also set (npm_config_electron_mirror
  // wins over ELECTRON_MIRROR): all put aside, so the download goes only to the server below.
  const isDownloadSetting = (name: string) => /electron_(mirror|custom|config_cache)/i.test(name);
  let savedEnv: [string, string | undefined][] = [];
  beforeEach(() => {
    savedEnv = Object.keys(process.env)
      .filter(isDownloadSetting)
      .map((name) => [name, process.env[name]]);
    for (const [name] of savedEnv) delete process.env[name];
  });
  afterEach(async () => {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    server = undefined;
    for (const name of Object.keys(process.env).filter(isDownloadSetting)) delete process.env[name];
    for (const [name, value] of savedEnv) process.env[name] = value;
  });

  /** Serves the zip at the path @electron/get asks a mirror for; answers 404 to anything else. */
  async function mirrorServing(zip: Buffer): Promise<string[]> {
    const requested: string[] = [];
    server = createServer((request, response) => {
      requested.push(request.url ?? '');
      if (request.url !== `/v${VERSION}/${ZIP_NAME}`) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-length': zip.length }).end(zip);
    });
    await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
    process.env.ELECTRON_MIRROR = `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
    process.env.electron_config_cache = await tempDir();
    return requested;
  }

  it('fetches the zip, checks it against the package’s checksums, reports progress and unpacks it', async () => {
    const zip = runtimeZip();
    const requested = await mirrorServing(zip);
    const packageDir = await electronPackage({ [ZIP_NAME]: sha256(zip) });
    const progress: number[] = [];
    await downloadElectronRuntime({ packageDir, platform: 'linux', arch: 'x64', onProgress: ({ percent }) => progress.push(percent) });
    expect(requested).toEqual([`/v${VERSION}/${ZIP_NAME}`]);
    expect(progress.at(-1)).toBe(1);
    expect(electronBinary(packageDir)).toBe(join(packageDir, 'dist', 'electron'));
  });

  it('refuses a zip whose checksum does not match, and installs nothing', async () => {
    await mirrorServing(runtimeZip());
    const packageDir = await electronPackage({ [ZIP_NAME]: sha256(Buffer.from('another zip')) });
    await expect(downloadElectronRuntime({ packageDir, platform: 'linux', arch: 'x64' })).rejects.toThrow(/checksum/i);
    expect(electronBinary(packageDir)).toBeNull();
  });
});

describe('download progress', () => {
  it('rewrites one line on a terminal and writes a line per tenth to a log', () => {
    const total = 110_000_000;
    const steps = [0.05, 0.1, 0.15, 0.5, 1].map((percent) => ({ transferred: total * percent, total, percent }));
    const terminal: string[] = [];
    const log: string[] = [];
    const onTerminal = progressReporter((text) => terminal.push(text), true);
    const onLog = progressReporter((text) => log.push(text), false);
    for (const step of steps) {
      onTerminal(step);
      onLog(step);
    }
    expect(terminal[0]).toBe('\rDownloading Electron: 5% (6 of 110 MB)');
    expect(terminal.at(-1)).toBe('\rDownloading Electron: 100% (110 of 110 MB)\n');
    expect(log).toEqual([
      'Downloading Electron: 5% (6 of 110 MB)\n',
      'Downloading Electron: 10% (11 of 110 MB)\n',
      'Downloading Electron: 50% (55 of 110 MB)\n',
      'Downloading Electron: 100% (110 of 110 MB)\n',
    ]);
    expect(progressLine({ transferred: 3_000_000, total: null })).toBe('Downloading Electron: 3 MB');
  });
});
