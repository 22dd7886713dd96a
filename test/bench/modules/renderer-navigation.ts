/**
 * Navigation to the criteria editor of the reference tender (lib/reference-tender.ts) in the browser
 * host with Debian's Chromium, and what the page must download first.
 *
 *  - Each repeat is a fresh browser context (no cache): the tender list, the tender opened on its
 *    details screen, then a click on "Criteria" in the navigation, timed in the page from the click's
 *    event time to the first painted frame with every weight input of lot 1 in place (so a screen
 *    whose code loads on first use pays for that download here).
 *  - The first script: the module script index.html loads, which must arrive before anything shows.
 *
 * The host runs from out/ (build it first: `npx electron-vite build`), or from the build named by
 * BENCH_RENDERER_BUILD (a copy of out/ from another commit) for before/after comparisons.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { type Browser } from 'playwright-core';
import { launchChromium } from '../lib/browser-host';
import { contentOf, type Tender } from '@shared/model/tender';
import { referenceTenderContent } from '../lib/reference-tender';
import { median, round } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

const ROOT = resolve(__dirname, '..', '..', '..');
const URL_LINE = /Tenderwright is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))/;
const LOT = 'lot-bench-1';

/** Installed before the app's scripts: remembers the click on a link to the criteria screen, and waits for the editor. */
const PROBE = `(() => {
  const bench = { clickAt: null };
  window.__twNav = bench;
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('a') : null;
    if (link && (link.getAttribute('href') || '').endsWith('/criteria')) bench.clickAt = e.timeStamp;
  }, true);
  bench.waitEditor = (lotId, count) => new Promise((resolve) => {
    const selector = 'input[id^="f-' + lotId + '-"][id$="-weight"]';
    const ready = () => {
      const inputs = document.querySelectorAll(selector);
      const last = inputs[inputs.length - 1];
      return inputs.length >= count && !last.disabled && last.checkVisibility({ visibilityProperty: true });
    };
    const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - bench.clickAt), 0));
    if (ready()) return painted();
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); painted(); } });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  });
})();`;

function outDir(): string {
  const dir = resolve(process.env.BENCH_RENDERER_BUILD ?? join(ROOT, 'out'));
  if (!existsSync(join(dir, 'main', 'web.js')))
    throw new Error(`${dir} has no main/web.js: run \`npx electron-vite build\` first (or point BENCH_RENDERER_BUILD at a copy of out/)`);
  return dir;
}

function startHost(out: string, workspace: string): Promise<{ child: ChildProcess; url: string; origin: string; token: string }> {
  const child = spawn(process.execPath, [join(out, 'main', 'web.js'), '--workspace', workspace, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A build copied elsewhere still finds the project's packages.
    env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules') },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the browser host exited (code ${code}) before printing its address:\n${stderr}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = URL_LINE.exec(line);
      if (match) done({ child, url: match[1]!, origin: new URL(match[1]!).origin, token: match[2]! });
    });
  });
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  await exited;
}

/** The scripts index.html loads itself, with their sizes; and every script of the renderer build. */
async function scriptSizes(out: string): Promise<{ first: { name: string; bytes: number }[]; allBytes: number; files: number }> {
  const rendererDir = join(out, 'renderer');
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const names = [...html.matchAll(/<script[^>]*\ssrc="\.?\/?([^"]+)"/g)].map((m) => m[1]!);
  const first = await Promise.all(names.map(async (name) => ({ name, bytes: (await stat(join(rendererDir, name))).size })));
  const assets = (await readdir(join(rendererDir, 'assets'))).filter((name) => name.endsWith('.js'));
  const sizes = await Promise.all(assets.map(async (name) => (await stat(join(rendererDir, 'assets', name))).size));
  return { first, allBytes: sizes.reduce((a, b) => a + b, 0), files: assets.length };
}

export const rendererNavigation: BenchModule = {
  order: 51,
  id: 'renderer-navigation',
  title: 'Renderer: navigation to the criteria editor of the reference tender, and the first script',
  async run({ dir, quick, log }) {
    const out = outDir();
    const host = await startHost(out, join(dir, 'workspace'));
    let browser: Browser | null = null;
    try {
      const call = async <T>(method: string, input: unknown): Promise<T> => {
        const response = await fetch(`${host.origin}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tenderwright-token': host.token },
          body: JSON.stringify(input),
        });
        const body = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } };
        if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
        return body.data as T;
      };
      const created = await call<Tender>('tenders.create', {
        title: 'Reference tender',
        reference: 'REF-7',
        buyer: 'City of Example',
        lots: ['Lot 1'],
      });
      const content = referenceTenderContent(contentOf(created));
      await call<Tender>('tenders.save', { id: created.id, content });
      const lotCriteria = content.lots[0]!.criteria.length;

      browser = await launchChromium();
      const once = async (): Promise<number> => {
        const context = await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
        try {
          await context.addInitScript(PROBE);
          const page = await context.newPage();
          await page.goto(`${host.url}#/tenders`);
          await page.getByRole('link', { name: 'Reference tender' }).click();
          await page.getByRole('heading', { name: 'Tender details', level: 1 }).waitFor();
          await page.locator('#save-state[data-status="saved"]').waitFor();
          await page.getByRole('navigation').getByRole('link', { name: 'Criteria', exact: true }).click();
          return (await page.evaluate(`window.__twNav.waitEditor(${JSON.stringify(LOT)}, ${lotCriteria})`)) as number;
        } finally {
          await context.close();
        }
      };
      log('warm-up pass');
      await once();
      const repeats = quick ? 3 : 7;
      const samples: number[] = [];
      for (let i = 0; i < repeats; i += 1) {
        log(`repeat ${i + 1} of ${repeats}`);
        samples.push(await once());
      }
      const scripts = await scriptSizes(out);
      const area = 'Renderer navigation (reference tender)';
      const built = process.env.BENCH_RENDERER_BUILD ? `build from BENCH_RENDERER_BUILD (${out})` : 'out/ as built';
      const rows: Row[] = [
        {
          area,
          metric: `navigation to the criteria editor of the reference tender: click "Criteria" -> editor painted (median of ${repeats})`,
          value: round(median(samples), 1),
          unit: 'ms',
          detail: `max ${round(Math.max(...samples), 1)} ms; fresh browser context each time, tender open on its details screen; lot 1's ${lotCriteria} weight inputs in place, the last visible and enabled, and a frame painted; headless Chromium ${browser.version()}; ${built}`,
        },
        {
          area,
          metric: 'first script the page loads',
          value: round(scripts.first.reduce((n, s) => n + s.bytes, 0) / 1024, 1),
          unit: 'KB',
          target: { below: 600, source: 'code health' },
          detail: `${scripts.first.map((s) => `${s.name} ${round(s.bytes / 1024, 1)} KB`).join(', ')}; all ${scripts.files} renderer scripts ${round(scripts.allBytes / 1024, 1)} KB`,
        },
      ];
      return rows;
    } finally {
      await browser?.close();
      await stopHost(host.child);
    }
  },
};
