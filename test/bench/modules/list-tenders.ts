/**
 * A workspace of 1,000 tenders; time to list them (target < 300 ms) and memory.
 *
 * Two workspaces: 1,000 tenders as just created (one lot, nothing else; ~1.5 KB each) and 1,000
 * worked-up tenders (2 lots x 12 criteria and requirements; ~30 KB each). "Cold" is a new process
 * opening the workspace and listing (modules already loaded; the OS file cache is warm, as it is on a
 * second launch). "Fresh store" is a new store in this process. "Warm" is a repeated list on the same
 * store, which only re-reads files whose size or modification time changed. Cold lists are taken
 * twice: without the persisted summary index (the first start after upgrading, every file decoded)
 * and with it (every later start-up: one index file read, every tender file only stat-ed).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { TENDER_SCHEMA_VERSION, TenderSchema, contentOf, type Tender, type TenderContent } from '@shared/model/tender';
import { migrate } from '@shared/model/migrations';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { decodeDocument } from '../../../electron/services/workspace/documents';
import { tenderFormat } from '../../../electron/services/workspace/formats';
import type { ColdListResult } from '../children/list-cold';
import { call } from '../lib/api';
import { runChild } from '../lib/child';
import { bytesOnDisk, tenderContent } from '../lib/reference-tender';
import { median, round, sample, toMB } from '../lib/stats';
import type { BenchModule, Row } from '../lib/types';

const TENDERS = 1_000;
const LIST_TARGET = { below: 300, source: 'issue 7' };
const COLD_CHILD = resolve(__dirname, '..', 'children', 'list-cold.ts');

/** Writes `count` valid tender files built from `content` straight to disk (setup only, not timed). */
async function populate(workspace: string, content: TenderContent, count: number): Promise<number> {
  await mkdir(join(workspace, 'tenders'), { recursive: true });
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    const day = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
    const tender: Tender = {
      ...content,
      title: `Tender ${i + 1}: ${content.title}`,
      reference: `BENCH-${String(i + 1).padStart(4, '0')}`,
      schemaVersion: TENDER_SCHEMA_VERSION,
      id: `bench${String(i).padStart(6, '0')}`,
      createdAt: day,
      updatedAt: day,
      revision: 1 + (i % 7),
    };
    if (i === 0) TenderSchema.parse(tender);
    const text = `${JSON.stringify(tender, null, 2)}\n`;
    total += Buffer.byteLength(text);
    await writeFile(join(workspace, 'tenders', `${tender.id}.json`), text);
  }
  return total;
}

async function measure(label: string, workspace: string, bytes: number, quick: boolean, log: (m: string) => void): Promise<Row[]> {
  const area = `List 1,000 tenders (${label})`;
  const index = join(workspace, 'cache', 'tender-summaries.json');
  const runs = quick ? 1 : 3;
  // Without the summary index (the first start after upgrading, or after the cache was deleted): every file is decoded.
  const first: ColdListResult[] = [];
  for (let i = 0; i < runs; i += 1) {
    await rm(index, { force: true });
    first.push(await runChild<ColdListResult>(COLD_CHILD, [workspace], ['--expose-gc']));
  }
  // Every later start-up: the index the previous run left.
  const cold: ColdListResult[] = [];
  for (let i = 0; i < runs; i += 1) cold.push(await runChild<ColdListResult>(COLD_CHILD, [workspace], ['--expose-gc']));
  if ([...first, ...cold].some((c) => c.tenders !== TENDERS))
    throw new Error(`expected ${TENDERS} tenders, listed ${[...first, ...cold].map((c) => c.tenders).join(', ')}`);
  const firstList = median(first.map((c) => c.firstListMs));

  const fresh = await sample(quick ? 2 : 5, async () => {
    const handlers = await createHandlers(workspace);
    await call(handlers, 'tenders.list');
    await closeHandlers(handlers);
  });
  const handlers = await createHandlers(workspace);
  await call(handlers, 'tenders.list');
  const warm = await sample(quick ? 5 : 20, () => call(handlers, 'tenders.list'));
  await closeHandlers(handlers);
  log(`${label}: cold list ${round(median(cold.map((c) => c.firstListMs)))} ms`);

  const coldList = median(cold.map((c) => c.firstListMs));
  return [
    {
      area,
      metric: 'workspace size',
      value: round(toMB(bytes), 1),
      unit: 'MB',
      detail: `${round(bytes / TENDERS / 1024, 1)} KB per tender`,
    },
    {
      area,
      metric: `first start-up without the summary index: open + list (median of ${first.length})`,
      value: round(firstList + median(first.map((c) => c.openMs)), 1),
      unit: 'ms',
      detail: `list alone ${round(firstList, 0)} ms wall, ${round(median(first.map((c) => c.firstListCpuMs)), 0)} ms CPU; every file decoded once, then the index is written`,
    },
    {
      area,
      metric: `cold: new process, open + first list, with the index (median of ${cold.length})`,
      value: round(coldList + median(cold.map((c) => c.openMs)), 1),
      unit: 'ms',
      detail: `list alone ${round(coldList, 0)} ms wall, ${round(median(cold.map((c) => c.firstListCpuMs)), 0)} ms CPU; open ${round(median(cold.map((c) => c.openMs)), 1)} ms`,
      target: LIST_TARGET,
    },
    {
      area,
      metric: `fresh store in a warm process (median of ${fresh.length})`,
      value: round(median(fresh), 1),
      unit: 'ms',
      target: LIST_TARGET,
    },
    { area, metric: `warm: repeated list (median of ${warm.length})`, value: round(median(warm), 1), unit: 'ms', target: LIST_TARGET },
    {
      area,
      metric: 'memory: RSS growth over open + list',
      value: round(toMB(median(cold.map((c) => c.rssAfter - c.rssBefore))), 1),
      unit: 'MB',
      detail: `RSS after ${round(toMB(median(cold.map((c) => c.rssAfter))), 0)} MB`,
    },
    {
      area,
      metric: 'memory: heap kept after the list (after GC)',
      value: round(toMB(median(cold.map((c) => c.heapRetained - c.heapBefore))), 2),
      unit: 'MB',
      detail: `peak heap growth ${round(toMB(median(cold.map((c) => c.heapAfter - c.heapBefore))), 1)} MB`,
    },
  ];
}

