// `npm start`: the desktop app when the Electron runtime is installed, browser mode otherwise.
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

const { electronBinary } = require('./electron-binary.cjs');

// The test suite builds once and then checks this launcher, so it may skip the build.
const build =
  process.env.TENDERWRIGHT_SKIP_BUILD === '1'
    ? { status: 0 }
    : spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
        cwd: root,
        stdio: 'inherit',
      });
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary();
const passThrough = process.argv.slice(2);
const child = binary
  ? spawn(binary, [root, ...passThrough], { cwd: root, stdio: 'inherit' })
  : (console.log(
      'The Electron runtime is not installed on this computer (install it with `npx install-electron --no`), so Tenderwright is starting in browser mode.',
    ),
    spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...passThrough], { cwd: root, stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
