/**
 * Save latency per edit for a 1 MB tender (p50, p95; target p95 < 15 ms), and proof
 * that an edit writes only its own tender's file (its backup is a hard link to it: no bytes written).
 *
 * Each edit changes one criterion's description by one character, as typing would, and goes through
 * `dispatch` (the input schema check, then the store), which is what both transports run. The parts a
 * save is made of are timed separately on the same tender, to show where the time goes.
 */
import { link, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseInput } from '@shared/api/contract';
import { TenderSchema, contentOf, type Tender, type TenderContent } from '@shared/model/tender';
import type { Settings } from '@shared/model/settings';
import { closeHandlers, createHandlers, workspaceStoreOf } from '../../../electron/services/handlers';
import { encodeValidDocument } from '../../../electron/services/workspace/documents';
import { fsyncDirectory, writeFileDurably } from '../../../electron/services/workspace/durable-file';
import { TENDER_HEADER_SCHEMA } from '../../../electron/services/workspace/formats';
import { call } from '../lib/api';
import { bytesOnDisk, shapeForSize, tenderContent } from '../lib/reference-tender';
import { median, percentile, round, sample } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';
import { fileStates, writesBetween } from '../lib/workspace-files';

const TARGET_BYTES = 1_000_000;
const SAVE_TARGET = { below: 15, source: 'issue 7' };

/** One keystroke's worth of change: criterion `i` (cycling through every lot) gets a different last character. */
function edit(content: TenderContent, i: number): TenderContent {
  const next = structuredClone(content);
  const lot = next.lots[i % next.lots.length]!;
  const criterion = lot.criteria[Math.floor(i / next.lots.length) % lot.criteria.length]!;
  criterion.description = `${criterion.description.slice(0, -1)}${String.fromCharCode(97 + (i % 26))}`;
  return next;
}

