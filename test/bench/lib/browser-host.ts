/**
 * The browser host for the renderer benches: the build it runs from (out/, rebuilt when a source is
 * newer, or BENCH_RENDERER_BUILD's copy), the host process started on it, and calls to its HTTP API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from 'playwright-core';

const ROOT = resolve(__dirname, '..', '..', '..');
const TOKEN_HEADER = 'x-tenderwright-token';
const URL_LINE = /Tenderwright is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))/;
/** What the build is made from: a file here newer than out/ means out/ is stale. */
const SOURCES = ['renderer', 'shared', 'electron', 'electron.vite.config.ts', 'package.json'];

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}

export interface Build {
  /** The built out/ folder: main/web.js and renderer/. */
  outDir: string;
  /** For the rows: which build was measured and why. */
  description: string;
}

/** out/ as it is if no source is newer than it, otherwise after `electron-vite build`; or BENCH_RENDERER_BUILD's folder as it is. */
export async function prepareBuild(log: (message: string) => void): Promise<Build> {
  const override = process.env.BENCH_RENDERER_BUILD;
  if (override) {
    const outDir = resolve(override);
    if (!existsSync(join(outDir, 'main', 'web.js')))
      throw new Error(`BENCH_RENDERER_BUILD=${override} has no main/web.js (point it at a copy of out/)`);
    return { outDir, description: `build from BENCH_RENDERER_BUILD (${outDir})` };
  }
  const outDir = join(ROOT, 'out');
  const built = Math.min(
    ...(await Promise.all(
      [join(outDir, 'main', 'web.js'), join(outDir, 'renderer', 'index.html')].map(
        async (f) => (await stat(f).catch(() => null))?.mtimeMs ?? 0,
      ),
    )),
  );
  const sources = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(join(ROOT, s))))));
  if (built > 0 && built >= sources) return { outDir, description: 'existing out/ (newer than every source)' };
  log(built ? 'out/ is older than the sources: running electron-vite build' : 'out/ is missing: running electron-vite build');
  await run(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build']);
  return { outDir, description: 'out/ rebuilt for this run (sources were newer)' };
}

// ---- the browser host ----

export interface Host {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
}

export function startHost(outDir: string, workspace: string): Promise<Host> {
  const child = spawn(process.execPath, [join(outDir, 'main', 'web.js'), '--workspace', workspace, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A build copied elsewhere still finds the project's packages.
    env: { ...process.env, TENDERWRIGHT_WORKSPACE: workspace, NODE_PATH: join(ROOT, 'node_modules') },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    const onExit = (code: number | null) =>
      fail(new Error(`the browser host exited (code ${code}) before printing its address:\n${stderr}`));
    child.once('exit', onExit);
    child.once('error', fail);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = URL_LINE.exec(line);
      if (!match) return;
      child.off('exit', onExit);
      done({ child, url: match[1]!, origin: new URL(match[1]!).origin, token: match[2]! });
    });
  });
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const escalate = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(escalate);
}

export async function api<T>(host: Host, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
  return body.data as T;
}

// ---- in-page probes ----

/** Debian's Chromium, headless, without the background work that would blur a timing. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
