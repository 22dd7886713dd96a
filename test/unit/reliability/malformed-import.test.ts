/**
 * Reliability drill: every file of the malformed-import corpus
 * (test/fixtures/malformed-import) is imported as a filled evaluator workbook through the real API
 * (dispatch on the handlers of a real temp workspace whose tender's workbooks were really exported).
 * Each must be refused with its expected plain-language message, write nothing to the workspace
 * (tree of paths, sizes, mtimes and inodes compared), reach neither the network nor a file outside,
 * and stay within a generous safety bound of time and memory: bounds that prove "bounded", not
 * performance targets (npm run bench reports speed).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, writeFileSync } from 'node:fs';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type Output } from '@shared/api/contract';
import { contentOf, type Lot } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { scoringLayout } from '../../../electron/services/evaluation/evaluatorWorkbook';
import { contentLimitsFor } from '../../../electron/services/evaluation/importWorkbook';
import { asUpload, exportAll, fillWorkbook, workspaceWithLot, type Workspace } from '../electron/services/evaluation/helpers';
import { fixtureLot, lotEvaluation } from '../shared/evaluation/lotFixture';
import { makeTempDir, preview, removeDir, snapshotDiff, snapshotTree } from './helpers';
import { justUnderTheCaps, RECIPES, type RecipeContext } from './malformed-import-recipes';

const CORPUS_DIR = join(__dirname, '../../fixtures/malformed-import');

/** Safety bounds per import, far above what any case needs on a loaded 2-core machine. */
const BOUNDS = { ms: 10_000, peakRssGrowth: 256 * 1024 * 1024, heapGrowthAfterGc: 64 * 1024 * 1024 };

interface Expectation {
  status: 'rejected' | 'needs-confirmation' | 'api-error';
  /** One of the problems (or the summary, or the API error) must be exactly this. */
  message?: string;
  /** ...or match this regular expression, for messages with figures that vary. */
  matches?: string;
  /** The cell that problem names. */
  cell?: string;
}

interface CorpusCase {
  id: string;
  what: string;
  file?: string;
  recipe?: string;
  made?: 'large' | 'from-export';
  /** Import on the tender's other lot. */
  lot?: 'other';
  expect: Expectation;
}

const corpus = JSON.parse(await readFile(join(CORPUS_DIR, 'corpus.json'), 'utf8')) as { cases: CorpusCase[] };

setFlagsFromString('--expose-gc');
/** A full collection between cases, so each one's memory is measured from a settled heap. */
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * Starts measuring one import's peak memory. Linux resets a process's peak RSS when 5 is written
 * to /proc/self/clear_refs, so the peak read afterwards is the import's own; elsewhere the
 * process's lifetime peak is read instead, a looser upper bound. After a full collection V8 gives
 * its free heap pages back, so heap growth shows in full; buffers may reuse memory the allocator
 * kept from earlier cases, which the zip guard's own caps bound (32 MB an entry).
 */
function resetPeakRss(): void {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux: the lifetime peak still bounds this import's from above.
  }
}
const peakRss = () => process.resourceUsage().maxRSS * 1024;

let scratch: string;
let ws: Workspace;
let context: RecipeContext;
let baseline: string;
let probe: Server;
const probeRequests: string[] = [];
const SECRET = `tw-secret-${process.pid}-${Date.now()}`;
const ESCAPE_NAME = `tw-escaped-${process.pid}-${Date.now()}.txt`;

/** Where a hostile entry name would land if anything extracted it. */
const escapeTargets = () => [
  resolve(ws.root, '..', '..', ESCAPE_NAME),
  resolve(ws.root, '..', ESCAPE_NAME),
  resolve(ws.root, ESCAPE_NAME),
  resolve(process.cwd(), '..', '..', ESCAPE_NAME),
  resolve(process.cwd(), ESCAPE_NAME),
  join('/tmp', ESCAPE_NAME),
  join(tmpdir(), ESCAPE_NAME),
];

