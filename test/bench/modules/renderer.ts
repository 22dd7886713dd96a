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
 * Everything is measured inside the page with the browser's own clocks (lib/renderer-probe.ts); Playwright
 * only drives. The host runs from out/ (rebuilt first when a source is newer than the build), or from
 * the build named by BENCH_RENDERER_BUILD (a copy of out/ from another commit) for before/after
 * comparisons run in the same conditions.
 */
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { contentOf, type Tender, type TenderContent } from '@shared/model/tender';
import { api, launchChromium, prepareBuild, startHost, stopHost, type Host } from '../lib/browser-host';
import { REFERENCE_EXTRAS, referenceTenderContent } from '../lib/reference-tender';
import { PROBE, evaluate, type Interactive, type KeySample } from '../lib/renderer-probe';
import { median, percentile, round } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

/** Main-thread quiet time that ends the "interactive" wait (Time to Interactive uses 5 s; 1 s keeps runs short). */
const QUIET_MS = 1000;
const TYPED = '12.5';

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
    const navigation = await evaluate<Interactive>(
      page,
      `window.__twBench.waitInteractive(${JSON.stringify(LOT)}, ${lotCriteria}, ${QUIET_MS}, ${clickAt})`,
    );

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
      const pageLoad = await evaluate<Interactive>(
        loadPage,
        `window.__twBench.waitInteractive(${JSON.stringify(LOT)}, ${lotCriteria}, ${QUIET_MS}, 0)`,
      );
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
      const created = await api<Tender>(host, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-7',
        buyer: 'City of Example',
        lots: ['Lot 1'],
      });
      const content = referenceTenderContent(contentOf(created));
      const tender = await api<Tender>(host, 'tenders.save', { id: created.id, content });
      const lotCriteria = content.lots[0]!.criteria.length;
      const criteria = content.lots.reduce((n, lot) => n + lot.criteria.length, 0);
      const bytes = Buffer.byteLength(JSON.stringify(content));

      browser = await launchChromium();
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
      const interactiveRule = `interactive = lot 1's ${lotCriteria} weight inputs in the page, the last visible and enabled, a frame painted with it, and the later of that frame and the end of the last long task (>= 50 ms) before ${QUIET_MS / 1000} s with none and no API request in flight`;
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
