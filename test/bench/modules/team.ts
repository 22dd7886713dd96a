/**
 * Shared workspace: what working together costs. (a) The cross-process lock every tender write now
 * takes (proper-lockfile: mkdir of `<file>.lock`, rmdir on release): its own cost around nothing,
 * and a save with and without it on the same store, file and write path (samples alternate, so
 * drift on the machine hits both alike). (b) How soon one instance notices another's save: instance
 * A saves, instance B's `workspace.changes` long poll returns that revision; with the operating
 * system's file events (local disks) and with polling (TENDERWRIGHT_WATCH_POLLING=1, as on network
 * folders, read when B's change feed is made). A save B has not noticed within a few seconds is
 * counted as missed rather than waited for: with file events some are never reported until the next
 * change (docs/benchmarks.md, shared workspace).
 */
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import type { ChangeFeed, Handlers } from '@shared/api/contract';
import { contentOf, type Tender, type TenderContent } from '@shared/model/tender';
import { closeHandlers, createHandlers, startTeamServices, workspaceStoreOf } from '../../../electron/services/handlers';
import type { WorkspaceLocks } from '../../../electron/services/workspace/locks';
import { call } from '../lib/api';
import { shapeForSize, tenderContent } from '../lib/reference-tender';
import { median, percentile, round, sample } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

const LOCK_TARGET = { below: 2, source: 'shared workspace' };
const AREA_LOCK = 'Shared workspace: lock';
const AREA_NOTICE = 'Shared workspace: change notice';

const withDescription = (content: TenderContent, i: number): TenderContent => ({ ...content, description: `edit ${i}` });

/** p50 and p95 of a list of samples, for a row's detail. */
const spread = (samples: number[]) => `p95 ${round(percentile(samples, 95), 2)} ms, max ${round(Math.max(...samples), 1)} ms`;

/** Saves with the store's lock and with it bypassed, alternating; returns both lists of latencies. */
async function savesWithAndWithout(
  handlers: Handlers,
  locks: WorkspaceLocks,
  tender: Tender,
  saves: number,
): Promise<{ locked: number[]; unlocked: number[] }> {
  const withLock = locks.withLock;
  // The same write path minus the lock: withTender calls locks.withLock(file, task); this runs task alone.
  const bypass = <T>(_file: string, task: () => Promise<T>) => task();
  const locked: number[] = [];
  const unlocked: number[] = [];
  let content = contentOf(tender);
  try {
    for (let i = 0; i < saves * 2; i += 1) {
      const lockIt = i % 2 === 0;
      locks.withLock = lockIt ? withLock : bypass;
      content = withDescription(content, i);
      const start = performance.now();
      await call<Tender>(handlers, 'tenders.save', { id: tender.id, content });
      (lockIt ? locked : unlocked).push(performance.now() - start);
    }
  } finally {
    locks.withLock = withLock;
  }
  return { locked, unlocked };
}

/** How long B waits for a save before counting it as not noticed (polling sees a change within about 1 s). */
const NOTICE_WAIT_MS = 3000;

/**
 * A saves `times` times; each time, how long until B's pending long poll returns that revision, or
 * undefined when B has not noticed it within NOTICE_WAIT_MS (the next save then starts afresh).
 */
async function noticeLatency(
  a: Handlers,
  b: Handlers,
  tenderId: string,
  times: number,
): Promise<{ notice: number[]; missed: number; save: number[] }> {
  const notice: number[] = [];
  const save: number[] = [];
  let missed = 0;
  let cursor = (await call<ChangeFeed>(b, 'workspace.changes', { after: 0 })).cursor;
  let tender = await call<Tender>(a, 'tenders.get', { id: tenderId });
  for (let i = 0; i < times; i += 1) {
    // Saves start at spread-out moments of the 1 s polling cycle: right after a notice, the next
    // poll is a whole interval away, and every save would wait the longest.
    await new Promise((resume) => setTimeout(resume, (i * 397) % 1000));
    const start = performance.now();
    const deadline = start + NOTICE_WAIT_MS;
    let feed = call<ChangeFeed>(b, 'workspace.changes', { after: cursor, waitMs: NOTICE_WAIT_MS });
    tender = await call<Tender>(a, 'tenders.save', {
      id: tenderId,
      content: withDescription(contentOf(tender), i),
      baseRevision: tender.revision,
    });
    save.push(performance.now() - start);
    let noticed: number | undefined;
    // Several events may come per save (the lock folder, the rename): wait for this revision.
    for (;;) {
      const got = await feed;
      cursor = got.cursor;
      if (got.changes.some((c) => c.kind === 'tender' && c.id === tenderId && (c.revision ?? 0) >= tender.revision)) {
        noticed = performance.now() - start;
        break;
      }
      const left = Math.round(deadline - performance.now());
      if (left <= 0) break;
      feed = call<ChangeFeed>(b, 'workspace.changes', { after: cursor, waitMs: left });
    }
    if (noticed === undefined) missed += 1;
    else notice.push(noticed);
  }
  return { notice, missed, save };
}

/** Instance B with its change feed started; `polling` as on a network folder. */
async function watcher(workspace: string, polling: boolean): Promise<Handlers> {
  const before = process.env.TENDERWRIGHT_WATCH_POLLING;
  process.env.TENDERWRIGHT_WATCH_POLLING = polling ? '1' : '0';
  try {
    const b = await createHandlers(workspace);
    await startTeamServices(b);
    return b;
  } finally {
    if (before === undefined) delete process.env.TENDERWRIGHT_WATCH_POLLING;
    else process.env.TENDERWRIGHT_WATCH_POLLING = before;
  }
}

