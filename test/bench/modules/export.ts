/**
 * The Word tender pack export and the evaluation workbook exports of the reference
 * tender, each next to its "library floor" in the same run, with the ratio ours / floor.
 * Targets: ratio < 1.25 per artefact; pack + workbooks < 1.5 s.
 *
 * "Ours" is the export through the real handlers (`dispatch`: schema check, workspace read, the
 * tender checks that refuse a blocked export, the builder, packing, base64 for the transport) on a
 * real workspace on disk. The floor is the same document or workbook written from plain data with
 * docx or exceljs alone (lib/docx-floor.ts, lib/xlsx-floor.ts); each floor row says what it holds, read
 * back and compared with ours, so the comparison is like for like.
 *
 * The app exports per lot: one call gives the 6 evaluators' workbooks of a lot, another the lead's
 * workbook. The reference tender has 3 lots, each with 12 bidders and a panel of 6, so the rows give
 * one lot's workbooks against their floor, and three totals against the 1.5 s target: the pack and the
 * issue's 6 evaluator workbooks; the same plus the lot's lead workbook; and every workbook of all 3
 * lots.
 *
 * Ours and the floor alternate within each repetition (which goes first alternates too), so load from
 * other work on the machine falls on both, and a full garbage collection runs before every timed
 * export, so neither pays for the garbage the other left. The ratio is the median of the
 * per-repetition ratios. CPU is process CPU time (all threads).
 */
import { join } from 'node:path';
import type { ExportedFile } from '@shared/api/methods/files';
import { evaluationOf } from '@shared/model/evaluation';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { call } from '../lib/api';
import { compareSignatures, docxSignature, readDocxContent, writeFloorDocx, type DocxContent } from '../lib/docx-floor';
import { garbageCollector } from '../lib/gc';
import { referenceTenderContent } from '../lib/reference-tender';
import { median, round, timedWithCpu, type Timing } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';
import { compareXlsxSignatures, readXlsxContent, writeFloorXlsx, xlsxSignature, type XlsxContent } from '../lib/xlsx-floor';

const EXPORT_DATE = '2026-05-01';
const RATIO_TARGET = { below: 1.25, source: 'issue 7' };
const TOTAL_TARGET = { below: 1500, source: 'issue 7' };
const AREA = 'Export (reference tender)';

const gc = garbageCollector();

const timed = <T>(task: () => Promise<T>) => timedWithCpu(task, gc);

const bytesOf = (file: ExportedFile) => Buffer.from(file.base64, 'base64');

/** Wall and CPU samples of one artefact, ours and its floor, taken in the same repetitions. */
class Pair {
  readonly ours: Timing[] = [];
  readonly floor: Timing[] = [];
  ratios() {
    return this.ours.map((o, i) => o.wall / this.floor[i]!.wall);
  }
}

const med = (samples: Timing[], key: keyof Timing) => median(samples.map((s) => s[key]));

function pairRows(label: string, pair: Pair, oursDetail: string, floorDetail: string): Row[] {
  const ratio = median(pair.ratios());
  const cpuRatio = med(pair.ours, 'cpu') / med(pair.floor, 'cpu');
  return [
    {
      area: AREA,
      metric: `${label}: ours`,
      value: round(med(pair.ours, 'wall'), 1),
      unit: 'ms',
      detail: `CPU ${round(med(pair.ours, 'cpu'), 0)} ms; ${oursDetail}`,
    },
    {
      area: AREA,
      metric: `${label}: library floor`,
      value: round(med(pair.floor, 'wall'), 1),
      unit: 'ms',
      detail: `CPU ${round(med(pair.floor, 'cpu'), 0)} ms; ${floorDetail}`,
    },
    {
      area: AREA,
      metric: `${label}: ratio ours / floor`,
      value: round(ratio, 2),
      unit: 'x',
      detail: `median of ${pair.ours.length} paired runs; by CPU time ${round(cpuRatio, 2)} x`,
      target: RATIO_TARGET,
    },
  ];
}

