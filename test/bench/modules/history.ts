/**
 * History by age: 90 simulated days of typing on the 1 MB reference tender, through the real store
 * with a clock moved by hand, then how many backups the retention rule kept, the disk they take and
 * how long listing them takes (the first listing works out every change summary from the files; the
 * next ones read the catalog).
 *
 * Fewer saves per day than a person typing makes (autosave saves at every pause), to keep the run to
 * a minute or two: a save every 10 minutes of the working day (every 2 hours with --quick), and on
 * the last day a save every 30 s for the last 20 minutes, so the "every save" stage is full. The rule
 * keeps at most one save per 10-minute slot beyond that, so more saves per day would not change
 * what is kept, only how long the run takes.
 */
import { join } from 'node:path';
import type { BackupList } from '@shared/api/contract';
import { contentOf, type Tender, type TenderContent } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { call } from '../lib/api';
import { bytesOnDisk, referenceTenderContent } from '../lib/reference-tender';
import { round } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const DAYS = 90;

/** The store's clock, moved by the simulation. */
class SimulatedClock {
  constructor(public at: number) {}
  now(): Date {
    return new Date(this.at);
  }
}

/** One keystroke's worth of change in criterion `i`'s description. */
function edit(content: TenderContent, i: number): TenderContent {
  const lots = content.lots.map((lot, l) => {
    if (l !== i % content.lots.length) return lot;
    const index = Math.floor(i / content.lots.length) % lot.criteria.length;
    return {
      ...lot,
      criteria: lot.criteria.map((c, k) =>
        k === index ? { ...c, description: `${c.description.slice(0, -1)}${String.fromCharCode(97 + (i % 26))}` } : c,
      ),
    };
  });
  return { ...content, lots };
}

/** The save times: working days 09:00-17:00 UTC every `interval`, then a burst at the end of the last day. */
function saveTimes(start: number, interval: number): number[] {
  const times: number[] = [];
  for (let day = 0; day < DAYS; day += 1) {
    const midnight = start + day * DAY;
    const weekday = new Date(midnight).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let at = midnight + 9 * HOUR; at < midnight + 17 * HOUR; at += interval) times.push(at);
  }
  const last = times.at(-1)!;
  for (let at = last + 30_000; at <= last + 20 * MINUTE; at += 30_000) times.push(at);
  return times;
}

export const historyBench: BenchModule = {
  order: 70,
  id: 'history',
  title: 'History: 90 days of saves on the 1 MB tender, thinned by age',
  async run({ dir, quick, log }) {
    // Monday 2 March 2026.
    const start = Date.UTC(2026, 2, 2);
    const clock = new SimulatedClock(start + 8 * HOUR);
    const workspace = join(dir, 'workspace');
    const handlers = await createHandlers(workspace, undefined, { clock });
    try {
      const created = await call<Tender>(handlers, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-1',
        buyer: 'Bench Council',
        lots: ['Lot 1'],
      });
      let content = referenceTenderContent(contentOf(created));
      let tender = await call<Tender>(handlers, 'tenders.save', { id: created.id, content });
      log(`tender of ${(bytesOnDisk(tender) / 1e6).toFixed(2)} MB`);

      const times = saveTimes(start, quick ? 2 * HOUR : 10 * MINUTE);
      const began = performance.now();
      for (const [i, at] of times.entries()) {
        clock.at = at;
        content = edit(content, i);
        tender = await call<Tender>(handlers, 'tenders.save', { id: tender.id, content, baseRevision: tender.revision });
        if (i % 500 === 0) log(`${i} of ${times.length} saves (simulated ${new Date(at).toISOString().slice(0, 10)})`);
      }
      const saving = performance.now() - began;

      let listed = performance.now();
      const first = await call<BackupList>(handlers, 'backups.list', { tenderId: tender.id });
      const firstMs = performance.now() - listed;
      listed = performance.now();
      const again = await call<BackupList>(handlers, 'backups.list', { tenderId: tender.id });
      const againMs = performance.now() - listed;
      const now = clock.at;
      const byAge = (from: number, to: number) =>
        again.entries.filter((e) => now - Date.parse(e.takenAt) > from && now - Date.parse(e.takenAt) <= to).length;
      const detail = `last 15 min ${byAge(-1, 15 * MINUTE)}, to 24 h ${byAge(15 * MINUTE, DAY)}, to 7 days ${byAge(DAY, 7 * DAY)}, to 90 days ${byAge(7 * DAY, 90 * DAY)}`;
      log(`${times.length} saves, ${first.entries.length} kept: ${detail}`);
      const rows: Row[] = [
        {
          area: 'History (1 MB tender, 90 days)',
          metric: 'saves made',
          value: times.length,
          unit: 'count',
          detail: quick
            ? 'every 2 h of the working day, then every 30 s for 20 min'
            : 'every 10 min of the working day, then every 30 s for 20 min',
        },
        {
          area: 'History (1 MB tender, 90 days)',
          metric: 'backups kept',
          value: first.usage.count,
          unit: 'count',
          detail,
          target: { below: 201, source: 'history rule' },
        },
        {
          area: 'History (1 MB tender, 90 days)',
          metric: 'their bytes on disk (each file once)',
          value: round(first.usage.bytes / 1e6, 1),
          unit: 'MB',
          detail: `${round(first.usage.bytes / Math.max(1, first.usage.count) / 1e6, 2)} MB per backup`,
        },
        {
          area: 'History (1 MB tender, 90 days)',
          metric: 'save, with thinning (mean)',
          value: round(saving / times.length, 1),
          unit: 'ms',
        },
        {
          area: 'History (1 MB tender, 90 days)',
          metric: 'first listing (summaries from the files)',
          value: round(firstMs, 0),
          unit: 'ms',
        },
        { area: 'History (1 MB tender, 90 days)', metric: 'next listing (from the catalog)', value: round(againMs, 1), unit: 'ms' },
      ];
      return rows;
    } finally {
      await closeHandlers(handlers);
    }
  },
};