/**
 * What a cold list does per file, step by step, over the whole workspace (one pass each, after a
 * warm-up pass): the steps of WorkspaceStore.summaryOf, so a missed target can be traced to one.
 */
async function parts(label: string, workspace: string): Promise<Row[]> {
  const dir = join(workspace, 'tenders');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  const area = `List, parts (${label}, 1,000 files)`;
  const bytes = files.map((name) => readFileSync(join(dir, name)));
  const texts = bytes.map((b) => b.toString('utf8'));
  const parsed = texts.map((t) => JSON.parse(t) as unknown);
  const migrated = parsed.map((doc) => migrate('tender', doc).doc);
  const steps: [string, () => void][] = [
    ['readdir', () => readdirSync(dir)],
    ['stat every file', () => files.forEach((name) => statSync(join(dir, name)))],
    ['read every file', () => files.forEach((name) => readFileSync(join(dir, name)))],
    ['JSON.parse', () => texts.forEach((t) => JSON.parse(t))],
    ['migrate (current files: no copy, no step)', () => parsed.forEach((doc) => migrate('tender', doc))],
    ['zod validation (TenderSchema)', () => migrated.forEach((doc) => TenderSchema.safeParse(doc))],
    [
      'decodeDocument (UTF-8 check + the three above)',
      () => files.forEach((name, i) => decodeDocument(name, bytes[i]!, tenderFormat(name.slice(0, -5)))),
    ],
  ];
  const rows: Row[] = [];
  for (const [metric, step] of steps) {
    step();
    const times = await sample(3, step);
    rows.push({ area, metric, value: round(median(times), 1), unit: 'ms' });
  }
  return rows;
}

export const listTenders: BenchModule = {
  order: 20,
  id: 'list',
  title: 'Workspace of 1,000 tenders: list time and memory',
  async run({ dir, quick, log }) {
    const seed = join(dir, 'seed');
    const handlers = await createHandlers(seed);
    const created = await call<Tender>(handlers, 'tenders.create', {
      title: 'Cleaning services',
      reference: 'CS-1',
      buyer: 'Bench Council',
      lots: ['Lot 1'],
    });
    await closeHandlers(handlers);
    const fresh = contentOf(created);
    const worked = tenderContent(fresh, { lots: 2, criteriaPerLot: 12, subPerTop: 3, requirementsPerLot: 3, textLength: 300 });
    log(`tender sizes: fresh ${bytesOnDisk(fresh)} B, worked-up ${bytesOnDisk(worked)} B`);

    const rows: Row[] = [];
    for (const [label, content] of [
      ['new tenders', fresh],
      ['worked-up tenders', worked],
    ] as const) {
      const workspace = join(dir, label.replace(/\W+/g, '-'));
      const bytes = await populate(workspace, content, TENDERS);
      rows.push(...(await measure(label, workspace, bytes, quick, log)));
      rows.push(...(await parts(label, workspace)));
    }
    return rows;
  },
};
