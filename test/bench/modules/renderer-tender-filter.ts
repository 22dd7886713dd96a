/**
 * A keystroke in the Tenders list's search box with 1,000 tenders (target < 50 ms, issue 17).
 *
 * 1,000 generated tenders (lib/generated-tenders.ts: varied titles, buyers, statuses and dates) are
 * written into a temp workspace, the browser host is started on it and the Tenders screen opened in
 * Debian's Chromium. Each sample is one key typed into the search box: timed in the page from the
 * keydown's event time to the first frame painted after the table holds the filtered rows (its
 * aria-rowcount equal to what the list's own rule gives for that search). Searches are typed a letter
 * at a time and cleared in one keystroke (select all, Backspace), which shows the whole list again.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { writeGeneratedTenders } from '../lib/generated-tenders';
import { launchChromium, prepareBuild, startHost, stopHost } from '../lib/browser-host';
import { DEFAULT_LIST_QUERY, selectTenders } from '@shared/rules/tenderList';
import { median, percentile, round } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

const TENDERS = 1_000;
const TARGET = { below: 50, source: 'issue 17' };
const SEARCHES = ['road salt', 'northfield', 'it-2027-01', 'zurich'];

/** Installed before the app's scripts: times from a keydown in the search box to the frame after the table shows `rows` rows. */
const PROBE = `(() => {
  const bench = { keyAt: null };
  window.__twFilter = bench;
  document.addEventListener('keydown', (e) => {
    if (e.target instanceof HTMLInputElement && e.target.type === 'search') bench.keyAt = e.timeStamp;
  }, true);
  bench.waitRows = (rows) => new Promise((resolve) => {
    const ready = () => document.querySelector('table[aria-rowcount]')?.getAttribute('aria-rowcount') === String(rows);
    const painted = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - bench.keyAt), 0));
    if (ready()) return painted();
    const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); painted(); } });
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-rowcount'] });
  });
})();`;

export const rendererTenderFilter: BenchModule = {
  order: 52,
  id: 'renderer-tender-filter',
  title: 'Renderer: a keystroke in the Tenders search box with 1,000 tenders',
  async run({ dir, quick, log }) {
    const build = await prepareBuild(log);
    const workspace = join(dir, 'workspace');
    // The page's today decides the deadline filters, not the search: any day gives the same rows here.
    const today = new Date().toISOString().slice(0, 10);
    const { summaries } = await writeGeneratedTenders(workspace, TENDERS, today);
    const rowsFor = (search: string) => selectTenders(summaries, { ...DEFAULT_LIST_QUERY, search }, today).length + 1;
    const host = await startHost(build.outDir, workspace);
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      await context.addInitScript(PROBE);
      const page: Page = await context.newPage();
      await page.goto(`${host.url}#/tenders`);
      await page.locator(`table[aria-rowcount="${rowsFor('')}"]`).waitFor();
      const box = page.getByRole('searchbox', { name: 'Search tenders' });
      await box.focus();

      const samples: number[] = [];
      const press = async (key: string, search: string) => {
        await page.keyboard.press(key);
        samples.push((await page.evaluate(`window.__twFilter.waitRows(${rowsFor(search)})`)) as number);
      };
      const rounds = quick ? 1 : 4;
      for (let round = 0; round < rounds + 1; round += 1) {
        if (round === 1) samples.length = 0; // the first round warms up
        log(round === 0 ? 'warm-up round' : `round ${round} of ${rounds}`);
        for (const search of SEARCHES) {
          for (let i = 1; i <= search.length; i += 1) await press(search[i - 1] === ' ' ? 'Space' : search[i - 1]!, search.slice(0, i));
          await page.keyboard.press('ControlOrMeta+a');
          await press('Backspace', '');
        }
      }
      const area = 'Tenders list (1,000 tenders)';
      const rows: Row[] = [
        {
          area,
          metric: `keystroke in the search box -> filtered list painted (median of ${samples.length})`,
          value: round(median(samples), 1),
          unit: 'ms',
          target: TARGET,
          detail: `p95 ${round(percentile(samples, 95), 1)} ms, max ${round(Math.max(...samples), 1)} ms; searches ${SEARCHES.map((s) => `"${s}"`).join(', ')} typed a letter at a time, each cleared in one keystroke (the whole list again); headless Chromium ${browser.version()}; ${build.description}`,
        },
      ];
      await context.close();
      return rows;
    } finally {
      await browser.close();
      await stopHost(host.child);
    }
  },
};