export const saveLatency: BenchModule = {
  order: 10,
  id: 'save',
  title: 'Save latency per edit, 1 MB tender',
  async run({ dir, quick, log }) {
    const workspace = join(dir, 'workspace');
    const handlers = await createHandlers(workspace);
    try {
      // Neighbours that an edit must not touch.
      for (let i = 0; i < 5; i += 1) {
        const other = await call<Tender>(handlers, 'tenders.create', {
          title: `Neighbour ${i}`,
          reference: `N-${i}`,
          buyer: 'Council',
          lots: ['Lot 1'],
        });
        await call<Tender>(handlers, 'tenders.save', { id: other.id, content: { ...contentOf(other), description: 'Saved once' } });
      }
      const settings = await call<Settings>(handlers, 'settings.get');
      await call<Settings>(handlers, 'settings.save', { settings: { ...settings, organisation: 'Bench Council' } });
      const store = workspaceStoreOf(handlers)!;
      await store.updateLibrary((own) => own);

      const created = await call<Tender>(handlers, 'tenders.create', {
        title: 'Reference tender',
        reference: 'REF-1',
        buyer: 'Bench Council',
        lots: ['Lot 1'],
      });
      const shape = shapeForSize(contentOf(created), TARGET_BYTES);
      let content = tenderContent(contentOf(created), shape);
      let tender = await call<Tender>(handlers, 'tenders.save', { id: created.id, content });
      const file = join(workspace, 'tenders', `${created.id}.json`);
      const fileBytes = (await readFile(file)).length;
      log(
        `tender of ${(fileBytes / 1e6).toFixed(2)} MB: ${shape.lots} lots x ${shape.criteriaPerLot} criteria, texts of ${shape.textLength} characters`,
      );

      // Warm-up. Every save of the last 15 minutes is kept, so no measured edit deletes a backup; each
      // thins the folder (reads its names and the marks) inside the save, which the figures include.
      for (let i = 0; i < 12; i += 1) {
        content = edit(content, i);
        tender = await call<Tender>(handlers, 'tenders.save', { id: tender.id, content });
      }

      const edits = quick ? 50 : 300;
      const latencies: number[] = [];
      const cpuTimes: number[] = [];
      const bytesWritten: number[] = [];
      const filesWritten: number[] = [];
      const filesLinked: number[] = [];
      const strays = new Set<string>();
      const ownPrefixes = [`tenders/${tender.id}.json`, `backups/${tender.id}/`];
      for (let i = 0; i < edits; i += 1) {
        content = edit(content, i + 100);
        const before = fileStates(workspace);
        const cpu = process.cpuUsage();
        const start = performance.now();
        const result = await call<Tender>(handlers, 'tenders.save', { id: tender.id, content });
        latencies.push(performance.now() - start);
        const used = process.cpuUsage(cpu);
        cpuTimes.push((used.user + used.system) / 1000);
        const { written, linked, removed } = writesBetween(before, fileStates(workspace));
        bytesWritten.push(written.reduce((sum, w) => sum + w.bytes, 0));
        filesWritten.push(written.length);
        filesLinked.push(linked.length);
        for (const path of [...written.map((w) => w.path), ...linked, ...removed])
          if (!ownPrefixes.some((p) => path.startsWith(p))) strays.add(path);
        tender = result;
      }
      log(`${edits} edits saved`);

      // The parts of one save, on the same tender (medians of 30).
      const runs = quick ? 10 : 30;
      const input = { id: tender.id, content };
      const validate = median(await sample(runs, () => parseInput('tenders.save', input)));
      const fullCheck = median(await sample(runs, () => TenderSchema.safeParse(tender)));
      const headerCheck = median(await sample(runs, () => TENDER_HEADER_SCHEMA.safeParse(tender)));
      const clone = median(await sample(runs, () => structuredClone(content)));
      const bytes = encodeValidDocument(tender);
      const toBuffer = median(await sample(runs, () => Buffer.from(bytes)));
      const durable = await sample(runs, (i) => writeFileDurably(join(dir, `durable-${i % 2}.json`), bytes));
      const linkTarget = join(dir, 'links', 'tender.json');
      await mkdir(join(dir, 'links', 'backups'), { recursive: true });
      await writeFileDurably(linkTarget, bytes);
      const hardLink = await sample(runs, async (i) => {
        const backup = join(dir, 'links', 'backups', `${i}.json`);
        await link(linkTarget, backup);
        await fsyncDirectory(dirname(backup));
      });
      const compact = JSON.stringify(tender);
      const stringifyPretty = median(await sample(runs, () => JSON.stringify(tender, null, 2)));
      const stringifyCompact = median(await sample(runs, () => JSON.stringify(tender)));

      const rows: Row[] = [
        {
          area: 'Save (1 MB tender)',
          metric: 'tender file size',
          value: fileBytes / 1e6,
          unit: 'MB',
          detail: `${shape.lots} lots x ${shape.criteriaPerLot} criteria, ${shape.textLength}-char texts`,
        },
        {
          area: 'Save (1 MB tender)',
          metric: `save latency per edit, p50 (${edits} edits)`,
          value: round(median(latencies), 2),
          unit: 'ms',
          detail: `mean ${round(latencies.reduce((a, b) => a + b, 0) / latencies.length, 1)} ms; CPU per save ${round(median(cpuTimes), 1)} ms (p95 ${round(percentile(cpuTimes, 95), 1)})`,
        },
        {
          area: 'Save (1 MB tender)',
          metric: 'save latency per edit, p95',
          value: round(percentile(latencies, 95), 2),
          unit: 'ms',
          detail: `p99 ${round(percentile(latencies, 99), 1)} ms, max ${round(Math.max(...latencies), 1)} ms`,
          target: SAVE_TARGET,
        },
        {
          area: 'Save (1 MB tender)',
          metric: 'bytes written per edit (median)',
          value: median(bytesWritten),
          unit: 'bytes',
          detail: `${(median(bytesWritten) / fileBytes).toFixed(2)} x the tender file`,
        },
        {
          area: 'Save (1 MB tender)',
          metric: 'files written per edit (median)',
          value: median(filesWritten),
          unit: 'files',
          detail: `the tender file; plus ${median(filesLinked)} hard link (its backup, no bytes written)`,
        },
        {
          area: 'Save (1 MB tender)',
          metric: 'other workspace files touched',
          value: strays.size,
          unit: 'files',
          detail: `over ${edits} edits, with 5 other tenders, settings.json, library.json present`,
          ...(strays.size ? { note: `touched: ${[...strays].slice(0, 5).join(', ')}` } : {}),
        },
        {
          area: 'Save, parts (1 MB)',
          metric: 'input schema check (parseInput): the one full check',
          value: round(validate, 2),
          unit: 'ms',
        },
        {
          area: 'Save, parts (1 MB)',
          metric: 'check of the fields the store sets, before writing',
          value: round(headerCheck, 2),
          unit: 'ms',
          detail: `a second full TenderSchema check would cost ${round(fullCheck, 2)} ms`,
        },
        {
          area: 'Save, parts (1 MB)',
          metric: 'JSON.stringify, indented (as stored)',
          value: round(stringifyPretty, 2),
          unit: 'ms',
          detail: `compact ${round(stringifyCompact, 2)} ms, ${round(Buffer.byteLength(compact) / 1e6, 2)} MB instead of ${round(bytes.length / 1e6, 2)} MB`,
        },
        { area: 'Save, parts (1 MB)', metric: 'text to UTF-8 bytes (inside writeFile)', value: round(toBuffer, 2), unit: 'ms' },
        {
          area: 'Save, parts (1 MB)',
          metric: 'durable write of the file (temp, fsync, rename, fsync dir)',
          value: round(median(durable), 2),
          unit: 'ms',
          detail: `p95 ${round(percentile(durable, 95), 1)} ms`,
        },
        {
          area: 'Save, parts (1 MB)',
          metric: 'backup: hard link + fsync of the backup folder',
          value: round(median(hardLink), 2),
          unit: 'ms',
          detail: `p95 ${round(percentile(hardLink, 95), 1)} ms`,
        },
        {
          area: 'Save, parts (1 MB)',
          metric: 'a copy of the content (structuredClone), no longer made',
          value: round(clone, 2),
          unit: 'ms',
          detail: 'the store used to make three per save',
        },
      ];
      if (Math.abs(bytesOnDisk(tender) - fileBytes) > fileBytes * 0.01) log('note: the tender grew during the run');
      return rows;
    } finally {
      await closeHandlers(handlers);
    }
  },
};
