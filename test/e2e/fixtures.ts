/**
 * Every test gets its own browser host (node out/main/web.js) on a fresh temp workspace, and a page
 * already open at the host's URL. Teardown stops the host and removes the workspace, and fails the
 * test if the page reported any Content-Security-Policy violation.
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Input, Method, Output } from '../../shared/api/contract';
import type { Tender } from '../../shared/model/tender';

const projectRoot = resolve(__dirname, '..', '..');
const hostEntry = join(projectRoot, 'out', 'main', 'web.js');
const URL_LINE = /Tenderwright is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))/;

export interface Host {
  process: ChildProcess;
  url: string;
  baseURL: string;
  token: string;
}

/** Starts the host and resolves with its URL once it prints it (no polling, no sleeping). */
export function startHost(workspace: string, recoveryDir = `${workspace}.recovery`): Promise<Host> {
  if (!existsSync(hostEntry)) {
    throw new Error(`${hostEntry} is missing: run \`npx electron-vite build\` first (npm run test:e2e does).`);
  }
  const child = spawn(process.execPath, [hostEntry, '--workspace', workspace, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Edits that cannot be saved are kept outside the workspace: in tests, in a folder beside it.
    env: { ...process.env, TENDERWRIGHT_WORKSPACE: workspace, TENDERWRIGHT_RECOVERY_DIR: recoveryDir },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    const lines = createInterface({ input: child.stdout! });
    const onExit = (code: number | null) => fail(new Error(`The browser host exited (code ${code}) before printing its URL.\n${stderr}`));
    child.once('exit', onExit);
    child.once('error', fail);
    lines.on('line', (line) => {
      const match = URL_LINE.exec(line);
      if (!match) return;
      child.off('exit', onExit);
      const url = match[1]!;
      done({ process: child, url, baseURL: new URL(url).origin, token: match[2]! });
    });
  });
}

/** SIGTERM, then wait for the exit event; SIGKILL only if it has not gone within 5 s. */
export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const escalate = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(escalate);
}

export type Api = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

interface Fixtures {
  workspace: string;
  host: Host;
  token: string;
  /** Calls the API as the page would (with the token); throws on an error envelope. */
  api: Api;
  /** CSP violations the page reported (the page fixture fails the test if any remain). */
  cspViolations: string[];
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring to see fixture use.
  workspace: async ({}, provide) => {
    const dir = await mkdtemp(join(tmpdir(), 'tw-e2e-'));
    await provide(dir);
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}.recovery`, { recursive: true, force: true });
  },

  host: async ({ workspace }, provide) => {
    const host = await startHost(workspace);
    try {
      await provide(host);
    } finally {
      await stopHost(host.process);
    }
  },

  baseURL: async ({ host }, provide) => provide(host.baseURL),
  token: async ({ host }, provide) => provide(host.token),

  api: async ({ request, token }, provide) => {
    await provide(async (method, input) => {
      const response = await request.post(`/api/${method}`, { headers: { 'x-tenderwright-token': token }, data: input });
      const body = (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
      return body.data as never;
    });
  },

  // eslint-disable-next-line no-empty-pattern -- as above
  cspViolations: async ({}, provide) => provide([]),

  page: async ({ page, host, cspViolations }, provide) => {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI} ${event.sample}`);
      });
    });
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await provide(page);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };

// ---- helpers the specs share ----

export const tenderFile = (workspace: string, id: string) => join(workspace, 'tenders', `${id}.json`);

/** The tender file on disk, parsed; undefined while it does not exist (for expect.poll). */
export async function readTenderFile(workspace: string, id: string): Promise<Tender | undefined> {
  try {
    return JSON.parse(await readFile(tenderFile(workspace, id), 'utf8')) as Tender;
  } catch {
    return undefined;
  }
}

/** Ids of the tender files in the workspace (tenders/<id>.json only). */
export async function tenderIdsOnDisk(workspace: string): Promise<string[]> {
  const names = await readdir(join(workspace, 'tenders')).catch(() => [] as string[]);
  return names
    .filter((n) => n.endsWith('.json'))
    .map((n) => n.slice(0, -'.json'.length))
    .sort();
}

export const saveState = (page: Page) => page.locator('#save-state');

/** Waits until the header says the open tender is saved. */
export async function expectSaved(page: Page) {
  await expect(saveState(page)).toHaveText(/^Saved/);
}

/** Seeds a tender through the API and reloads the page so the list shows it. */
export async function seedTender(api: Api, input: Partial<Input<'tenders.create'>> = {}): Promise<Tender> {
  return api('tenders.create', {
    title: 'Laptops for schools',
    reference: 'IT-2027-01',
    buyer: 'City of Example',
    lots: ['Laptops'],
    ...input,
  });
}

/** Seeds a tender, opens it and goes to one of its screens from the navigation. */
export async function openTenderScreen(
  page: Page,
  api: Api,
  screen: string,
  input: Partial<Input<'tenders.create'>> = {},
): Promise<Tender> {
  const tender = await seedTender(api, input);
  await page.reload();
  await page.getByRole('link', { name: tender.title }).click();
  await page.getByRole('navigation').getByRole('link', { name: screen, exact: true }).click();
  await expect(page.getByRole('heading', { name: screen, level: 1 })).toBeVisible();
  return tender;
}

/**
 * Runs axe on the page as it is (or only on what `within` selects, e.g. a dialog over a screen already
 * checked) and fails on serious or critical violations, listing them.
 */
export async function expectNoSeriousViolations(page: Page, what: string, within?: string) {
  // A panel still fading in measures as faint text: let running transitions end before measuring.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  const builder = new AxeBuilder({ page });
  const results = await (within ? builder.include(within) : builder).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n    ')}`,
    );
  expect(serious, `axe on ${what}`).toEqual([]);
}
