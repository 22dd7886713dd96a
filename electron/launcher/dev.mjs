// `npm run dev`: the desktop app with hot reload (electron-vite dev), fetching the Electron runtime
// once where it is missing, as `npm start` does. Without it electron-vite only says "Electron
// uninstall", so say what to do instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseRuntime, progressReporter } from './runtime.mjs';
import { downloadElectronRuntime } from './download-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const { electronBinary } = require('./electron-binary.cjs');

const choice = await chooseRuntime({
  findBinary: () => electronBinary(),
  downloadRuntime: () =>
    downloadElectronRuntime({ onProgress: progressReporter((text) => process.stdout.write(text), Boolean(process.stdout.isTTY)) }),
  env: process.env,
  log: (line) => console.log(line),
});
if (choice.mode === 'browser') {
  console.log(`${choice.problem}, so the desktop app cannot start; \`npm run dev:web\` is browser mode with hot reload.`);
  process.exit(1);
}
const binary = choice.binary;
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
