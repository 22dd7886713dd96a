/**
 * Importing the 6 filled evaluator workbooks of a lot of the reference tender and
 * computing the ranking. Target: < 1 s.
 *
 * The workbooks are exported through the real handlers and filled with exceljs as an evaluator would
 * (a whole-number score and a reason for every bid on every criterion, a Pass or a Fail with its
 * reason for every requirement). Each repetition imports all 6 in one `evaluation.importWorkbooks`
 * call (every check, the store write with its backup) and then asks `evaluation.results` for the
 * consensus, exclusions and ranking, on a fresh copy of the workspace opened beforehand (untimed), so
 * every repetition does the same first import; a full garbage collection runs before each. CPU is
 * process CPU time (all threads).
 */
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { ImportOutcome } from '@shared/api/methods/evaluation';
import type { ExportedFile } from '@shared/api/methods/files';
import type { Handlers } from '@shared/api/contract';
import { evaluationOf } from '@shared/model/evaluation';
import { contentOf, type Lot, type Tender } from '@shared/model/tender';
import type { LotResults } from '@shared/rules/evaluation';
import { SHEETS, scoringLayout } from '../../../electron/services/evaluation/evaluatorWorkbook';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { call } from '../lib/api';
import { garbageCollector } from '../lib/gc';
import { referenceTenderContent } from '../lib/reference-tender';
import { median, percentile, round, timedWithCpu, type Timing } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

const AREA = 'Import (reference tender, one lot)';
const gc = garbageCollector();
const TARGET = { below: 1000, source: 'issue 7' };

