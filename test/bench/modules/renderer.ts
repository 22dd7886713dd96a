/**
 * The renderer in the browser host with Debian's Chromium (headless, no CPU
 * throttling), on the reference tender (3 lots x 60 criteria with sub-criteria, clauses,
 * questions, bidders, evaluators: lib/reference-tender.ts).
 *
 *  - Navigation: from the click on "Criteria" in the navigation (tender open on its details screen) to
 *    the first lot's criteria editor being interactive; and a page load straight onto the criteria
 *    screen's address (assets, tenders.get and the render).
 *  - Typing a weight: "12.5" typed key by key into five weights (top-level criteria with sub-criteria,
 *    a sub-criterion, the price criterion), waiting for the autosave between fields as a user pausing
 *    would; per key, keydown to the next frame painted after React committed (target < 16 ms).
 *
 * Everything is measured inside the page with the browser's own clocks (see PROBE below); Playwright
 * only drives. The host runs from out/ (rebuilt first when a source is newer than the build), or from
 * the build named by BENCH_RENDERER_BUILD (a copy of out/ from another commit) for before/after
 * comparisons run in the same conditions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { contentOf, type Tender, type TenderContent } from '@shared/model/tender';
import { REFERENCE_EXTRAS, referenceTenderContent } from '../lib/reference-tender';
import { median, percentile, round } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

const ROOT = resolve(__dirname, '..', '..', '..');
const TOKEN_HEADER = 'x-tenderwright-token';
const URL_LINE = /Tenderwright is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=(\S+))/;
/** What the build is made from: a file here newer than out/ means out/ is stale. */
const SOURCES = ['renderer', 'shared', 'electron', 'electron.vite.config.ts', 'package.json'];
/** Main-thread quiet time that ends the "interactive" wait (Time to Interactive uses 5 s; 1 s keeps runs short). */
const QUIET_MS = 1000;
const TYPED = '12.5';

// ---- the build ----

async function newestMtime(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, await newestMtime(join(path, entry)));
  }
  return newest;
}

