/**
 * Reads evaluator workbooks in worker threads, one per core at most, so an import of many large
 * workbooks never stalls the process that answers the window's other calls. The workers are started
 * on the first import and kept for the next one; idle ones stop after a while. A worker that crashes
 * or runs out of memory turns into a clear refusal of the file it was reading, and a new worker
 * takes the files still waiting.
 *
 * The worker script is the built entry "workbookWorker.js" next to the main bundle (see
 * electron.vite.config.ts) or, when the TypeScript sources run directly (tests, bench), the source
 * file loaded through tsx.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadContext, WorkbookReading } from './importWorkbook';
import { currentLanguage } from '@shared/i18n';
import type { WorkbookJob } from './workbookWorker';

/** Memory one worker may use before it is stopped; a workbook under the caps needs far less. */
const WORKER_HEAP_MB = 768;
const IDLE_MS = 60_000;

/** A workbook's reading, and the SHA-256 of the file for the audit trail (empty when it could not be read). */
export interface PooledReading {
  reading: WorkbookReading;
  workbookSha256: string;
}

type Reply = { id: number; reading: WorkbookReading; workbookSha256: string } | { id: number; error: string };

interface Pending {
  job: WorkbookJob;
  resolve: (result: PooledReading) => void;
}

const refusal = (message: string): PooledReading => ({ reading: { ok: false, problems: [{ message }], warnings: [] }, workbookSha256: '' });

export const workerStoppedMessage = (detail: string) =>
  `The workbook could not be checked: the program reading it stopped (${detail.slice(0, 200)}). Nothing from this file was used. Try the import again; if it fails again, ask the evaluator for a fresh copy of the workbook.`;

function workerOptions(): { script: string; eval: boolean } {
  const here = dirname(fileURLToPath(import.meta.url));
  const source = join(here, 'workbookWorker.ts');
  if (import.meta.url.endsWith('.ts') && existsSync(source)) {
    const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
    return { script: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, eval: true };
  }
  for (const built of [join(here, 'workbookWorker.js'), join(here, '..', 'workbookWorker.js')]) {
    if (existsSync(built)) return { script: built, eval: false };
  }
  throw new Error(`the workbook reader (workbookWorker.js) is missing beside ${here}`);
}

class ReaderThread {
  private readonly worker: Worker;
  private current: Pending | undefined;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly onFree: (thread: ReaderThread) => void,
    private readonly onGone: (thread: ReaderThread) => void,
  ) {
    const { script, eval: isEval } = workerOptions();
    this.worker = new Worker(script, { eval: isEval, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => {
      const done = this.current;
      if (!done || done.job.id !== reply.id) return;
      this.current = undefined;
      done.resolve(
        'reading' in reply ? { reading: reply.reading, workbookSha256: reply.workbookSha256 } : refusal(workerStoppedMessage(reply.error)),
      );
      this.onFree(this);
    });
    this.worker.on('error', (error) => this.stopped(error.message));
    this.worker.on('exit', (code) => this.stopped(`exit code ${code}`));
  }

  get busy(): boolean {
    return this.current !== undefined;
  }

  run(pending: Pending): void {
    clearTimeout(this.idleTimer);
    this.current = pending;
    this.worker.postMessage(pending.job);
  }

  idle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.worker.terminate(), IDLE_MS);
    this.idleTimer.unref();
  }

  terminate(): Promise<number> {
    clearTimeout(this.idleTimer);
    return this.worker.terminate();
  }

  private gone = false;
  private stopped(detail: string): void {
    if (this.gone) return;
    this.gone = true;
    clearTimeout(this.idleTimer);
    const lost = this.current;
    this.current = undefined;
    lost?.resolve(
      refusal(workerStoppedMessage(/memory/i.test(detail) ? 'the workbook needed more memory than any evaluator workbook does' : detail)),
    );
    this.onGone(this);
  }
}

export class WorkbookReaderPool {
  private readonly threads = new Set<ReaderThread>();
  private readonly waiting: Pending[] = [];
  private nextId = 1;

  constructor(private readonly size = Math.max(1, availableParallelism())) {}

  /** Each workbook's reading, in order, from its base64 text; undefined where there was none to read. */
  readAll(files: readonly (string | undefined)[], context: ReadContext): Promise<(PooledReading | undefined)[]> {
    return Promise.all(files.map((base64) => (base64 === undefined ? Promise.resolve(undefined) : this.read(base64, context))));
  }

  read(base64: string, context: ReadContext): Promise<PooledReading> {
    return new Promise((resolve) => {
      this.waiting.push({ job: { id: this.nextId++, base64, context, language: currentLanguage() }, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    const threads = [...this.threads];
    this.threads.clear();
    await Promise.all(threads.map((t) => t.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      let free = [...this.threads].find((t) => !t.busy);
      if (!free && this.threads.size < this.size) free = this.start();
      if (!free) return;
      free.run(this.waiting.shift()!);
    }
  }

  private start(): ReaderThread | undefined {
    try {
      const thread = new ReaderThread(
        (t) => {
          if (this.waiting.length === 0) t.idle();
          this.dispatch();
        },
        (t) => {
          this.threads.delete(t);
          this.dispatch();
        },
      );
      this.threads.add(thread);
      return thread;
    } catch (error) {
      // No worker can start: the files waiting are refused rather than left hanging.
      const detail = error instanceof Error ? error.message : String(error);
      for (const pending of this.waiting.splice(0)) pending.resolve(refusal(workerStoppedMessage(detail)));
      return undefined;
    }
  }
}

/** The pool the app's imports share, across workspaces and services. */
export const workbookReaders = new WorkbookReaderPool();