/** Fills an exported evaluator workbook: scores spread over the scale, a reason for each, Pass/Fail with a reason for a Fail. */
export async function fill(bytes: Buffer, lot: Lot, evaluatorIndex: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEETS.scoring)!;
  const layout = scoringLayout(lot);
  const bidderIndex = new Map(evaluationOf(lot).bidders.map((b, i) => [b.id, i]));
  for (const [i, input] of layout.scoreInputs.entries()) {
    const b = bidderIndex.get(input.bidderId)!;
    ws.getCell(input.score).value = (b * 3 + input.row + evaluatorIndex + (i % 2)) % (input.scaleMax + 1);
    ws.getCell(input.reason).value =
      `${input.bidderLabel} on ${input.criterionLabel}: the bid names the factories and shows the evidence asked for (evaluator ${evaluatorIndex + 1}).`;
  }
  for (const input of layout.verdictInputs) {
    // The last bidder fails the first requirement for one evaluator: the ranking then has an exclusion.
    const fail =
      evaluatorIndex === 0 && bidderIndex.get(input.bidderId) === bidderIndex.size - 1 && input.requirementId === lot.requirements[0]!.id;
    ws.getCell(input.verdict).value = fail ? 'Fail' : 'Pass';
    if (fail) ws.getCell(input.reason).value = 'No factory list in the bid';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const importBench: BenchModule = {
  order: 41,
  id: 'import',
  title: 'Import of 6 filled evaluator workbooks and the ranking',
  async run({ dir, quick, log }) {
    const base = join(dir, 'workspace');
    const setup = await createHandlers(base);
    let tenderId: string;
    let lot: Lot;
    let uploads: { fileName: string; base64: string }[];
    try {
      const created = await call<Tender>(setup, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-7',
        buyer: 'Bench Council',
        lots: ['Lot 1'],
      });
      const tender = await call<Tender>(setup, 'tenders.save', { id: created.id, content: referenceTenderContent(contentOf(created)) });
      tenderId = tender.id;
      lot = tender.lots[0]!;
      const files = await call<ExportedFile[]>(setup, 'evaluation.exportWorkbooks', { tenderId, lotId: lot.id });
      uploads = [];
      for (const [i, file] of files.entries()) {
        const filled = await fill(Buffer.from(file.base64, 'base64'), lot, i);
        uploads.push({ fileName: file.fileName, base64: filled.toString('base64') });
      }
    } finally {
      await closeHandlers(setup);
    }
    const layout = scoringLayout(lot);
    const workbookKB = uploads.reduce((sum, u) => sum + (u.base64.length * 3) / 4, 0) / 1024;
    log(
      `${uploads.length} filled workbooks, ${layout.scoreInputs.length} scores and ${layout.verdictInputs.length} verdicts each, ${round(workbookKB, 0)} KB in all`,
    );

    const importAll = (handlers: Handlers) =>
      call<ImportOutcome>(handlers, 'evaluation.importWorkbooks', { tenderId, lotId: lot.id, files: uploads, by: 'Lena Evaluation-Lead' });
    const rank = (handlers: Handlers) => call<LotResults>(handlers, 'evaluation.results', { tenderId, lotId: lot.id });

    /** A fresh copy of the workspace, opened with the tender read once, as in a running app. */
    const fresh = async (name: string) => {
      const root = join(dir, name);
      await cp(base, root, { recursive: true });
      const handlers = await createHandlers(root);
      await call<Tender>(handlers, 'tenders.get', { id: tenderId });
      return handlers;
    };

    // Warm-up: loads exceljs and the importer, compiles the paths.
    const warm = await fresh('warm-up');
    try {
      const outcome = await importAll(warm);
      const problems = outcome.files.flatMap((f) => f.problems.map((p) => `${f.fileName}: ${p.cell ?? ''} ${p.message}`));
      if (problems.length) throw new Error(`the filled workbooks did not import: ${problems.slice(0, 3).join('; ')}`);
      await rank(warm);
    } finally {
      await closeHandlers(warm);
    }

    const repeats = quick ? 3 : 9;
    const total: Timing[] = [];
    const imports: Timing[] = [];
    const rankings: Timing[] = [];
    let results: LotResults | undefined;
    for (let r = 0; r < repeats; r += 1) {
      const handlers = await fresh(`run-${r}`);
      try {
        gc();
        const both = await timedWithCpu(async () => {
          const imported = await timedWithCpu(() => importAll(handlers));
          const ranked = await timedWithCpu(() => rank(handlers));
          return { imported, ranked };
        });
        if (!both.result.imported.result.changed) throw new Error('the import stored nothing');
        total.push(both);
        imports.push(both.result.imported);
        rankings.push(both.result.ranked);
        results = both.result.ranked.result;
        log(`repetition ${r + 1}/${repeats}: ${round(both.wall, 0)} ms (CPU ${round(both.cpu, 0)} ms)`);
      } finally {
        await closeHandlers(handlers);
      }
    }

    const walls = (series: Timing[]) => series.map((t) => t.wall);
    const cpus = (series: Timing[]) => series.map((t) => t.cpu);
    const ranked = results?.bidders.filter((b) => b.rank !== null).length ?? 0;
    const rows: Row[] = [
      {
        area: AREA,
        metric: `import of ${uploads.length} filled workbooks + the ranking`,
        value: round(median(walls(total)), 1),
        unit: 'ms',
        detail: `CPU ${round(median(cpus(total)), 0)} ms; p95 ${round(percentile(walls(total), 95), 0)} ms; ${uploads.length} x ${layout.scoreInputs.length} scores with reasons, ${layout.verdictInputs.length} verdicts; ${ranked} of ${evaluationOf(lot).bidders.length} bids ranked${results?.complete ? '' : ' (results incomplete)'}`,
        target: TARGET,
      },
      {
        area: AREA,
        metric: `evaluation.importWorkbooks (${uploads.length} files, checks + store write)`,
        value: round(median(walls(imports)), 1),
        unit: 'ms',
        detail: `CPU ${round(median(cpus(imports)), 0)} ms; ${round(workbookKB, 0)} KB of workbooks`,
      },
      {
        area: AREA,
        metric: 'evaluation.results (consensus, exclusions, ranking)',
        value: round(median(walls(rankings)), 1),
        unit: 'ms',
        detail: `CPU ${round(median(cpus(rankings)), 0)} ms`,
      },
    ];
    return rows;
  },
};
