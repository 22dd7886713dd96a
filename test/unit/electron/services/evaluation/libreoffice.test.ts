/**
 * The spreadsheet's formulas and the app's rules must agree to the cent.
 *
 * Filled evaluator workbooks are imported, lead workbooks are exported for four lots (one per price
 * formula, with moderation, exclusions, a missing evaluator, a missing price), and LibreOffice
 * headless recalculates them all in one run, writing every sheet as CSV. The Summary and Consensus
 * sheets, and a filled evaluator workbook's live subtotals, are compared with shared/rules. A second
 * LibreOffice run re-saves a filled workbook as .xlsx, as an evaluator using LibreOffice would, and
 * the import must still accept it.
 *
 * LibreOffice exits 0 even when it cannot load a file, so every expected output is asserted to exist.
 * A fresh profile per run forces "always recalculate on load", so cached values never count.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LotResults } from '@shared/rules/evaluation';
import { evaluatorSubtotals } from '@shared/rules/evaluationConsensus';
import { pricePointsBeforeExclusions } from '@shared/rules/evaluationRanking';
import type { Lot } from '@shared/model/tender';
import { SUMMARY } from '../../../../../electron/services/evaluation/leadWorkbook';
import { asUpload, exportAll, fillWorkbook, workspaceWithLot, type Workspace } from './helpers';
import { fixtureLot, scoreEntries } from '../../../shared/evaluation/lotFixture';

const run = promisify(execFile);
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

let scratch: string;

/** Runs soffice with a throw-away profile that recalculates every formula on load. */
async function soffice(args: string[]): Promise<void> {
  const profile = await mkdtemp(join(scratch, 'profile-'));
  await mkdir(join(profile, 'user'), { recursive: true });
  await writeFile(
    join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { timeout: 120_000 });
}

