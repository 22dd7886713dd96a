/** Small statistics for benchmark samples (milliseconds unless said otherwise). */

/** Nearest-rank percentile: the smallest sample with at least p% of samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Wall-clock time of one run, in milliseconds, with its result. */
export async function timed<T>(task: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await task();
  return { ms: performance.now() - start, result };
}

/** Wall-clock and CPU time (all threads) of one run, in milliseconds. */
export interface Timing {
  wall: number;
  cpu: number;
}

/** Runs `task` (after `before`, e.g. a full garbage collection) and returns its wall-clock and CPU time. */
export async function timedWithCpu<T>(task: () => Promise<T>, before?: () => void): Promise<{ result: T } & Timing> {
  before?.();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await task();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, wall, cpu: (used.user + used.system) / 1000 };
}

/** `times` sequential runs of `task`; returns each duration in milliseconds. */
export async function sample(times: number, task: (i: number) => Promise<unknown> | unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await task(i);
    out.push(performance.now() - start);
  }
  return out;
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));

export const toMB = (bytes: number) => bytes / 1024 / 1024;
