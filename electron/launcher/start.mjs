// `npm start`: the desktop app, fetching the Electron runtime once on the first start where it is
// missing; browser mode where it cannot be had (offline, or on CI, which never downloads).
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseRuntime, progressReporter } from './runtime.mjs';
import { downloadElectronRuntime } from './download-runtime.mjs';

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

const choice = await chooseRuntime({
  findBinary: () => electronBinary(),
  downloadRuntime: () =>
    downloadElectronRuntime({ onProgress: progressReporter((text) => process.stdout.write(text), Boolean(process.stdout.isTTY)) }),
  env: process.env,
  log: (line) => console.log(line),
});
const passThrough = process.argv.slice(2);
const child =
  choice.mode === 'desktop'
    ? spawn(choice.binary, [root, ...passThrough], { cwd: root, stdio: 'inherit' })
    : (console.log(choice.sentence),
      spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...passThrough], { cwd: root, stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