beforeAll(async () => {
  scratch = await makeTempDir('tw-malformed-');
  await mkdir(join(scratch, 'inputs'));
  const secretPath = join(scratch, 'secret.txt');
  await writeFile(secretPath, SECRET);
  probe = createServer((request, response) => {
    probeRequests.push(`${request.method} ${request.url}`);
    response.end('4');
  });
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  const probeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  // The evaluated lot starts with a fourth evaluator, who is later taken off the panel.
  const panel = [...lotEvaluation().evaluators, { id: 'ev-dd', name: 'Dan Dee', initials: 'DD' }];
  ws = await workspaceWithLot(fixtureLot({ evaluators: panel }), 'file');
  const exportOne = async (tenderId: string, lotId: string, evaluatorId: string) => {
    const [file] = await ws.call('evaluation.exportWorkbooks', { tenderId, lotId, evaluatorIds: [evaluatorId] });
    return Buffer.from(file!.base64, 'base64');
  };

  // Exported before the setup changes below: stale, and from an evaluator no longer on the panel.
  const fromStaleRevision = await fillWorkbook(await exportOne(ws.tender.id, ws.lot.id, 'ev-bw'), ws.lot, 'ev-bw');
  const fromRemovedEvaluator = await fillWorkbook(await exportOne(ws.tender.id, ws.lot.id, 'ev-dd'), ws.lot, 'ev-ao');

  const content = contentOf(ws.tender);
  const first = content.lots[0]!;
  const changed: Lot = {
    ...first,
    requirements: [
      ...first.requirements,
      { id: 'r-3', name: 'Publishes a grievance mechanism', description: '', evidence: 'Link to the mechanism' },
    ],
    evaluation: { ...first.evaluation!, evaluators: first.evaluation!.evaluators.filter((e) => e.id !== 'ev-dd') },
  };
  const tender = await ws.call('tenders.save', { id: ws.tender.id, content: { ...content, lots: [changed, content.lots[1]!] } });
  ws = { ...ws, tender, lot: tender.lots[0]! };

  const blanks = await exportAll(ws);
  const fill: RecipeContext['fill'] = (tamper) => fillWorkbook(blanks['ev-ao'], ws.lot, 'ev-ao', tamper);
  const good = await fill();
  const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id });

  // Another tender in the same workspace, with the same lot and panel.
  const otherCreated = await ws.call('tenders.create', {
    title: 'Tablets for libraries',
    reference: 'IT-2027-09',
    buyer: 'City of Example',
    lots: ['Tablets'],
  });
  const other = await ws.call('tenders.save', { id: otherCreated.id, content: { ...contentOf(otherCreated), lots: [fixtureLot()] } });
  const fromOtherTender = await fillWorkbook(await exportOne(other.id, other.lots[0]!.id, 'ev-ao'), other.lots[0]!, 'ev-ao');

  // Ana Ortiz's workbook imported, so a second one needs confirmation.
  const imported = await ws.call('evaluation.importWorkbooks', {
    tenderId: ws.tender.id,
    lotId: ws.lot.id,
    files: [asUpload('ao.xlsx', good)],
    by: 'Lena Lead',
  });
  expect(imported.files[0]!.status).toBe('imported');
  ws = { ...ws, tender: await ws.call('tenders.get', { id: ws.tender.id }) };

  // A copy of the workspace that moved on: its export carries a later revision of the same tender.
  const copyRoot = join(scratch, 'copy');
  await cp(ws.root, copyRoot, { recursive: true });
  const copy = await createHandlers(copyRoot);
  let fromNewerCopy: Buffer;
  try {
    const saved = await dispatch(copy, 'tenders.save', { id: ws.tender.id, content: contentOf(ws.tender) });
    if (!saved.ok) throw new Error(saved.error.message);
    const exported = await dispatch(copy, 'evaluation.exportWorkbooks', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      evaluatorIds: ['ev-cl'],
    });
    if (!exported.ok) throw new Error(exported.error.message);
    const [file] = exported.data as Output<'evaluation.exportWorkbooks'>;
    fromNewerCopy = await fillWorkbook(Buffer.from(file!.base64, 'base64'), ws.lot, 'ev-cl');
  } finally {
    await closeHandlers(copy);
  }

  context = {
    blank: blanks['ev-ao'],
    good,
    lot: ws.lot,
    fill,
    fromOtherTender,
    fromStaleRevision,
    fromNewerCopy,
    fromRemovedEvaluator,
    leadWorkbook: Buffer.from(lead.base64, 'base64'),
    probeUrl,
    secretPath,
    escapeName: ESCAPE_NAME,
  };
  baseline = snapshotTree(ws.root);
}, 180_000); // a guard for a busy machine: this exports and saves a dozen times

afterAll(async () => {
  await new Promise((done) => probe?.close(done));
  await removeDir(scratch);
});

/** The case's file, written to disk (made now when it is not committed) and read back. */
async function corpusFile(entry: CorpusCase): Promise<Buffer> {
  if (entry.file) return readFile(join(CORPUS_DIR, entry.file));
  const made = await RECIPES[entry.recipe!]!(context);
  const path = join(scratch, 'inputs', `${entry.id}.xlsx`);
  await writeFile(path, made);
  return readFile(path);
}

type ImportResult = Awaited<ReturnType<typeof dispatch>>;

/** What the case's expectation is checked against: every problem, the summary, or the API error. */
function messagesOf(result: ImportResult): { message: string; cell?: string }[] {
  if (!result.ok) return [{ message: result.error.message }];
  const [file] = (result.data as Output<'evaluation.importWorkbooks'>).files;
  return [...file!.problems, { message: file!.summary }];
}

