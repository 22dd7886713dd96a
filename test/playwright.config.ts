import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

const root = resolve(__dirname, '..');

/**
 * End-to-end tests against the browser host (out/main/web.js, built by `electron-vite build`) with
 * Debian's Chromium. Each test starts its own host on a temp workspace (test/e2e/fixtures.ts).
 */
export default defineConfig({
  testDir: resolve(__dirname, 'e2e'),
  outputDir: resolve(root, 'test-results', 'e2e'),
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Each test starts its own host and browser context; leave room for slow, busy build machines.
  timeout: 60_000,
  // Waits are for conditions, never fixed delays; a loaded 2-core machine can take a while to get there.
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  // CI counts results from the JSON report (.ci/run); locally the list is enough.
  reporter: process.env.CI ? [['list'], ['json', { outputFile: resolve(root, 'test-results', 'playwright.json') }]] : 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
