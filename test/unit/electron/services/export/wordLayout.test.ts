/**
 * The Word exports as LibreOffice lays them out: the tender pack's cover and the clauses document's
 * first page are converted to PDF and read back with `pdftotext -bbox-layout`, so a title drawn over
 * itself or over the heading above it shows as two line boxes that intersect. Bidder-facing text
 * never names the tool or its revision counter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers, closeHandlers } from '../../../../../electron/services/handlers';
import type { Handlers } from '@shared/api/contract';
import { convertToPdf, overlappingLines, pdfLines, pdfText, squash, type PdfLine } from './office';
import { realisticContent } from './tenders';

const EXPORT_DATE = '2026-12-02';

function hasSoffice(): boolean {
  try {
    execFileSync('sh', ['-c', 'command -v soffice && command -v pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const describeWithOffice = describe.skipIf(!hasSoffice());

let root: string;
let out: string;
let handlers: Handlers;
const pdfs: { pack?: string; clauses?: string } = {};
const realistic = realisticContent();

const describePairs = (pairs: [PdfLine, PdfLine][]) => pairs.map(([a, b]) => `page ${a.page}: “${a.text}” overlaps “${b.text}”`);

describeWithOffice('Word exports laid out by LibreOffice (needs soffice and pdftotext)', () => {
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'tw-layout-ws-'));
    out = await mkdtemp(join(tmpdir(), 'tw-layout-out-'));
    handlers = await createHandlers(root);
    const created = await handlers['tenders.create']({ title: 'Seed', reference: '', buyer: '', lots: ['Seed lot'] });
    await handlers['tenders.save']({ id: created.id, content: realistic });
    // A few saves, so the tender's revision counter is well above 1 and would show if it leaked.
    for (let i = 0; i < 3; i++)
      await handlers['tenders.save']({ id: created.id, content: { ...realistic, description: `${realistic.description} ` } });
    const pack = await handlers['export.wordPack']({ tenderId: created.id, exportDate: EXPORT_DATE });
    const clauses = await handlers['export.clauses']({ tenderId: created.id, exportDate: EXPORT_DATE, includeGuidance: false });
    const packPath = join(out, 'pack.docx');
    const clausesPath = join(out, 'clauses.docx');
    await writeFile(packPath, Buffer.from(pack.base64, 'base64'));
    await writeFile(clausesPath, Buffer.from(clauses.base64, 'base64'));
    const converted = await convertToPdf([packPath, clausesPath], out);
    pdfs.pack = converted.get(packPath);
    pdfs.clauses = converted.get(clausesPath);
  }, 180_000);

  afterAll(async () => {
    if (handlers) await closeHandlers(handlers);
    await Promise.all([root, out].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('draws no line of the tender pack cover over another', async () => {
    expect(pdfs.pack, 'LibreOffice could not load the tender pack').toBeDefined();
    const cover = (await pdfLines(pdfs.pack as string)).filter((l) => l.page === 1);
    const text = squash(cover.map((l) => l.text).join(' '));
    expect(text).toContain(squash(realistic.title));
    expect(text).toContain('Tender pack');
    expect(text).toContain('Issued 2 December 2026');
    expect(text).toContain('Reference: TW-2026-014');
    expect(describePairs(overlappingLines(cover))).toEqual([]);
  });

  it('draws no line of the clauses document’s first page over another', async () => {
    expect(pdfs.clauses, 'LibreOffice could not load the clauses document').toBeDefined();
    const first = (await pdfLines(pdfs.clauses as string)).filter((l) => l.page === 1);
    const text = squash(first.map((l) => l.text).join(' '));
    expect(text).toContain('Contract clauses');
    expect(text).toContain(squash(realistic.title));
    expect(text).toContain('Issued 2 December 2026');
    expect(describePairs(overlappingLines(first))).toEqual([]);
  });

  it('draws no line over another on any page of either document (headings, tables, clauses)', async () => {
    for (const pdf of [pdfs.pack, pdfs.clauses]) {
      expect(pdf).toBeDefined();
      const lines = await pdfLines(pdf as string);
      expect(new Set(lines.map((l) => l.page)).size).toBeGreaterThan(1);
      expect(describePairs(overlappingLines(lines))).toEqual([]);
    }
  });

  it('never names the tool or its revision counter in what bidders read', async () => {
    for (const pdf of [pdfs.pack, pdfs.clauses]) {
      expect(pdf).toBeDefined();
      const text = await pdfText(pdf as string);
      expect(text).not.toMatch(/Tenderwright/i);
      expect(text).not.toMatch(/revision/i);
    }
  });
});