describe('the malformed-import corpus', () => {
  it('holds at least 30 files, each recipe used once and each committed file present', () => {
    expect(corpus.cases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.cases.map((c) => c.id)).size).toBe(corpus.cases.length);
    const used = corpus.cases.flatMap((c) => (c.recipe ? [c.recipe] : []));
    expect([...used].sort()).toEqual(Object.keys(RECIPES).sort());
    for (const entry of corpus.cases) {
      expect(Boolean(entry.file) !== Boolean(entry.recipe), `${entry.id}: exactly one of file and recipe`).toBe(true);
      if (entry.file) expect(existsSync(join(CORPUS_DIR, entry.file)), `${entry.id}: ${entry.file}`).toBe(true);
      expect(entry.expect.message ?? entry.expect.matches, `${entry.id}: an expected message`).toBeTruthy();
    }
  });

  it.each(corpus.cases.map((c) => [c.id, c] as const))('%s: refused with its message, nothing written, bounded', async (_id, entry) => {
    const making = performance.now();
    const bytes = await corpusFile(entry);
    const made = performance.now() - making;
    const lotId = entry.lot === 'other' ? ws.tender.lots[1]!.id : ws.lot.id;
    const input = {
      tenderId: ws.tender.id,
      lotId,
      files: [asUpload(`${entry.id}${entry.file ? extname(entry.file) : '.xlsx'}`, bytes)],
      by: 'Lena Lead',
    };

    const { result, elapsed, peakRssGrowth, heapGrowth } = await measured(() => dispatch(ws.handlers, 'evaluation.importWorkbooks', input));

    const found = messagesOf(result);
    const shown = `${entry.id} (${entry.what}) gave: ${preview(JSON.stringify(found, null, 1), 2000)}`;
    if (process.env.MALFORMED_PRINT)
      console.log(
        `${entry.id}\t${Math.round(elapsed)} ms\tmade in ${Math.round(made)} ms\t${Math.round(peakRssGrowth / 1048576)} MB\t${Math.round(heapGrowth / 1048576)} MB\t${JSON.stringify(found)}`,
      );
    const { status, message, matches, cell } = entry.expect;
    if (status === 'api-error') {
      expect(result.ok, shown).toBe(false);
    } else {
      if (!result.ok) expect.fail(shown);
      const outcome = result.data as Output<'evaluation.importWorkbooks'>;
      expect(outcome.changed, shown).toBe(false);
      expect(outcome.files[0]!.status, shown).toBe(status);
    }
    const hit = found.find((f) => (message !== undefined ? f.message === message : new RegExp(matches!).test(f.message)));
    expect(hit, shown).toBeDefined();
    if (cell) expect(hit!.cell, shown).toBe(cell);

    expect(snapshotDiff(baseline, snapshotTree(ws.root)), `${entry.id} changed the workspace`).toBe('');
    expect(probeRequests, `${entry.id} reached the network`).toEqual([]);
    expect(JSON.stringify(result), `${entry.id} leaked a local file`).not.toContain(SECRET);
    for (const target of escapeTargets()) expect(existsSync(target), `${entry.id} wrote ${target}`).toBe(false);

    expectWithinBounds(entry.id, { elapsed, peakRssGrowth, heapGrowth });
  });
});

describe('the caps leave room for real workbooks', () => {
  it('a filled workbook just under every content cap is still imported, within the same bounds', async () => {
    const target = await workspaceWithLot();
    const blanks = await exportAll(target);
    const bytes = await justUnderTheCaps(
      await fillWorkbook(blanks['ev-ao'], target.lot, 'ev-ao'),
      contentLimitsFor(target.lot, scoringLayout(target.lot)),
    );
    const input = { tenderId: target.tender.id, lotId: target.lot.id, files: [asUpload('busy.xlsx', bytes)], by: 'Lena Lead' };
    const { result, ...usage } = await measured(() => dispatch(target.handlers, 'evaluation.importWorkbooks', input));
    if (!result.ok) expect.fail(result.error.message);
    expect((result.data as Output<'evaluation.importWorkbooks'>).files[0]).toMatchObject({ status: 'imported', problems: [] });
    if (process.env.MALFORMED_PRINT)
      console.log(
        `just under the caps\t${Math.round(usage.elapsed)} ms\t${Math.round(usage.peakRssGrowth / 1048576)} MB\t${Math.round(usage.heapGrowth / 1048576)} MB`,
      );
    expectWithinBounds('just under the caps', usage);
  });
});

interface Usage {
  elapsed: number;
  peakRssGrowth: number;
  heapGrowth: number;
}

async function measured<T>(run: () => Promise<T>): Promise<{ result: T } & Usage> {
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  resetPeakRss();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const result = await run();
  const elapsed = performance.now() - started;
  const peakRssGrowth = peakRss() - rssBefore;
  collectGarbage();
  return { result, elapsed, peakRssGrowth, heapGrowth: process.memoryUsage().heapUsed - heapBefore };
}

function expectWithinBounds(what: string, { elapsed, peakRssGrowth, heapGrowth }: Usage): void {
  expect(elapsed, `${what}: ${Math.round(elapsed)} ms`).toBeLessThan(BOUNDS.ms);
  expect(peakRssGrowth, `${what}: peak RSS grew by ${Math.round(peakRssGrowth / 1048576)} MB`).toBeLessThan(BOUNDS.peakRssGrowth);
  expect(heapGrowth, `${what}: heap grew by ${Math.round(heapGrowth / 1048576)} MB after collection`).toBeLessThan(
    BOUNDS.heapGrowthAfterGc,
  );
}
