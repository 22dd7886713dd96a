/**
 * `npm run web`: Tenderwright in a browser on this computer only.
 * Usage: node out/main/web.js [--workspace DIR] [--port N]
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { closeHandlers, createHandlers, startTeamServices } from '../services/handlers';
import { resolveWorkspaceRoot } from '../services/workspace/location';
import { rendererDirNextTo, startBrowserHost } from './server';

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

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const workspace = resolveWorkspaceRoot(argv, process.env, defaultUserDataDir());
  const handlers = await createHandlers(workspace, undefined, { mode: 'browser' });
  await startTeamServices(handlers);
  const host = await startBrowserHost({ handlers, rendererDir: rendererDirNextTo(__dirname), port: portFrom(argv) });
  process.stdout.write(`Tenderwright is running at ${host.url}\n`);
  process.stdout.write(`Workspace: ${workspace}\n`);
  const stop = () => void host.close().then(() => closeHandlers(handlers)).finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Tenderwright could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
