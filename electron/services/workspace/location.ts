import { resolve } from 'node:path';

export const WORKSPACE_ENV = 'TENDERWRIGHT_WORKSPACE';

/**
 * The workspace folder: `--workspace DIR` (or `--workspace=DIR`) on the command line wins, then the
 * TENDERWRIGHT_WORKSPACE environment variable, then `defaultDir` (Electron passes its userData).
 * Relative paths resolve against `cwd`. Pure: reads only its arguments, never the file system.
 */
export function resolveWorkspaceRoot(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultDir: string,
  cwd: string = process.cwd(),
): string {
  const fromArgs = workspaceFlag(argv);
  const fromEnv = env[WORKSPACE_ENV]?.trim();
  return resolve(cwd, fromArgs || fromEnv || defaultDir);
}

function workspaceFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--workspace') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new Error('--workspace needs a folder, e.g. --workspace ./my-workspace');
      found = value;
      i += 1;
    } else if (arg.startsWith('--workspace=')) {
      found = arg.slice('--workspace='.length);
      if (!found) throw new Error('--workspace needs a folder, e.g. --workspace=./my-workspace');
    }
  }
  // The last occurrence wins, as with most command-line tools.
  return found;
}
