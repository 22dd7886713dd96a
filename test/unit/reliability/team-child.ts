/**
 * Starting and talking to the child processes of the shared-workspace drills (team-race, team-kill).
 *
 * Each child is a TypeScript file that opens the workspace with createHandlers, as a browser host
 * would. Starting one with `node --import tsx` costs ~0.7 s of CPU, so the sources are bundled once
 * per test file with esbuild (the compiler tsx itself uses) and each child runs the bundle.
 * TEAM_DRILL_RUNNER=tsx runs the sources through tsx instead, to debug with source paths.
 *
 * Protocol: the child prints `loaded` once its modules are loaded, then reads one JSON line (its
 * plan) from stdin (child-lines.ts); what follows depends on the drill. Lines are read in order and none is dropped,
 * including those printed just before the child was killed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';

/** The worker the import reads workbooks in: bundled beside a child, as electron-vite builds it beside the app. */
const WORKBOOK_WORKER = join(__dirname, '../../../electron/services/evaluation/workbookWorker.ts');

export interface DrillChild {
  process: ChildProcessWithoutNullStreams;
  /** The next line the child printed; undefined once its stdout closed. */
  line(): Promise<string | undefined>;
  send(line: string): void;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The command line that runs `source` in a child: a bundle made in `scratch`, or tsx. */
export async function childCommand(source: string, scratch: string): Promise<string[]> {
  if (process.env.TEAM_DRILL_RUNNER === 'tsx') return ['--import', 'tsx', source];
  const bundle = join(scratch, `${source.split('/').pop()!.replace(/\.ts$/, '')}.cjs`);
  // Like the built app: import.meta.url names the bundle, and the workbook reader's worker is built beside it.
  const importMeta = {
    define: { 'import.meta.url': 'bundleUrl' },
    banner: { js: "const bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  };
  await build({
    entryPoints: [source],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    logLevel: 'error',
    ...importMeta,
  });
  await build({
    entryPoints: [WORKBOOK_WORKER],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: join(scratch, 'workbookWorker.js'),
    logLevel: 'error',
  });
  return [bundle];
}

/** Spawns a child and waits for its `loaded` line. */
export async function startChild(command: string[], env: NodeJS.ProcessEnv = {}): Promise<DrillChild> {
  const child = spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('close', (code, signal) => done({ code, signal })),
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const handle: DrillChild = {
    process: child,
    line: async () => {
      const next = await lines.next();
      return next.done ? undefined : next.value;
    },
    send: (line) => child.stdin.write(`${line}\n`),
    stderr: () => stderr,
    exited,
  };
  const first = await handle.line();
  if (first !== 'loaded') throw new Error(`drill child did not start (first line ${JSON.stringify(first)}):\n${stderr}`);
  return handle;
}
