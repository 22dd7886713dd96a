/**
 * The worker thread that reads evaluator workbooks: the same pure reading and checks as on the main
 * process, so a large import keeps the app responsive. Each message is one workbook; the reading
 * (plain data) goes back with the job's id.
 */
import { parentPort } from 'node:worker_threads';
import { readEvaluatorWorkbook, type ReadContext } from './importWorkbook';

export interface WorkbookJob {
  id: number;
  bytes: Uint8Array;
  context: ReadContext;
}

const port = parentPort;
if (!port) throw new Error('workbookWorker runs only as a worker thread');

port.on('message', (job: WorkbookJob) => {
  readEvaluatorWorkbook(job.bytes, job.context).then(
    (reading) => port.postMessage({ id: job.id, reading }),
    (error: unknown) => port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
