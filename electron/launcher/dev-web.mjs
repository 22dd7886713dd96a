// `npm run dev:web`: browser mode with hot reload of the renderer. The browser host (the services
// and their per-run token, from electron/web) runs from source; Vite serves the renderer on 127.0.0.1
// and passes /api calls on to the host, so an edit in renderer/ shows at once without a build.
// Usage: npm run dev:web [-- --workspace DIR]
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The page's CSP allows only scripts and styles from files, which the built app is; Vite's dev page
 * needs an inline script (React refresh) and injected styles, so the policy is left out here only.
 */
const withoutCspMeta = {
  name: 'tenderwright-dev-without-csp-meta',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
};

/** Starts the browser host from source and resolves with the address and token it prints. */
function startHost(args) {
  const host = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron', 'web', 'index.ts'), ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const started = new Promise((resolve, reject) => {
    createInterface({ input: host.stdout }).on('line', (line) => {
      const running = /running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(line);
      if (running) resolve({ origin: running[1], token: running[2] });
      else if (!line.startsWith('Tenderwright is running')) console.log(line);
    });
    host.once('exit', (code) => reject(new Error(`the browser host stopped before it started (exit code ${code})`)));
  });
  return { host, started };
}

const { host, started } = startHost(process.argv.slice(2));
const { origin, token } = await started;

const vite = await createServer({
  configFile: false,
  root: join(root, 'renderer'),
  resolve: { alias: { '@shared': join(root, 'shared') } },
  plugins: [react(), withoutCspMeta],
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': {
        target: origin,
        changeOrigin: true,
        // The host refuses calls from other sites by their Origin: calls from this dev page are its own.
        configure: (proxy) =>
          proxy.on('proxyReq', (request, incoming) => {
            if (incoming.headers.origin === devOrigin()) request.setHeader('origin', origin);
          }),
      },
    },
  },
});
await vite.listen();
const devOrigin = () => (vite.resolvedUrls?.local[0] ?? '').replace(/\/$/, '');

console.log(`Tenderwright (browser mode, hot reload) is running at ${devOrigin()}/?token=${token}`);

const stop = () => {
  host.removeAllListeners('exit');
  host.kill('SIGTERM');
  void vite.close().finally(() => process.exit(0));
};
host.on('exit', () => void vite.close().finally(() => process.exit(1)));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
