/**
 * A fresh process that imports the same workbooks several times, each on a fresh copy of a
 * workspace, while another API call is made over and over, for the 16-workbook import figures:
 *
 *   node --expose-gc --import tsx test/bench/children/import-large.ts <workspace> <uploads.json> <tenderId> <lotId> <runs>
 *
 * A process of its own, so the RSS growth is the import's and not memory left over from making the
 * workbooks. RSS is sampled every 10 ms on the main thread (the worker threads share the process).
 * Prints one JSON line: each run's wall time, RSS growth, slowest and 95th-percentile other call.
 */
import { cp, readFile } from 'node:fs/promises';
import type { ImportOutcome } from '@shared/api/methods/evaluation';
import type { Handlers } from '@shared/api/contract';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { call } from '../lib/api';
import { garbageCollector } from '../lib/gc';
import { percentile, toMB } from '../lib/stats';

export interface ImportRun {
  wall: number;
  rssGrowthMB: number;
  slowestPing: number;
  p95Ping: number;
  pings: number;
  /** When the slowest other call started, in ms from the start of the import (the store write comes last). */
  slowestAt: number;
}

const gc = garbageCollector();

async function measuredImport(handlers: Handlers, importAll: () => Promise<ImportOutcome>, expected: number): Promise<ImportRun> {
  gc();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  let importing = true;
  const pingTimes: number[] = [];
  const pingStarts: number[] = [];
  const pinger = (async () => {
    while (importing) {
      const start = performance.now();
      pingStarts.push(start);
      await call(handlers, 'tenders.list', {});
      pingTimes.push(performance.now() - start);
      // One turn of the event loop between pings, no fixed pause: the import's own work gets its turn too.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const start = performance.now();
  const outcome = await importAll();
  const wall = performance.now() - start;
  importing = false;
  await pinger;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const imported = outcome.files.filter((f) => f.status === 'imported').length;
  if (imported !== expected) {
    const problems = outcome.files.flatMap((f) => f.problems.map((p) => `${f.fileName}: ${p.message}`));
    throw new Error(`only ${imported} of ${expected} workbooks imported: ${problems.slice(0, 2).join('; ')}`);
  }
  const slowest = pingTimes.indexOf(Math.max(...pingTimes));
  return {
    wall,
    rssGrowthMB: toMB(peak - before),
    slowestPing: pingTimes[slowest] ?? 0,
    slowestAt: (pingStarts[slowest] ?? start) - start,
    p95Ping: percentile(pingTimes, 95),
    pings: pingTimes.length,
  };
}

async function main(): Promise<void> {
  const [base, uploadsFile, tenderId, lotId, runsText] = process.argv.slice(2) as [string, string, string, string, string];
  const files = JSON.parse(await readFile(uploadsFile, 'utf8')) as { fileName: string; base64: string }[];
  const runs: ImportRun[] = [];
  for (let r = 0; r < Number(runsText); r += 1) {
    const root = `${base}-run-${r}`;
    await cp(base, root, { recursive: true });
    const handlers = await createHandlers(root);
    try {
      await call(handlers, 'tenders.get', { id: tenderId });
      runs.push(
        await measuredImport(
          handlers,
          () => call<ImportOutcome>(handlers, 'evaluation.importWorkbooks', { tenderId, lotId, files, by: 'Lena Evaluation-Lead' }),
          files.length,
        ),
      );
    } finally {
      await closeHandlers(handlers);
    }
  }
  process.stdout.write(`${JSON.stringify(runs)}\n`);
}

void main();
