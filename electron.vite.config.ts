import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(__dirname, 'shared') };

/**
 * The renderer's packages, each group in a chunk of its own: they change less often than the app,
 * and the entry stays small. Rolldown's code-splitting groups (Vite 8's form of manualChunks): a
 * group also takes the packages its modules import, so a higher priority claims React for its own
 * chunk before the groups that depend on it.
 */
const VENDOR_CHUNKS = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 50 },
  { name: 'mantine', test: /[\\/]node_modules[\\/]@mantine[\\/]/, priority: 40 },
  { name: 'icons', test: /[\\/]node_modules[\\/]@tabler[\\/]/, priority: 30 },
  { name: 'dnd-kit', test: /[\\/]node_modules[\\/]@dnd-kit[\\/]/, priority: 30 },
  // zodConfig rides in zod's chunk, so zod is jitless before any chunk that imports it can parse: in the
  // entry it would run only after every chunk the entry imports (the store among them) had run.
  { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]src[\\/]zodConfig\.ts$/, priority: 30 },
  { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10 },
];

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The desktop entry and the browser host share the same services.
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          web: resolve(__dirname, 'electron/web/index.ts'),
          // Evaluator workbooks are read in worker threads (workbookReaderPool.ts) from this script.
          workbookWorker: resolve(__dirname, 'electron/services/evaluation/workbookWorker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      // A sandboxed preload can require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // Sandboxed preloads must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // Each screen is its own chunk (renderer/src/screens.ts); the packages are split out here.
        output: { codeSplitting: { groups: VENDOR_CHUNKS } },
      },
    },
  },
});
