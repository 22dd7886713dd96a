/**
 * Every export in the tender's language, whatever the screens show: the tender pack, the clauses
 * document and the evaluator workbook in English, French and Spanish, read back with mammoth, the
 * zip itself and exceljs; the workbooks still import; LibreOffice prints the French and Spanish files
 * (one soffice run for all four) and pdftotext finds the translated headings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import type { ExportedFile } from '@shared/api/methods/files';
import { contentOf, type Tender } from '@shared/model/tender';
import type { Language } from '@shared/model/language';
import { voiceFor } from '@shared/documents/voice';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';
import { scoringLayout, sheetsFor } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { verdictWords } from '../../../../../electron/services/evaluation/scoringCells';
import { buildNotice } from '../../../../../electron/services/notices/noticeExport';
import { docxPart, pdfText } from '../export/office';
import { noticeSettings, savedTender } from '../notices/tenders';
import { realisticContent } from '../export/tenders';
import { REQUIREMENTS, SCORES, fixtureLot, type BIDDERS, type EVALUATORS } from '../../../shared/evaluation/lotFixture';

const run = promisify(execFile);
const EXPORT_DATE = '2026-05-01';
const LANGUAGES: Language[] = ['en', 'fr', 'es'];

/** What each language's files must say (headings from the catalogues, numbers and dates in the locale). */
const EXPECTED = {
  en: {
    tag: 'en-GB',
    pack: ['Tender pack', 'Award criteria', 'How each criterion is scored', 'Pass/fail requirements', 'Supplier questionnaire'],
    numbers: ['Issued 1 May 2026', '50.00%', 'Pceil = EUR 450,000.00', 'Page 1 of'],
    clauses: ['Contract clauses', 'Annex: guidance for the buying organisation', 'Leverage:'],
    sheets: ['Instructions', 'Criteria', 'Scoring', 'Tenderwright'],
    headings: ['Criterion', 'Category', 'Points per score step', 'Weighted quality points', 'Still to do'],
  },
  fr: {
    tag: 'fr-FR',
    pack: [
      'Dossier de consultation',
      'Critères d’attribution',
      'Notation de chaque critère',
      'Exigences éliminatoires',
      'Questionnaire fournisseur',
    ],
    numbers: ['Publié le 1 mai 2026', '50,00\u202f%', 'Pceil = 450\u202f000,00\u00a0EUR', 'Page 1 sur'],
    clauses: ['Clauses contractuelles', 'Annexe : notes à l’intention de l’acheteur', 'Levier\u00a0:'],
    sheets: ['Instructions', 'Critères', 'Notation', 'Tenderwright'],
    headings: ['Critère', 'Catégorie', 'Points par niveau de note', 'Points de qualité pondérés', 'Reste à faire'],
  },
  es: {
    tag: 'es-ES',
    pack: [
      'Pliego de la licitación',
      'Criterios de adjudicación',
      'Cómo se puntúa cada criterio',
      'Requisitos excluyentes',
      'Cuestionario para proveedores',
    ],
    numbers: ['Publicado el 1 de mayo de 2026', '50,00\u00a0%', 'Pceil = 450.000,00\u00a0EUR', 'Página 1 de'],
    clauses: ['Cláusulas contractuales', 'Anexo: orientaciones para el poder adjudicador', 'Influencia:'],
    sheets: ['Instrucciones', 'Criterios', 'Puntuación', 'Tenderwright'],
    headings: ['Criterio', 'Categoría', 'Puntos por nivel de puntuación', 'Puntos de calidad ponderados', 'Pendiente'],
  },
} as const;

let root: string;
let out: string;
let handlers: Handlers;
const files: Record<Language, { pack: ExportedFile; clauses: ExportedFile; workbook: Buffer; tender: Tender }> = {} as never;

async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const result = await dispatch(handlers, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data as Output<M>;
}
const bytes = (file: ExportedFile) => Buffer.from(file.base64, 'base64');