function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`))));
  });
}

interface Build {
  /** The built out/ folder: main/web.js and renderer/. */
  outDir: string;
  /** For the rows: which build was measured and why. */
  description: string;
}

/** out/ as it is if no source is newer than it, otherwise after `electron-vite build`; or BENCH_RENDERER_BUILD's folder as it is. */
async function prepareBuild(log: (message: string) => void): Promise<Build> {
  const override = process.env.BENCH_RENDERER_BUILD;
  if (override) {
    const outDir = resolve(override);
    if (!existsSync(join(outDir, 'main', 'web.js'))) throw new Error(`BENCH_RENDERER_BUILD=${override} has no main/web.js (point it at a copy of out/)`);
    return { outDir, description: `build from BENCH_RENDERER_BUILD (${outDir})` };
  }
  const outDir = join(ROOT, 'out');
  const built = Math.min(...(await Promise.all([join(outDir, 'main', 'web.js'), join(outDir, 'renderer', 'index.html')].map(async (f) => (await stat(f).catch(() => null))?.mtimeMs ?? 0))));
  const sources = Math.max(...(await Promise.all(SOURCES.map((s) => newestMtime(join(ROOT, s))))));
  if (built > 0 && built >= sources) return { outDir, description: 'existing out/ (newer than every source)' };
  log(built ? 'out/ is older than the sources: running electron-vite build' : 'out/ is missing: running electron-vite build');
  await run(join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build']);
  return { outDir, description: 'out/ rebuilt for this run (sources were newer)' };
}

// ---- the browser host ----

interface Host {
  child: ChildProcess;
  url: string;
  origin: string;
  token: string;
}

function startHost(outDir: string, workspace: string): Promise<Host> {
  const child = spawn(process.execPath, [join(outDir, 'main', 'web.js'), '--workspace', workspace, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A build copied elsewhere still finds the project's packages.
    env: { ...process.env, TENDERWRIGHT_WORKSPACE: workspace, NODE_PATH: join(ROOT, 'node_modules') },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done, fail) => {
    const onExit = (code: number | null) => fail(new Error(`the browser host exited (code ${code}) before printing its address:\n${stderr}`));
    child.once('exit', onExit);
    child.once('error', fail);
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = URL_LINE.exec(line);
      if (!match) return;
      child.off('exit', onExit);
      done({ child, url: match[1]!, origin: new URL(match[1]!).origin, token: match[2]! });
    });
  });
}

async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const escalate = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(escalate);
}

async function api<T>(host: Host, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; data?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
  return body.data as T;
}

// ---- in-page probes ----

/**
 * Installed before the app's scripts (addInitScript; a string, so no bundler helper leaks into it).
 * Clocks are the page's performance.now(); an event's timeStamp is when the browser received the input.
 *  - afterNextPaint: a requestAnimationFrame callback posts a user-blocking task (scheduler.postTask);
 *    it runs once that frame's style, layout and paint are done.
 *  - keystrokes: keydown (capture) starts a sample; the window's input listener runs after React's
 *    root listener has rendered and committed the controlled input synchronously ("committed"); the
 *    next paint after that ends it ("painted"); the next idle period (requestIdleCallback) marks the
 *    end of all its work, the deferred render included ("idle"). The next key is pressed only then,
 *    as by someone typing slower than the page works (no fixed delay).
 *  - long tasks (>= 50 ms) and API requests in flight, for the "interactive" rule in waitInteractive.
 */
const PROBE = `(() => {
  const bench = { inflight: 0, longTasks: [], keySamples: [], keydowns: [], slowEvents: [], listeners: new Set(), measuringKeys: false };
  window.__twBench = bench;
  const notify = () => { for (const listener of [...bench.listeners]) listener(); };
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (...args) => {
    bench.inflight += 1;
    try { return await nativeFetch(...args); } finally { bench.inflight -= 1; notify(); }
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    notify();
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') bench.slowEvents.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });

  /**
   * Resolves with [when the next frame began (its requestAnimationFrame callback), when that frame was
   * done]. The end mark is a user-blocking task posted from the frame's callback: it runs as soon as the
   * frame's rendering task (style, layout, paint) ends, ahead of normal tasks already queued, such as a
   * slice of React's deferred render (a plain message would wait behind those).
   */
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const began = performance.now();
    const done = () => resolve([began, performance.now()]);
    if (window.scheduler && window.scheduler.postTask) { window.scheduler.postTask(done, { priority: 'user-blocking' }); return; }
    const channel = new MessageChannel();
    channel.port1.onmessage = done;
    channel.port2.postMessage(null);
  }));
  const afterNextPaint = () => nextFrame().then(([, painted]) => painted);
  const until = (ready) => new Promise((resolve) => {
    const check = () => { const value = ready(); if (value === undefined) return; bench.listeners.delete(check); resolve(value); };
    bench.listeners.add(check);
    check();
  });

  let pendingKey = null;
  document.addEventListener('keydown', (e) => {
    if (!bench.measuringKeys || e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    pendingKey = { start: e.timeStamp, handled: performance.now() };
    bench.keydowns.push(e.timeStamp);
  }, true);
  window.addEventListener('input', () => {
    const sample = pendingKey;
    pendingKey = null;
    if (!sample) return;
    sample.committed = performance.now();
    nextFrame().then(([frame, painted]) => {
      sample.frame = frame;
      sample.painted = painted;
      // All the keystroke's work, the deferred render included, is done when the main thread is next idle.
      requestIdleCallback(() => { sample.idle = performance.now(); bench.keySamples.push(sample); notify(); });
    });
  });
  bench.waitKeySamples = (count) => until(() => (bench.keySamples.length >= count ? bench.keySamples.length : undefined));

  /** Records the timeStamp of the next click on a link whose address ends with suffix. */
  bench.armClick = (suffix) => {
    bench.clickAt = null;
    const onClick = (e) => {
      const link = e.target instanceof Element ? e.target.closest('a') : null;
      if (!link || !(link.getAttribute('href') || '').endsWith(suffix)) return;
      bench.clickAt = e.timeStamp;
      document.removeEventListener('click', onClick, true);
    };
    document.addEventListener('click', onClick, true);
  };

  /** Resolves once the main thread has had quietMs without a long task and no API request is in flight. */
  const quiet = (quietMs) => new Promise((resolve) => {
    let timer = null;
    let seen = -1;
    const arm = () => {
      if (bench.longTasks.length === seen && timer !== null) return;
      seen = bench.longTasks.length;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (bench.inflight > 0) { timer = null; return; }
        bench.listeners.delete(arm);
        resolve();
      }, quietMs);
    };
    bench.listeners.add(arm);
    arm();
  });
  bench.waitQuiet = (quietMs) => quiet(quietMs).then(() => true);

  /**
   * The criteria editor of lot lotId is interactive: its count weight inputs are in the page, the last
   * one is visible and enabled, a frame has been painted with it ("rendered"), and the main thread has
   * finished the work the navigation started: the later of "rendered" and the end of the last long task
   * before quietMs without one and without an API request in flight (Time to Interactive's rule).
   */
  bench.waitInteractive = (lotId, count, quietMs, since) => new Promise((resolve) => {
    const selector = 'input[id^="f-' + lotId + '-"][id$="-weight"]';
    const ready = () => {
      const inputs = document.querySelectorAll(selector);
      const last = inputs[inputs.length - 1];
      return inputs.length >= count && !last.disabled && last.checkVisibility({ visibilityProperty: true });
    };
    const done = async () => {
      const rendered = await afterNextPaint();
      await quiet(quietMs);
      const tasks = bench.longTasks.filter((t) => t.start >= since);
      const interactive = Math.max(rendered, ...tasks.map((t) => t.end));
      resolve({ rendered: rendered - since, interactive: interactive - since, longTasks: tasks.length, longest: Math.max(0, ...tasks.map((t) => t.end - t.start)) });
    };
    if (ready()) return void done();
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); void done(); } });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  });

  /** Resolves when the header says the tender is saved; rejects if it says it could not be. */
  bench.waitSaved = () => new Promise((resolve, reject) => {
    const check = () => {
      const status = document.getElementById('save-state')?.getAttribute('data-status');
      if (status === 'saved') { observer.disconnect(); resolve(true); }
      else if (status === 'invalid' || status === 'error') { observer.disconnect(); reject(new Error('not saved: ' + document.getElementById('save-state')?.textContent)); }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-status'] });
    check();
  });
})();`;

interface Interactive {
  rendered: number;
  interactive: number;
  longTasks: number;
  longest: number;
}

interface KeySample {
  start: number;
  /** The page's first keydown listener ran (start to this: input delay, the trip from the browser process). */
  handled: number;
  committed: number;
  /** The next frame's requestAnimationFrame callback began. */
  frame: number;
  painted: number;
  /** The main thread was next idle. */
  idle: number;
}

const evaluate = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

// ---- one repeat ----

const LOT = 'lot-bench-1';
/** Weights typed into, by criterion id: top-level criteria with sub-criteria (their sub-criteria rescale), sub-criteria, and price. */
const TYPED_INTO = ['c-1-1', 'c-1-6-1', 'c-1-10', 'c-1-13-0', 'c-1-price'];

interface RepeatResult {
  navigation: Interactive;
  pageLoad: Interactive;
  keys: KeySample[];
  slowKeydowns: number;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.addInitScript(PROBE);
  return context.newPage();
}

async function oneRepeat(browser: Browser, host: Host, tender: Tender, content: TenderContent, lotCriteria: number): Promise<RepeatResult> {
  // Every repeat starts from the same tender: what the previous repeat typed is put back.
  await api(host, 'tenders.save', { id: tender.id, content });

  // In-app navigation: the tender list, open the tender (details screen), then "Criteria".
  const page = await newPage(browser);
  try {
    await page.goto(`${host.url}#/tenders`);
    await page.getByRole('link', { name: tender.title }).click();
    await page.getByRole('heading', { name: 'Tender details', level: 1 }).waitFor();
    await evaluate(page, `window.__twBench.waitSaved().then(() => window.__twBench.waitQuiet(${QUIET_MS}))`);
    await evaluate(page, `window.__twBench.armClick('/criteria')`);
    await page.getByRole('navigation').getByRole('link', { name: 'Criteria', exact: true }).click();
    const clickAt = await evaluate<number | null>(page, 'window.__twBench.clickAt');
    if (clickAt === null) throw new Error('the click on Criteria was not seen by the page');
    const navigation = await evaluate<Interactive>(page, `window.__twBench.waitInteractive(${JSON.stringify(LOT)}, ${lotCriteria}, ${QUIET_MS}, ${clickAt})`);

    // Typing: select a weight, type "12.5" key by key, then pause until the autosave is done.
    await evaluate(page, 'window.__twBench.measuringKeys = true');
    let expected = 0;
    for (const criterionId of TYPED_INTO) {
      await page.locator(`#f-${LOT}-${criterionId}-weight`).focus();
      await page.keyboard.press('Control+A');
      for (const key of TYPED) {
        await page.keyboard.press(key);
        expected += 1;
        await evaluate(page, `window.__twBench.waitKeySamples(${expected})`);
      }
      await evaluate(page, 'window.__twBench.waitSaved()');
    }
    const { keys, slowKeydowns } = await evaluate<{ keys: KeySample[]; slowKeydowns: number }>(
      page,
      `(() => { const b = window.__twBench; return { keys: b.keySamples, slowKeydowns: b.slowEvents.filter((e) => b.keydowns.some((t) => Math.abs(t - e.start) < 1)).length }; })()`,
    );
    const typedValue = await page.locator(`#f-${LOT}-${TYPED_INTO[0]}-weight`).inputValue();
    if (typedValue !== '12.50') throw new Error(`the first typed weight shows "${typedValue}", not 12.50: the keystrokes did not land`);
    await page.context().close();

    // A page load straight onto the criteria screen's address (fresh context: no cache).
    await api(host, 'tenders.save', { id: tender.id, content });
    const loadPage = await newPage(browser);
    try {
      await loadPage.goto(`${host.url}#/tender/${encodeURIComponent(tender.id)}/criteria`, { waitUntil: 'commit' });
      const pageLoad = await evaluate<Interactive>(loadPage, `window.__twBench.waitInteractive(${JSON.stringify(LOT)}, ${lotCriteria}, ${QUIET_MS}, 0)`);
      return { navigation, pageLoad, keys, slowKeydowns };
    } finally {
      await loadPage.context().close();
    }
  } finally {
    if (!page.isClosed()) await page.context().close();
  }
}

