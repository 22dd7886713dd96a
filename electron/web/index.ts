/**
 * `npm run web`: Tenderwright in a browser on this computer only.
 * Usage: node out/main/web.js [--workspace DIR] [--port N]
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { closeHandlers, createHandlers, startTeamServices } from '../services/handlers';
import { resolveWorkspaceRoot } from '../services/workspace/location';
import type { Handlers } from '@shared/api/contract';
import { rendererDirNextTo, startBrowserHost, type BrowserHost } from './server';

/** The folder Electron would use as userData, so both modes share one workspace by default. */
function defaultUserDataDir(): string {
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Tenderwright');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Tenderwright');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Tenderwright');
}

function portFrom(argv: string[]): number {
  const index = argv.indexOf('--port');
  if (index === -1) return 0;
  const port = Number(argv[index + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number between 0 and 65535, not "${argv[index + 1] ?? ''}"`);
  }
  return port;
}

/**
 * What has been opened so far. SIGINT and SIGTERM close it (the host, then the workspace: pending
 * writes flushed, presence and locks released) whenever they come, during startup too.
 */
const opened: { handlers?: Handlers; host?: BrowserHost } = {};
let startup: Promise<void> = Promise.resolve();
let stopping = false;

async function shutDown(): Promise<void> {
  // A signal during startup waits for the step under way, which opens nothing further once it sees `stopping`.
  await startup.catch(() => undefined);
  try {
    await opened.host?.close();
  } finally {
    if (opened.handlers) await closeHandlers(opened.handlers);
  }
}

function onSignal(): void {
  if (stopping) return;
  stopping = true;
  shutDown()
    .catch((error: unknown) =>
      process.stderr.write(
        `Tenderwright could not close the workspace cleanly: ${error instanceof Error ? error.message : String(error)}\n`,
      ),
    )
    .finally(() => process.exit(0));
}

process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const workspace = resolveWorkspaceRoot(argv, process.env, defaultUserDataDir());
  const handlers = await createHandlers(workspace, undefined, { mode: 'browser' });
  opened.handlers = handlers;
  if (stopping) return;
  await startTeamServices(handlers);
  if (stopping) return;
  const host = await startBrowserHost({ handlers, rendererDir: rendererDirNextTo(__dirname), port: portFrom(argv) });
  opened.host = host;
  if (stopping) return;
  process.stdout.write(`Tenderwright is running at ${host.url}\n`);
  process.stdout.write(`Workspace: ${workspace}\n`);
}

startup = main();
startup.catch(async (error: unknown) => {
  process.stderr.write(`Tenderwright could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  // A stop under way closes what was opened and exits.
  if (stopping) return;
  if (opened.handlers) await closeHandlers(opened.handlers).catch(() => undefined);
  process.exit(1);
});