export const teamBench: BenchModule = {
  order: 15,
  id: 'team',
  title: 'Shared workspace: the lock on every write, and noticing a colleague’s save',
  async run({ dir, quick, log }) {
    const workspace = join(dir, 'workspace');
    const a = await createHandlers(workspace);
    const rows: Row[] = [];
    try {
      const store = workspaceStoreOf(a)!;
      const small = await call<Tender>(a, 'tenders.create', {
        title: 'Small tender',
        reference: 'S-1',
        buyer: 'Bench Council',
        lots: ['Lot 1'],
      });
      const file = join(workspace, 'tenders', `${small.id}.json`);
      const runs = quick ? 100 : 500;

      // (a) The lock alone, around nothing, on the tender's own file.
      await sample(20, () => store.locks.withLock(file, async () => undefined));
      const raw = await sample(runs, async () => {
        const release = await lockfile.lock(file, { realpath: false, stale: store.locks.staleMs, update: store.locks.staleMs / 2 });
        await release();
      });
      const viaStore = await sample(runs, () => store.locks.withLock(file, async () => undefined));
      rows.push(
        {
          area: AREA_LOCK,
          metric: `lock + release of a tender file, nothing inside (WorkspaceLocks.withLock, ${runs}x), p50`,
          value: round(median(viaStore), 2),
          unit: 'ms',
          detail: spread(viaStore),
          target: LOCK_TARGET,
        },
        {
          area: AREA_LOCK,
          metric: `the same with proper-lockfile called directly, p50`,
          value: round(median(raw), 2),
          unit: 'ms',
          detail: spread(raw),
        },
      );
      log(`lock + release: ${round(median(viaStore), 2)} ms p50`);

      // A small tender (as created) and a 1 MB one, saved with and without the lock.
      const saves = quick ? 60 : 300;
      await savesWithAndWithout(a, store.locks, small, 10);
      const smallRuns = await savesWithAndWithout(a, store.locks, await call<Tender>(a, 'tenders.get', { id: small.id }), saves);
      const bigCreated = await call<Tender>(a, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-1',
        buyer: 'Bench Council',
        lots: ['Lot 1'],
      });
      const big = await call<Tender>(a, 'tenders.save', {
        id: bigCreated.id,
        content: tenderContent(contentOf(bigCreated), shapeForSize(contentOf(bigCreated), 1_000_000)),
      });
      await savesWithAndWithout(a, store.locks, big, 10);
      const bigSaves = quick ? 20 : 100;
      const bigRuns = await savesWithAndWithout(a, store.locks, await call<Tender>(a, 'tenders.get', { id: big.id }), bigSaves);
      for (const [label, runs2, count] of [
        ['small tender (as created)', smallRuns, saves],
        ['1 MB tender', bigRuns, bigSaves],
      ] as const) {
        const lockedP50 = median(runs2.locked);
        const unlockedP50 = median(runs2.unlocked);
        rows.push(
          {
            area: AREA_LOCK,
            metric: `save of a ${label} with the lock, p50 (${count} saves)`,
            value: round(lockedP50, 2),
            unit: 'ms',
            detail: spread(runs2.locked),
          },
          {
            area: AREA_LOCK,
            metric: `save of a ${label}, same path without the lock, p50`,
            value: round(unlockedP50, 2),
            unit: 'ms',
            detail: `${spread(runs2.unlocked)}; alternating with the row above`,
          },
          {
            area: AREA_LOCK,
            metric: `the lock's share of a ${label} save (difference of the p50s)`,
            value: round(lockedP50 - unlockedP50, 2),
            unit: 'ms',
            detail: `${round((100 * (lockedP50 - unlockedP50)) / lockedP50, 0)}% of the save`,
          },
        );
      }
      log(
        `saves: small ${round(median(smallRuns.locked), 2)} / ${round(median(smallRuns.unlocked), 2)} ms, 1 MB ${round(median(bigRuns.locked), 2)} / ${round(median(bigRuns.unlocked), 2)} ms (with / without the lock)`,
      );

      // (b) Instance B notices instance A's save.
      const times = quick ? 8 : 20;
      for (const polling of [false, true]) {
        const b = await watcher(workspace, polling);
        try {
          const { notice, missed, save } = await noticeLatency(a, b, small.id, times);
          const how = polling ? 'polling (TENDERWRIGHT_WATCH_POLLING=1, as on network folders)' : 'file events (chokidar, local disk)';
          rows.push(
            {
              area: AREA_NOTICE,
              metric: `A saves -> B's workspace.changes returns it, ${how} (median of the ${notice.length} noticed)`,
              value: notice.length ? round(median(notice), 1) : Number.NaN,
              unit: 'ms',
              detail: notice.length
                ? `${spread(notice)}, min ${round(Math.min(...notice), 1)} ms; from the start of A's save (itself ${round(median(save), 1)} ms median)`
                : 'none noticed',
            },
            {
              area: AREA_NOTICE,
              metric: `saves B did not notice within ${NOTICE_WAIT_MS / 1000} s, ${polling ? 'polling' : 'file events'} (of ${times})`,
              value: missed,
              unit: 'count',
              ...(missed
                ? {
                    note: `${missed} of ${times} saves were not noticed within ${NOTICE_WAIT_MS / 1000} s (see docs/benchmarks.md, shared workspace)`,
                  }
                : {}),
            },
          );
          log(
            `notice with ${polling ? 'polling' : 'file events'}: ${notice.length ? round(median(notice), 1) : '-'} ms median, ${missed} of ${times} not noticed`,
          );
        } finally {
          await closeHandlers(b);
        }
      }
      return rows;
    } finally {
      await closeHandlers(a);
    }
  },
};
