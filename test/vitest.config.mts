import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Edits kept after a refused save go to a folder of this computer's user: in tests, a temp one.
    env: { TENDERWRIGHT_RECOVERY_DIR: join(tmpdir(), 'tenderwright-test-recovery') },
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // CI counts results from this file (.ci/run); locally the default reporter is enough.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
