/**
 * A fresh process that opens a workspace and lists its tenders, for the "cold" list figures:
 *
 *   node --expose-gc --import tsx test/bench/children/list-cold.ts <workspace>
 *
 * Modules are loaded before anything is measured (static imports), so the figures are the store's
 * own: opening, the first list (every file read, parsed and validated), a second list (the cache),
 * and memory before and after. Prints one JSON line.
 */
import { memoryUsage } from 'node:process';
import { dispatch } from '@shared/api/contract';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';

export interface ColdListResult {
  tenders: number;
  openMs: number;
  firstListMs: number;
  /** CPU time (all threads) of the first list: close to its wall time on an idle machine. */
  firstListCpuMs: number;
  secondListMs: number;
  rssBefore: number;
  rssAfter: number;
  heapBefore: number;
  heapAfter: number;
  /** Heap still in use after the list, once garbage is collected: what the store keeps. */
  heapRetained: number;
}

async function main(): Promise<void> {
  const workspace = process.argv[2];
  if (!workspace) throw new Error('usage: list-cold <workspace>');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const before = memoryUsage();
  const t0 = performance.now();
  const handlers = await createHandlers(workspace);
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  const first = await dispatch(handlers, 'tenders.list', {});
  const t2 = performance.now();
  const cpuUsed = process.cpuUsage(cpu);
  await dispatch(handlers, 'tenders.list', {});
  const t3 = performance.now();
  const after = memoryUsage();
  gc();
  const retained = memoryUsage().heapUsed;
  if (!first.ok) throw new Error(first.error.message);
  const result: ColdListResult = {
    tenders: (first.data as unknown[]).length,
    openMs: t1 - t0,
    firstListMs: t2 - t1,
    firstListCpuMs: (cpuUsed.user + cpuUsed.system) / 1000,
    secondListMs: t3 - t2,
    rssBefore: before.rss,
    rssAfter: after.rss,
    heapBefore: before.heapUsed,
    heapAfter: after.heapUsed,
    heapRetained: retained,
  };
  await closeHandlers(handlers);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`list-cold: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
