/**
 * The workbooks as printed by LibreOffice: exported for a lot with long criterion texts, converted to
 * PDF, and read back line by line with their positions. On the Criteria and Scoring sheets no two
 * printed lines may be drawn over each other (rows are as tall as their wrapped text); every line of
 * the Instructions sheet is printed whole; the lead workbook names bidders, never their internal keys,
 * and shows dates as a person writes them, never as ISO timestamps.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationOf } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import { instructionLines, SHEETS } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { asUpload, exportAll, fillWorkbook, workspaceWithLot, type Workspace } from './helpers';
import { fixtureLot } from '../../../shared/evaluation/lotFixture';
import { overlappingLines, pagesOfSheet, pagesText, printedPages, spreadsheetsToPdf, type PrintedPage } from './pdfLayout';

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
})();

const LONG_DESCRIPTION =
  'The bidder describes how the laptops reach each of the 140 schools: the delivery windows agreed with every head teacher, ' +
  'how devices are unpacked, asset-tagged and enrolled before they arrive, how packaging is taken back and recycled, and who the ' +
  'school can call on the day. Plans that depend on school staff for set-up, or that leave the timing open, score lower.';
const LONG_EVIDENCE =
  'A week-by-week delivery schedule; the named delivery manager and their deputy; a sample enrolment checklist; the packaging take-back arrangement with its recycler.';

/** The fixture lot with criterion texts as long as real tenders have them. */
function realisticLot(): Lot {
  const lot = fixtureLot();
  return {
    ...lot,
    criteria: lot.criteria.map((c, i) => ({
      ...c,
      description: `${c.name}. ${LONG_DESCRIPTION}`.repeat(1 + (i % 2)),
      evidence: LONG_EVIDENCE,
    })),
    requirements: lot.requirements.map((r) => ({ ...r, description: LONG_DESCRIPTION })),
  };
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const describeLines = (pairs: ReturnType<typeof overlappingLines>) => pairs.map(([a, b]) => `“${a.text}” over “${b.text}”`).join('\n');

let scratch: string;
let ws: Workspace;
let evaluatorPages: PrintedPage[];
let leadPages: PrintedPage[];

beforeAll(async () => {
  if (!hasSoffice) return;
  scratch = await mkdtemp(join(tmpdir(), 'tw-printed-'));
  ws = await workspaceWithLot(realisticLot(), 'file');
  const exported = await exportAll(ws);
  const files = await Promise.all(
    (['ev-ao', 'ev-bw', 'ev-cl'] as const).map(async (id) => asUpload(`${id}.xlsx`, await fillWorkbook(exported[id], ws.lot, id))),
  );
  const imported = await ws.call('evaluation.importWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, files, by: 'Lena Lead' });
  expect(imported.files.every((f) => f.status === 'imported')).toBe(true);
  const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id });
  const evaluatorFile = join(scratch, 'evaluator.xlsx');
  const leadFile = join(scratch, 'lead.xlsx');
  await writeFile(evaluatorFile, exported['ev-ao']);
  await writeFile(leadFile, Buffer.from(lead.base64, 'base64'));
  const pdfs = await spreadsheetsToPdf([evaluatorFile, leadFile], scratch);
  expect([...pdfs.keys()], 'LibreOffice wrote no PDF for some workbooks').toEqual([evaluatorFile, leadFile]);
  evaluatorPages = await printedPages(pdfs.get(evaluatorFile)!);
  leadPages = await printedPages(pdfs.get(leadFile)!);
}, 240_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe.skipIf(!hasSoffice)('the evaluator workbook printed by LibreOffice', () => {
  it('prints the Criteria sheet with no line drawn over another', () => {
    const pages = pagesOfSheet(evaluatorPages, SHEETS.criteria);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(describeLines(overlappingLines(page.lines))).toBe('');
    const text = pagesText(pages);
    expect(text).toContain(squash(LONG_EVIDENCE));
    expect(text).toContain(squash(LONG_DESCRIPTION));
  });

  it('prints the Scoring sheet with no line drawn over another', () => {
    const pages = pagesOfSheet(evaluatorPages, SHEETS.scoring);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(describeLines(overlappingLines(page.lines))).toBe('');
  });

  it('prints every line of the Instructions sheet whole', () => {
    const pages = pagesOfSheet(evaluatorPages, SHEETS.instructions);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(describeLines(overlappingLines(page.lines))).toBe('');
    const text = pagesText(pages);
    const evaluator = evaluationOf(ws.lot).evaluators.find((e) => e.id === 'ev-ao')!;
    const lines = instructionLines({ tender: ws.tender, lot: ws.lot, evaluator, evaluation: evaluationOf(ws.lot), exportedAt: new Date() });
    const sentences = lines.map((line) => squash(line.text)).filter(Boolean);
    expect(sentences.length).toBeGreaterThan(10);
    // The export date is the one moment the test cannot know; every other line is compared whole.
    for (const sentence of sentences.filter((s) => !s.startsWith('Tender reference:'))) expect(text).toContain(sentence);
    expect(text).toMatch(/Tender reference: IT-2027-01 · exported from revision \d+ on \d{1,2} [A-Z][a-z]+ \d{4}/);
  });
});

describe.skipIf(!hasSoffice)('the lead workbook printed by LibreOffice', () => {
  it('names the bidders and shows no internal bidder key', () => {
    const text = pagesText(leadPages);
    for (const bidder of evaluationOf(ws.lot).bidders) {
      expect(text).toContain(bidder.name);
      expect(text).not.toContain(bidder.id);
    }
    expect(text).not.toContain('Bidder key');
  });

  it('shows dates as a person writes them, never as ISO timestamps', () => {
    const text = pagesText(leadPages);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/Imported from “ev-ao\.xlsx” on \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('prints no line over another on any sheet', () => {
    for (const page of leadPages) expect(describeLines(overlappingLines(page.lines))).toBe('');
  });
});