/** A small CSV reader (quoted fields, doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

async function sheet(dir: string, base: string, name: string): Promise<string[][]> {
  const file = join(dir, `${base}-${name}.csv`);
  expect(existsSync(file), `LibreOffice did not write ${file}; it wrote: ${(await readdir(dir)).join(', ')}`).toBe(true);
  return parseCsv(await readFile(file, 'utf8'));
}

interface Scenario {
  name: string;
  lot: Lot;
  evaluators: ('ev-ao' | 'ev-bw' | 'ev-cl')[];
  moderate?: boolean;
}

function scenarios(): Scenario[] {
  const withFormula = (lot: Lot, scoring: Lot['criteria'][number]['scoring']): Lot => ({
    ...lot,
    criteria: lot.criteria.map((c) => (c.id === 'c-price' ? { ...c, scoring } : c)),
  });
  const noAcmePrice = fixtureLot();
  delete noAcmePrice.evaluation!.bidders[0]!.priceCents;
  return [
    { name: 'ratio', lot: fixtureLot({ hidePriceFromEvaluators: false }), evaluators: ['ev-ao', 'ev-bw', 'ev-cl'], moderate: true },
    {
      name: 'linear',
      lot: { ...withFormula(fixtureLot(), { type: 'linear-lowest-highest' }), minimumQualityScore: undefined },
      evaluators: ['ev-ao', 'ev-bw'],
    },
    { name: 'deviation', lot: withFormula(fixtureLot(), { type: 'deviation-from-lowest' }), evaluators: ['ev-bw', 'ev-cl'] },
    {
      name: 'absolute',
      lot: withFormula(noAcmePrice, { type: 'absolute', ceiling: 130_000, floor: 70_000.5 }),
      evaluators: ['ev-ao', 'ev-bw', 'ev-cl'],
    },
  ];
}

interface Prepared {
  scenario: Scenario;
  ws: Workspace;
  results: LotResults;
}

const prepared: Prepared[] = [];
let evaluatorFilled: Buffer;
let evaluatorLot: Lot;
let out: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tw-lo-'));
  out = join(scratch, 'csv');
  const inputs: string[] = [];
  for (const scenario of scenarios()) {
    const ws = await workspaceWithLot(scenario.lot, 'file');
    const exported = await exportAll(ws);
    const files = await Promise.all(
      scenario.evaluators.map(async (id) => asUpload(`${id}.xlsx`, await fillWorkbook(exported[id], ws.lot, id))),
    );
    const imported = await ws.call('evaluation.importWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, files, by: 'Lena Lead' });
    expect(imported.files.every((f) => f.status === 'imported')).toBe(true);
    if (scenario.moderate) {
      await ws.call('evaluation.moderate', {
        tenderId: ws.tender.id,
        lotId: ws.lot.id,
        target: { kind: 'score', criterionId: 'c-social', bidderId: 'b-cob', score: 5 },
        rationale: 'Agreed at the consensus meeting',
        by: 'Lena Lead',
      });
      await ws.call('evaluation.moderate', {
        tenderId: ws.tender.id,
        lotId: ws.lot.id,
        target: { kind: 'verdict', requirementId: 'r-1', bidderId: 'b-bor', result: 'pass' },
        rationale: 'Factory list found in annex 4',
        by: 'Lena Lead',
      });
      evaluatorLot = ws.lot;
      evaluatorFilled = await fillWorkbook(exported['ev-ao'], ws.lot, 'ev-ao');
      await writeFile(join(scratch, 'evaluator-ao.xlsx'), evaluatorFilled);
      inputs.push(join(scratch, 'evaluator-ao.xlsx'));
    }
    const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id });
    const file = join(scratch, `lead-${scenario.name}.xlsx`);
    await writeFile(file, Buffer.from(lead.base64, 'base64'));
    inputs.push(file);
    prepared.push({ scenario, ws, results: await ws.call('evaluation.results', { tenderId: ws.tender.id, lotId: ws.lot.id }) });
  }
  await soffice(['--convert-to', CSV_FILTER, '--outdir', out, ...inputs]);
}, 180_000);

afterAll(async () => {
  if (scratch && !process.env.KEEP_LO) await rm(scratch, { recursive: true, force: true });
});

const num = (text: string | undefined) => (text === undefined || text === '' ? null : Number(text));

describe('LibreOffice recalculates the lead workbook to the app’s totals', () => {
  it.each(['ratio', 'linear', 'deviation', 'absolute'])(
    '%s: Summary equals the app to the cent, with the same exclusions and ranks',
    async (name) => {
      const { results } = prepared.find((p) => p.scenario.name === name)!;
      const rows = await sheet(out, `lead-${name}`, 'Summary');
      const c = SUMMARY.columns;
      const body = rows.slice(SUMMARY.firstRow - 1, SUMMARY.firstRow - 1 + results.bidders.length);
      const fromSheet = body.map((r) => ({
        bidderId: r[c.key - 1],
        quality: num(r[c.quality - 1]),
        excluded: r[c.excluded - 1],
        price: num(r[c.price - 1]),
        total: num(r[c.total - 1]),
        total2: num(r[c.total2 - 1]),
        rank: num(r[c.rank - 1]),
      }));
      const fromApp = results.bidders.map((b) => ({
        bidderId: b.bidderId,
        quality: b.qualityPoints,
        excluded: b.excluded ? 'TRUE' : 'FALSE',
        price: b.pricePoints,
        total: b.total,
        total2: b.totalRounded,
        rank: b.rank,
      }));
      expect(fromSheet.map(({ bidderId, excluded, total2, rank }) => ({ bidderId, excluded, total2, rank }))).toEqual(
        fromApp.map(({ bidderId, excluded, total2, rank }) => ({ bidderId, excluded, total2, rank })),
      );
      fromSheet.forEach((row, i) => {
        for (const key of ['quality', 'price', 'total'] as const) {
          const app = fromApp[i]![key];
          if (app === null || (key === 'price' && fromApp[i]!.excluded === 'TRUE')) expect(row[key], `${row.bidderId} ${key}`).toBeNull();
          else expect(row[key]!, `${row.bidderId} ${key}`).toBeCloseTo(app, 9);
        }
      });
      // Something was actually ranked in every scenario.
      expect(results.bidders.some((b) => b.rank === 1)).toBe(true);
    },
  );

  it('ratio scenario: the moderation flips the ranking in the sheet as in the app', () => {
    const { results } = prepared.find((p) => p.scenario.name === 'ratio')!;
    expect(results.bidders.map((b) => [b.name, b.totalRounded, b.rank, b.excluded])).toEqual([
      ['Acme Ltd', 84.5, 2, false],
      ['Borealis', null, null, true],
      ['Cobalt Co', 90, 1, false],
    ]);
  });

  it('Consensus: means, spreads and flags as the app computes them', async () => {
    for (const { scenario, results } of prepared) {
      const rows = await sheet(out, `lead-${scenario.name}`, 'Consensus');
      const header = rows[2]!;
      const at = (title: string) => header.indexOf(title);
      const body = rows.slice(3, 3 + results.cells.length);
      body.forEach((row, i) => {
        const cell = results.cells[i]!;
        expect(row[at('Bidder key')]).toBe(cell.bidderId);
        expect(num(row[at('Mean')])!).toBeCloseTo(cell.mean!, 9);
        expect(num(row[at('Spread')])).toBe(cell.spread);
        expect(row[at('Flag')] === 'Flagged').toBe(cell.flagged);
        expect(num(row[at('Consensus')])!).toBeCloseTo(cell.consensus!, 9);
        expect(num(row[at('Points')])!).toBeCloseTo(cell.points!, 9);
      });
    }
  });

  it('the evaluator workbook’s live subtotals equal the app’s for that evaluator', async () => {
    const rows = await sheet(out, 'evaluator-ao', 'Scoring');
    const subtotals = evaluatorSubtotals(evaluatorLot, scoreEntries('ev-ao'));
    const price = pricePointsBeforeExclusions(evaluatorLot);
    // Columns G, I, K (0-based 6, 8, 10); rows 10 (quality), 13 (price points), 14 (total).
    const bidders = ['b-acme', 'b-bor', 'b-cob'];
    bidders.forEach((id, i) => {
      const column = 6 + 2 * i;
      expect(num(rows[9]![column])!).toBeCloseTo(subtotals.get(id)!.toNumber(), 9);
      expect(num(rows[12]![column])!).toBeCloseTo(price.get(id)!.toNumber(), 9);
      expect(num(rows[13]![column])!).toBeCloseTo(subtotals.get(id)!.add(price.get(id)!).toNumber(), 9);
    });
    expect(rows[10]![6]).toBe('Complete');
  });
});

describe('a workbook filled in and saved with LibreOffice', () => {
  it('is still accepted by the import', async () => {
    const resaved = join(scratch, 'resaved');
    await soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', resaved, join(scratch, 'evaluator-ao.xlsx')]);
    const file = join(resaved, 'evaluator-ao.xlsx');
    expect(existsSync(file), 'LibreOffice did not write the re-saved workbook').toBe(true);
    const { ws } = prepared.find((p) => p.scenario.name === 'ratio')!;
    const outcome = await ws.call('evaluation.importWorkbooks', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      files: [asUpload('evaluator-ao (LibreOffice).xlsx', await readFile(file))],
      replaceEvaluatorIds: ['ev-ao'],
      by: 'Lena Lead',
    });
    expect(outcome.files[0]!.problems).toEqual([]);
    expect(outcome.files[0]!.status).toBe('replaced');
    const results = await ws.call('evaluation.results', { tenderId: ws.tender.id, lotId: ws.lot.id });
    expect(results.bidders.map((b) => b.totalRounded)).toEqual(
      prepared.find((p) => p.scenario.name === 'ratio')!.results.bidders.map((b) => b.totalRounded),
    );
  });
});