// ---- the module ----

const ms = (value: number) => `${round(value, 1)} ms`;

export const renderer: BenchModule = {
  order: 50,
  id: 'renderer',
  title: 'Renderer: criteria editor of the reference tender in the browser host',
  async run({ dir, quick, log }) {
    const build = await prepareBuild(log);
    const host = await startHost(build.outDir, join(dir, 'workspace'));
    let browser: Browser | null = null;
    try {
      const created = await api<Tender>(host, 'tenders.create', { title: 'Reference tender', reference: 'REF-7', buyer: 'City of Example', lots: ['Lot 1'] });
      const content = referenceTenderContent(contentOf(created));
      const tender = await api<Tender>(host, 'tenders.save', { id: created.id, content });
      const lotCriteria = content.lots[0]!.criteria.length;
      const criteria = content.lots.reduce((n, lot) => n + lot.criteria.length, 0);
      const bytes = Buffer.byteLength(JSON.stringify(content));

      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
      const repeats = quick ? 3 : 7;
      // A first pass warms the host (JIT, file cache) and is not counted.
      log('warm-up pass');
      await oneRepeat(browser, host, tender, content, lotCriteria);
      const results: RepeatResult[] = [];
      for (let i = 0; i < repeats; i += 1) {
        log(`repeat ${i + 1} of ${repeats}`);
        results.push(await oneRepeat(browser, host, tender, content, lotCriteria));
      }

      const navigation = results.map((r) => r.navigation);
      const pageLoad = results.map((r) => r.pageLoad);
      const keys = results.flatMap((r) => r.keys);
      const painted = keys.map((k) => k.painted - k.start);
      const committed = keys.map((k) => k.committed - k.start);
      const waited = keys.map((k) => k.frame - k.committed);
      const inputDelay = keys.map((k) => k.handled - k.start);
      const drawn = keys.map((k) => k.painted - k.frame);
      const settled = keys.map((k) => k.idle - k.start);
      const slow = results.reduce((n, r) => n + r.slowKeydowns, 0);
      const area = 'Renderer (reference tender)';
      const conditions = `headless Chromium ${browser.version()}, no CPU throttling; ${build.description}`;
      const interactiveRule =
        `interactive = lot 1's ${lotCriteria} weight inputs in the page, the last visible and enabled, a frame painted with it, and the later of that frame and the end of the last long task (>= 50 ms) before ${QUIET_MS / 1000} s with none and no API request in flight`;
      const rows: Row[] = [
        {
          area,
          metric: 'tender shown',
          value: criteria,
          unit: 'count',
          detail:
            `issue 7's reference tender: ${content.lots.length} lots x ${lotCriteria} criteria (sub-criteria included), ${content.clauses.length} clauses, ${content.qa.questions.length} questions, ` +
            `${REFERENCE_EXTRAS.biddersPerLot} bidders and ${REFERENCE_EXTRAS.evaluatorsPerLot} evaluators per lot, ${Math.round(bytes / 1024)} KB of content; ${conditions}`,
        },
        {
          area,
          metric: `navigation: click "Criteria" -> criteria editor interactive (median of ${repeats})`,
          value: round(median(navigation.map((n) => n.interactive)), 1),
          unit: 'ms',
          detail:
            `max ${ms(Math.max(...navigation.map((n) => n.interactive)))}; first frame with the editor ${ms(median(navigation.map((n) => n.rendered)))}; ` +
            `longest task ${ms(median(navigation.map((n) => n.longest)))}; from the click's event time, tender already open on its details screen; ${interactiveRule}`,
        },
        {
          area,
          metric: `page load at #/tender/<id>/criteria -> criteria editor interactive (median of ${repeats})`,
          value: round(median(pageLoad.map((n) => n.interactive)), 1),
          unit: 'ms',
          detail: `max ${ms(Math.max(...pageLoad.map((n) => n.interactive)))}; first frame with the editor ${ms(median(pageLoad.map((n) => n.rendered)))}; from navigation start, fresh browser context (no cache): assets, tenders.get, render`,
        },
        {
          area,
          metric: `keystroke in a weight: keydown -> next frame painted (median of ${keys.length})`,
          value: round(median(painted), 1),
          unit: 'ms',
          target: { below: 16, source: 'issue 7' },
          detail:
            `p95 ${ms(percentile(painted, 95))}, max ${ms(Math.max(...painted))}; "${TYPED}" typed key by key into ${TYPED_INTO.length} weights (criteria with sub-criteria, sub-criteria, price) x ${repeats} runs, autosave awaited between fields; ` +
            `from the keydown's event time to a user-blocking task posted from the next requestAnimationFrame (runs when that frame's style, layout and paint are done), so up to one frame of waiting for the display refresh is included; ` +
            `Chromium's Event Timing reports ${slow} of ${keys.length} keydowns at >= 16 ms`,
        },
        {
          area,
          metric: 'keystroke in a weight: keydown -> React committed (median)',
          value: round(median(committed), 2),
          unit: 'ms',
          detail:
            `p95 ${ms(percentile(committed, 95))}; input delay (median ${ms(median(inputDelay))}: event time to the page's first keydown listener) + event handlers + ` +
            `the browser inserting the character + React render and commit, up to the window's input listener (before style, layout and paint)`,
        },
        {
          area,
          metric: 'keystroke in a weight: React committed -> next frame begins (median)',
          value: round(median(waited), 2),
          unit: 'ms',
          detail: `p95 ${ms(percentile(waited, 95))}; waiting for the display refresh (60 Hz: 0 to 16.7 ms) and any task queued before it (e.g. a slice of a deferred render)`,
        },
        {
          area,
          metric: 'keystroke in a weight: frame begins -> frame painted (median)',
          value: round(median(drawn), 2),
          unit: 'ms',
          detail: `p95 ${ms(percentile(drawn, 95))}; requestAnimationFrame callbacks, style, layout, paint and hand-over to the compositor`,
        },
        {
          area,
          metric: 'keystroke in a weight: keydown -> main thread idle again (median)',
          value: round(median(settled), 1),
          unit: 'ms',
          detail: `p95 ${ms(percentile(settled, 95))}; all of a keystroke's work: the frame above plus what follows it (totals, findings and tabs re-rendered from React's deferred value), to the next requestIdleCallback; each key is pressed only once the page is idle`,
        },
      ];
      return rows;
    } finally {
      await browser?.close();
      await stopHost(host.child);
    }
  },
};
