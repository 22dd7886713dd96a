// `npm run dev`: the desktop app with hot reload (electron-vite dev), when the Electron runtime is
// installed. Without it electron-vite only says "Electron uninstall", so say what to do instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { electronBinary } = require('./electron-binary.cjs');

const binary = electronBinary();
if (!binary) {
  console.log(
    'The Electron runtime is not installed on this computer (install it with `npx install-electron --no`), so the desktop app cannot start. `npm run dev:web` is browser mode with hot reload.',
  );
  process.exit(1);
}
const child = spawn(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'dev', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_EXEC_PATH: binary },
  },
);
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