export const exportBench: BenchModule = {
  order: 40,
  id: 'export',
  title: 'Word tender pack and evaluation workbooks, next to the docx / exceljs floor',
  async run({ dir, quick, log }) {
    const handlers = await createHandlers(join(dir, 'workspace'));
    try {
      const created = await call<Tender>(handlers, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-7',
        buyer: 'Bench Council',
        lots: ['Lot 1'],
      });
      const tender = await call<Tender>(handlers, 'tenders.save', { id: created.id, content: referenceTenderContent(contentOf(created)) });
      const lots = tender.lots.map((lot) => ({
        lotId: lot.id,
        evaluators: evaluationOf(lot).evaluators.length,
        bidders: evaluationOf(lot).bidders.length,
      }));
      const target = { tenderId: tender.id };
      const exportPack = () => call<ExportedFile>(handlers, 'export.wordPack', { ...target, exportDate: EXPORT_DATE });
      const exportWorkbooks = (lotId: string) => call<ExportedFile[]>(handlers, 'evaluation.exportWorkbooks', { ...target, lotId });
      const exportLead = (lotId: string) => call<ExportedFile>(handlers, 'evaluation.exportLeadWorkbook', { ...target, lotId });

      // Warm-up (loads docx and exceljs, compiles the code paths), and the floors' data, read from our own output.
      const pack = await exportPack();
      const workbooks = await Promise.all(lots.map((l) => exportWorkbooks(l.lotId)));
      const leads = await Promise.all(lots.map((l) => exportLead(l.lotId)));
      const packContent = readDocxContent(bytesOf(pack));
      const workbookContents: XlsxContent[][] = await Promise.all(
        workbooks.map((files) => Promise.all(files.map((f) => readXlsxContent(bytesOf(f))))),
      );
      const leadContents: XlsxContent[] = await Promise.all(leads.map((f) => readXlsxContent(bytesOf(f))));
      const floorPack = (content: DocxContent) => writeFloorDocx(content);
      const floorWorkbooks = async (contents: XlsxContent[]) => {
        const out: Buffer[] = [];
        for (const content of contents) out.push(await writeFloorXlsx(content));
        return out;
      };
      await floorPack(packContent);
      await floorWorkbooks(workbookContents[0]!);
      await writeFloorXlsx(leadContents[0]!);
      log(
        `reference tender: ${tender.lots.length} lots, ${tender.clauses.length} clauses, ${tender.qa.questions.length} questions, per lot ${lots[0]!.bidders} bidders and ${lots[0]!.evaluators} evaluators`,
      );

      const repeats = quick ? 3 : 9;
      const packPair = new Pair();
      const workbookPair = new Pair();
      const leadPair = new Pair();
      const allWorkbooks: Timing[] = [];
      const allLeads: Timing[] = [];
      let floorPackBytes: Buffer | undefined;
      let floorWorkbookBytes: Buffer | undefined;
      let floorLeadBytes: Buffer | undefined;
      /** Both, in an order that alternates with the repetition. */
      const both = async <A, B>(r: number, ours: () => Promise<A>, floor: () => Promise<B>) => {
        if (r % 2 === 0) {
          const a = await timed(ours);
          return { ours: a, floor: await timed(floor) };
        }
        const b = await timed(floor);
        return { ours: await timed(ours), floor: b };
      };
      for (let r = 0; r < repeats; r += 1) {
        const { ours, floor } = await both(r, exportPack, () => floorPack(packContent));
        packPair.ours.push(ours);
        packPair.floor.push(floor);
        floorPackBytes = floor.result;

        // Every lot's evaluator workbooks; lot 1 is also paired with its floor.
        const perLot: Timing[] = [];
        for (const [index, lot] of lots.entries()) {
          if (index === 0) {
            const pair = await both(
              r,
              () => exportWorkbooks(lot.lotId),
              () => floorWorkbooks(workbookContents[0]!),
            );
            perLot.push(pair.ours);
            workbookPair.ours.push(pair.ours);
            workbookPair.floor.push(pair.floor);
            floorWorkbookBytes = pair.floor.result[0];
          } else {
            perLot.push(await timed(() => exportWorkbooks(lot.lotId)));
          }
        }
        allWorkbooks.push({ wall: perLot.reduce((s, t) => s + t.wall, 0), cpu: perLot.reduce((s, t) => s + t.cpu, 0) });

        const leadsOfRun: Timing[] = [];
        for (const [index, lot] of lots.entries()) {
          if (index === 0) {
            const pair = await both(
              r,
              () => exportLead(lot.lotId),
              () => writeFloorXlsx(leadContents[0]!),
            );
            leadsOfRun.push(pair.ours);
            leadPair.ours.push(pair.ours);
            leadPair.floor.push(pair.floor);
            floorLeadBytes = pair.floor.result;
          } else {
            leadsOfRun.push(await timed(() => exportLead(lot.lotId)));
          }
        }
        allLeads.push({ wall: leadsOfRun.reduce((s, t) => s + t.wall, 0), cpu: leadsOfRun.reduce((s, t) => s + t.cpu, 0) });
        log(`repetition ${r + 1}/${repeats}: pack ${round(ours.wall, 0)} ms (floor ${round(floor.wall, 0)} ms)`);
      }

      // Like for like: read both back and compare what they hold.
      const packSignature = docxSignature(bytesOf(pack));
      const packCheck = compareSignatures(packSignature, docxSignature(floorPackBytes!));
      const workbookCheck = compareXlsxSignatures(
        await xlsxSignature(bytesOf(workbooks[0]![0]!)),
        await xlsxSignature(floorWorkbookBytes!),
      );
      const leadCheck = compareXlsxSignatures(await xlsxSignature(bytesOf(leads[0]!)), await xlsxSignature(floorLeadBytes!));
      for (const check of [packCheck, workbookCheck, leadCheck]) if (!check.same) log(`WARNING: ${check.text}`);

      const sumOf = (...series: Timing[][]) =>
        series[0]!.map((_, i) => ({ wall: series.reduce((s, t) => s + t[i]!.wall, 0), cpu: series.reduce((s, t) => s + t[i]!.cpu, 0) }));
      const packAndPanel = sumOf(packPair.ours, workbookPair.ours);
      const oneLot = sumOf(packPair.ours, workbookPair.ours, leadPair.ours);
      const floors = sumOf(packPair.floor, workbookPair.floor, leadPair.floor);
      const wholeTender = sumOf(packPair.ours, allWorkbooks, allLeads);
      const kb = (bytes: number) => `${round(bytes / 1024, 0)} KB`;
      const n = lots[0]!.evaluators;
      return [
        ...pairRows(
          'Word tender pack',
          packPair,
          `${kb(bytesOf(pack).length)} .docx, document.xml ${round(packSignature.documentXmlBytes / 1e6, 2)} MB`,
          packCheck.text,
        ),
        ...pairRows(
          `${n} evaluator workbooks of one lot (one call)`,
          workbookPair,
          `${kb(workbooks[0]!.reduce((s, f) => s + bytesOf(f).length, 0))} in all; per workbook ${round(med(workbookPair.ours, 'wall') / n, 1)} ms`,
          `first workbook: ${workbookCheck.text}`,
        ),
        ...pairRows('Lead workbook of one lot', leadPair, kb(bytesOf(leads[0]!).length), leadCheck.text),
        {
          area: AREA,
          metric: `total: pack + the ${n} evaluator workbooks (the issue's panel of ${n})`,
          value: round(median(packAndPanel.map((t) => t.wall)), 1),
          unit: 'ms',
          detail: `CPU ${round(median(packAndPanel.map((t) => t.cpu)), 0)} ms; their floors together ${round(median(sumOf(packPair.floor, workbookPair.floor).map((t) => t.wall)), 0)} ms`,
          target: TOTAL_TARGET,
        },
        {
          area: AREA,
          metric: `total: pack + one lot's ${n} evaluator workbooks + its lead workbook`,
          value: round(median(oneLot.map((t) => t.wall)), 1),
          unit: 'ms',
          detail: `CPU ${round(median(oneLot.map((t) => t.cpu)), 0)} ms; their floors together ${round(median(floors.map((t) => t.wall)), 0)} ms`,
          target: TOTAL_TARGET,
        },
        {
          area: AREA,
          metric: `total: pack + every lot's workbooks (${lots.length} x ${n} evaluator + ${lots.length} lead)`,
          value: round(median(wholeTender.map((t) => t.wall)), 1),
          unit: 'ms',
          detail: `CPU ${round(median(wholeTender.map((t) => t.cpu)), 0)} ms; evaluator workbooks of all lots ${round(med(allWorkbooks, 'wall'), 0)} ms, lead workbooks ${round(med(allLeads, 'wall'), 0)} ms`,
          target: TOTAL_TARGET,
        },
      ];
    } finally {
      await closeHandlers(handlers);
    }
  },
};
