/**
 * The lead workbook in the tender's language: French and English evaluator workbooks are filled in
 * their own language and imported, the lead workbook is exported, its sheets and headings are read
 * back with exceljs, and LibreOffice recalculates both: the French Summary's formulas (which match the
 * French Pass/Fail words) give the same totals and ranks as the English one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import { contentOf, type Tender } from '@shared/model/tender';
import type { Language } from '@shared/model/language';
import { voiceFor } from '@shared/documents/voice';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';
import { scoringLayout, sheetsFor } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { verdictWords } from '../../../../../electron/services/evaluation/scoringCells';
import { SUMMARY } from '../../../../../electron/services/evaluation/leadWorkbook';
import { EVALUATORS, REQUIREMENTS, SCORES, fixtureLot, type BIDDERS } from '../../../shared/evaluation/lotFixture';

const run = promisify(execFile);
const LANGUAGES = ['en', 'fr', 'es'] as const satisfies Language[];
const EXPECTED = {
  en: {
    sheets: ['Overview', 'Summary', 'Consensus', 'Pass-fail', 'Prices'],
    summary: ['Bidder', 'Quality points', 'Failed requirements', 'Price points', 'Rank'],
    consensus: ['Moderated score', 'Rationale', 'Has consensus'],
    overview: ['How to read this workbook', 'Moderation'],
  },
  fr: {
    sheets: ['Présentation', 'Synthèse', 'Consensus', 'Exigences', 'Prix'],
    summary: ['Soumissionnaire', 'Points qualité', 'Exigences non satisfaites', 'Points prix', 'Rang'],
    consensus: ['Note modérée', 'Justification', 'Consensus atteint'],
    overview: ['Comment lire ce classeur', 'Modération'],
  },
  es: {
    sheets: ['Resumen general', 'Síntesis', 'Consenso', 'Requisitos', 'Precios'],
    summary: ['Licitador', 'Puntos de calidad', 'Requisitos no cumplidos', 'Puntos de precio', 'Puesto'],
    consensus: ['Puntuación moderada', 'Justificación', 'Hay consenso'],
    overview: ['Cómo leer este libro', 'Moderación'],
  },
};

let root: string;
let out: string;
let handlers: Handlers;
const leads = {} as Record<Language, Buffer>;

async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as Output<M>;
}

async function load(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Fills an evaluator workbook in its own language, as an evaluator would. */
async function fill(buffer: Uint8Array, tender: Tender, language: Language, evaluatorId: (typeof EVALUATORS)[number]): Promise<Buffer> {
  const voice = voiceFor(language);
  const wb = await load(buffer);
  const ws = wb.getWorksheet(sheetsFor(voice).scoring)!;
  const words = verdictWords(voice);
  for (const input of scoringLayout(tender.lots[0]!, voice).scoreInputs) {
    ws.getCell(input.score).value = SCORES[evaluatorId][input.bidderId as (typeof BIDDERS)[number]][input.criterionId as 'c-q1'];
    ws.getCell(input.reason).value = `Reason for ${input.bidderLabel}`;
  }
  for (const input of scoringLayout(tender.lots[0]!, voice).verdictInputs) {
    const fail = input.bidderId === 'b-bor' && input.requirementId === REQUIREMENTS[0]!.id;
    ws.getCell(input.verdict).value = fail ? words.fail : words.pass;
    if (fail) ws.getCell(input.reason).value = 'No factory list';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tw-engage-ws-'));
  out = await mkdtemp(join(tmpdir(), 'tw-engage-out-'));
  handlers = await createHandlers(root);
  for (const language of LANGUAGES) {
    const created = await call('tenders.create', { title: 'Laptops', reference: 'IT-1', buyer: 'City', lots: ['Laptops'] });
    const tender = await call('tenders.save', { id: created.id, content: { ...contentOf(created), lots: [fixtureLot()], language } });
    const target = { tenderId: tender.id, lotId: tender.lots[0]!.id };
    const workbooks = await call('evaluation.exportWorkbooks', { ...target, evaluatorIds: [...EVALUATORS] });
    const filled = await Promise.all(
      workbooks.map(async (file, i) => ({
        fileName: file.fileName,
        base64: (await fill(Buffer.from(file.base64, 'base64'), tender, language, EVALUATORS[i]!)).toString('base64'),
      })),
    );
    const outcome = await call('evaluation.importWorkbooks', { ...target, files: filled, by: 'Lena Lead' });
    expect(outcome.files.map((f) => f.status)).toEqual(EVALUATORS.map(() => 'imported'));
    const lead = await call('evaluation.exportLeadWorkbook', target);
    leads[language] = Buffer.from(lead.base64, 'base64');
  }
}, 120_000);

afterAll(async () => {
  if (handlers) await closeHandlers(handlers);
  await Promise.all([root, out].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

const texts = (ws: ExcelJS.Worksheet) => {
  const all: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => all.push(typeof cell.value === 'string' ? cell.value : '')));
  return all;
};

describe.each(LANGUAGES)('the lead workbook of a tender in %s', (language) => {
  it('names its sheets and headings in the tender’s language', async () => {
    const expected = EXPECTED[language];
    const wb = await load(leads[language]);
    expect(wb.worksheets.map((s) => s.name).slice(0, 5)).toEqual(expected.sheets);
    for (const heading of expected.summary) expect(texts(wb.getWorksheet(expected.sheets[1])!)).toContain(heading);
    for (const heading of expected.consensus) expect(texts(wb.getWorksheet(expected.sheets[2])!)).toContain(heading);
    for (const heading of expected.overview) expect(texts(wb.getWorksheet(expected.sheets[0])!)).toContain(heading);
  });
});

describe('LibreOffice', () => {
  it('recalculates the French and Spanish Summaries to the English totals, exclusions and ranks', async () => {
    const profile = join(out, 'profile');
    await mkdir(join(profile, 'user'), { recursive: true });
    // Always recalculate on load, so the cached values exceljs leaves out never count.
    await writeFile(
      join(profile, 'user', 'registrymodifications.xcu'),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
    const paths = await Promise.all(
      LANGUAGES.map(async (language) => {
        const path = join(out, `lead-${language}.xlsx`);
        await writeFile(path, leads[language]);
        return path;
      }),
    );
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        ...paths,
      ],
      { timeout: 120_000 },
    );
    const summaryOf = async (language: Language) => {
      const file = join(out, `lead-${language}-${EXPECTED[language].sheets[1]}.csv`);
      expect(existsSync(file), file).toBe(true);
      const rows = (await readFile(file, 'utf8')).split('\n').slice(SUMMARY.firstRow - 1, SUMMARY.firstRow + 2);
      // Quality, failed count, excluded, total and rank: language-free numbers and booleans.
      const S = SUMMARY.columns;
      return rows.map((row) => {
        const cells = row.split(',');
        return [S.quality, S.failed, S.excluded, S.total2, S.rank].map((c) => cells[c - 1]);
      });
    };
    const english = await summaryOf('en');
    expect(english.some((row) => row[1] === '1')).toBe(true);
    expect(await summaryOf('fr')).toEqual(english);
    expect(await summaryOf('es')).toEqual(english);
  }, 120_000);
});