async function load(buffer: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(buffer) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Fills a workbook in its own language, as an evaluator would: the sheet's name and the list's words are the workbook's. */
async function fill(buffer: Uint8Array, tender: Tender, language: Language, evaluatorId: (typeof EVALUATORS)[number]): Promise<Buffer> {
  const voice = voiceFor(language);
  const wb = await load(buffer);
  const ws = wb.getWorksheet(sheetsFor(voice).scoring)!;
  const layout = scoringLayout(tender.lots[0]!, voice);
  const words = verdictWords(voice);
  for (const input of layout.scoreInputs) {
    ws.getCell(input.score).value = SCORES[evaluatorId][input.bidderId as (typeof BIDDERS)[number]][input.criterionId as 'c-q1'];
    ws.getCell(input.reason).value = `Reason for ${input.bidderLabel}`;
  }
  for (const input of layout.verdictInputs) {
    const fail = input.bidderId === 'b-bor' && input.requirementId === REQUIREMENTS[0]!.id;
    ws.getCell(input.verdict).value = fail ? words.fail : words.pass;
    if (fail) ws.getCell(input.reason).value = 'No factory list';
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tw-language-ws-'));
  out = await mkdtemp(join(tmpdir(), 'tw-language-out-'));
  handlers = await createHandlers(root);
  for (const language of LANGUAGES) {
    const created = await call('tenders.create', { title: 'Seed', reference: '', buyer: '', lots: ['Seed lot'] });
    await call('tenders.save', { id: created.id, content: { ...realisticContent(), language } });
    const pack = await call('export.wordPack', { tenderId: created.id, exportDate: EXPORT_DATE });
    const clauses = await call('export.clauses', { tenderId: created.id, exportDate: EXPORT_DATE, includeGuidance: true });
    // The evaluation fixture lot, in a tender of this language.
    const scored = await call('tenders.create', {
      title: 'Laptops for schools',
      reference: 'IT-2027-01',
      buyer: 'City of Example',
      lots: ['Laptops'],
    });
    const tender = await call('tenders.save', { id: scored.id, content: { ...contentOf(scored), lots: [fixtureLot()], language } });
    const [workbook] = await call('evaluation.exportWorkbooks', {
      tenderId: tender.id,
      lotId: tender.lots[0]!.id,
      evaluatorIds: ['ev-ao'],
    });
    files[language] = { pack, clauses, workbook: bytes(workbook!), tender };
  }
}, 120_000);

afterAll(async () => {
  if (handlers) await closeHandlers(handlers);
  await Promise.all([root, out].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.each(LANGUAGES)('exports of a tender in %s', (language) => {
  const expected = EXPECTED[language];

  it('writes the tender pack in the tender’s language and locale, tagged for Word’s proofing', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: bytes(files[language].pack) });
    for (const heading of expected.pack) expect(text).toContain(heading);
    // Intl separates with no-break spaces (narrow before the French %); compared with those folded.
    const folded = text.replace(/[\u00a0\u202f]/g, ' ');
    for (const number of expected.numbers.slice(0, 3)) expect(folded).toContain(number.replace(/[\u00a0\u202f]/g, ' '));
    const styles = await docxPart(bytes(files[language].pack), 'word/styles.xml');
    expect(styles).toContain(`<w:lang w:val="${expected.tag}"/>`);
    const footer = await docxPart(bytes(files[language].pack), 'word/footer1.xml');
    expect(footer).toContain(expected.numbers[3].split(' 1 ')[0]);
    expect(files[language].pack.fileName).toContain(expected.pack[0]);
  });

  it('writes the clauses document and its guidance annex in the tender’s language', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer: bytes(files[language].clauses) });
    for (const heading of expected.clauses) expect(text).toContain(heading);
    expect(await docxPart(bytes(files[language].clauses), 'word/styles.xml')).toContain(`<w:lang w:val="${expected.tag}"/>`);
  });

  it('writes the evaluator workbook in the tender’s language, and imports it filled in', async () => {
    const { workbook, tender } = files[language];
    const wb = await load(workbook);
    expect(wb.worksheets.map((s) => s.name)).toEqual(expected.sheets);
    const scoring = wb.getWorksheet(expected.sheets[2])!;
    const texts: string[] = [];
    scoring.eachRow((row) => row.eachCell((cell) => texts.push(typeof cell.value === 'string' ? cell.value : '')));
    for (const heading of expected.headings) expect(texts).toContain(heading);
    // Formulas stay formulas; only the words inside the progress check are the language's.
    const check = scoringLayout(tender.lots[0]!, voiceFor(language)).rows.find((r) => r.kind === 'check')!;
    const formula = scoring.getCell(check.row, 7).value as { formula: string };
    expect(formula.formula).toMatch(/^IF\(AND\(COUNT\(/);
    const filled = await fill(workbook, tender, language, 'ev-ao');
    const outcome = await call('evaluation.importWorkbooks', {
      tenderId: tender.id,
      lotId: tender.lots[0]!.id,
      files: [{ fileName: `${language}.xlsx`, base64: filled.toString('base64') }],
      by: 'Lena Lead',
    });
    expect(outcome.files.map((f) => [f.status, f.problems])).toEqual([['imported', []]]);
  });
});

describe('LibreOffice', () => {
  it('prints the French and Spanish packs and workbooks with their translated headings', async () => {
    const names: string[] = [];
    for (const language of ['fr', 'es'] as const) {
      for (const [name, data] of [
        [`${language}-pack.docx`, bytes(files[language].pack)],
        [`${language}-workbook.xlsx`, files[language].workbook],
      ] as const) {
        await writeFile(join(out, name), data);
        names.push(join(out, name));
      }
    }
    const profile = await mkdtemp(join(tmpdir(), 'tw-lo-profile-'));
    try {
      await run(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...names],
        {
          timeout: 180_000,
        },
      );
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    for (const language of ['fr', 'es'] as const) {
      const pack = join(out, `${language}-pack.pdf`);
      const workbook = join(out, `${language}-workbook.pdf`);
      expect((await stat(pack)).size).toBeGreaterThan(0);
      expect((await stat(workbook)).size).toBeGreaterThan(0);
      const packText = await pdfText(pack);
      for (const heading of EXPECTED[language].pack) expect(packText).toContain(heading);
      const workbookText = await pdfText(workbook);
      expect(workbookText).toContain(EXPECTED[language].headings[3]);
    }
  }, 240_000);
});

describe('a French notice', () => {
  it('is written in French with FRA as its language, and imports back with its criteria', async () => {
    const tender = savedTender({ ...realisticContent(), language: 'fr' }, 'tender-fr');
    const { preview, text: xml = '' } = await buildNotice(tender, noticeSettings(), { format: 'eforms-notice', exportDate: EXPORT_DATE });
    expect(preview.problems).toEqual([]);
    expect(xml).toContain('<cbc:NoticeLanguageCode>FRA</cbc:NoticeLanguageCode>');
    expect(xml).not.toContain('languageID="ENG"');
    expect(xml).toContain('Critère social.');
    expect(xml).toContain('Note de qualité minimale');
    const { text: json = '' } = await buildNotice(tender, noticeSettings(), { format: 'ocds', exportDate: EXPORT_DATE });
    expect(JSON.parse(json).releases[0].language).toBe('fr');
    const { tender: imported } = await call('notices.importTender', { fileName: 'avis.xml', base64: Buffer.from(xml).toString('base64') });
    const shape = (t: Tender) => t.lots.map((lot) => lot.criteria.map((c) => [c.name, c.category, c.weight]));
    expect(shape(imported)).toEqual(shape(tender));
  });
});
