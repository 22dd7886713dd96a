/**
 * The worker thread that reads evaluator workbooks: the same pure reading and checks as on the main
 * process, so a large import keeps the app responsive. Each message is one workbook as sent (base64,
 * decoded here rather than on the main process); its reading (plain data) and the file's SHA-256 go
 * back with the job's id.
 */
import { createHash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { setLanguage } from '@shared/i18n';
import type { Language } from '@shared/model/language';
import { readEvaluatorWorkbook, type ReadContext } from './importWorkbook';

export interface WorkbookJob {
  id: number;
  base64: string;
  context: ReadContext;
  /** The user's language when the job was sent: the worker has its own i18n instance to tell. */
  language: Language;
}

const port = parentPort;
if (!port) throw new Error('workbookWorker runs only as a worker thread');

port.on('message', (job: WorkbookJob) => {
  const bytes = Buffer.from(job.base64, 'base64');
  const workbookSha256 = createHash('sha256').update(bytes).digest('hex');
  setLanguage(job.language)
    .then(() => readEvaluatorWorkbook(bytes, job.context))
    .then(
      (reading) => port.postMessage({ id: job.id, reading, workbookSha256 }),
      (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
    );
});
