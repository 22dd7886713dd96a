/**
 * Word exports end to end through the real handlers and a real workspace folder, read back with
 * LibreOffice (PDF), poppler, mammoth and the zip itself.
 *
 * LibreOffice conversions take seconds, so they are done once (one soffice run for three documents)
 * in beforeAll and shared by the assertions.
 *
 * Golden file: the word/document.xml of test/fixtures/tenders/small-tender.json exported on
 * GOLDEN_DATE is pinned in test/fixtures/tenders/small-tender.document.xml (one line per paragraph or
 * table row, for readable diffs). After an intended change of the layout, regenerate it with
 *   UPDATE_GOLDEN=1 npx vitest run --config test/vitest.config.mts test/unit/electron/services/export
 * and review the diff.
 *
 * README picture: TW_SCREENSHOT=1 (same command) renders page 2 of the realistic tender pack to
 * docs/screenshot-tender-pack.png with pdftoppm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { createHandlers, closeHandlers } from '../../../../../electron/services/handlers';
import type { DesktopShell } from '../../../../../electron/services/files';
import { dispatch, type Handlers } from '@shared/api/contract';
import { FileNameSchema, type ExportedFile } from '@shared/api/methods/files';
import { TenderContentSchema, type TenderContent } from '@shared/model/tender';
import { formatWeightPercent } from '@shared/rules/weights';
import { convertToPdf, docxPart, pdfPages, pdfText, squash } from './office';
import { clauseTemplateTitles, poisonedContent, realisticContent } from './tenders';

const EXPORT_DATE = '2026-05-01';
const GOLDEN_DATE = '2026-04-30';
const FIXTURES = join(__dirname, '..', '..', '..', '..', 'fixtures', 'tenders');
const GOLDEN = join(FIXTURES, 'small-tender.document.xml');

let root: string;
let out: string;
let handlers: Handlers;
const bytes = (file: ExportedFile) => Buffer.from(file.base64, 'base64');

async function seed(content: TenderContent): Promise<string> {
  const created = await handlers['tenders.create']({ title: 'Seed', reference: '', buyer: '', lots: ['Seed lot'] });
  await handlers['tenders.save']({ id: created.id, content });
  return created.id;
}

interface Exported {
  id: string;
  file: ExportedFile;
  path: string;
  pdf?: string;
}

let pack: Exported;
let small: ExportedFile;
let smallAgain: ExportedFile;
let poisoned: Exported;
let clauses: Exported;
let realistic: TenderContent;

async function keep(id: string, file: ExportedFile, name: string): Promise<Exported> {
  const path = join(out, name);
  await writeFile(path, bytes(file));
  return { id, file, path };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'tw-export-ws-'));
  out = await mkdtemp(join(tmpdir(), 'tw-export-out-'));
  handlers = await createHandlers(root);
  realistic = realisticContent();
  const realId = await seed(realistic);
  pack = await keep(realId, await handlers['export.wordPack']({ tenderId: realId, exportDate: EXPORT_DATE }), 'pack.docx');
  clauses = await keep(
    realId,
    await handlers['export.clauses']({ tenderId: realId, exportDate: EXPORT_DATE, includeGuidance: true }),
    'clauses.docx',
  );
  const poisonId = await seed(poisonedContent());
  poisoned = await keep(poisonId, await handlers['export.wordPack']({ tenderId: poisonId, exportDate: EXPORT_DATE }), 'poisoned.docx');
  const smallId = await seed(TenderContentSchema.parse(JSON.parse(await readFile(join(FIXTURES, 'small-tender.json'), 'utf8'))));
  small = await handlers['export.wordPack']({ tenderId: smallId, exportDate: GOLDEN_DATE });
  smallAgain = await handlers['export.wordPack']({ tenderId: smallId, exportDate: GOLDEN_DATE });
  const pdfs = await convertToPdf([pack.path, poisoned.path, clauses.path], out);
  pack.pdf = pdfs.get(pack.path);
  poisoned.pdf = pdfs.get(poisoned.path);
  clauses.pdf = pdfs.get(clauses.path);
}, 180_000);

afterAll(async () => {
  if (handlers) await closeHandlers(handlers);
  await Promise.all([root, out].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('tender pack (.docx)', () => {
  it('opens in LibreOffice and shows every criterion, weight, clause heading and question, with Page X of Y', async () => {
    expect(pack.pdf, 'LibreOffice could not load the tender pack').toBeDefined();
    const pdf = pack.pdf as string;
    const pages = await pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThanOrEqual(40);
    const text = await pdfText(pdf);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Tender reference TW-2026-014');
    for (const lot of realistic.lots) {
      expect(text).toContain(lot.title);
      for (const c of lot.criteria) {
        expect(text).toContain(c.name);
        expect(text).toContain(formatWeightPercent(c.weight));
      }
      for (const r of lot.requirements) expect(text).toContain(r.name);
    }
    for (const title of clauseTemplateTitles()) expect(text).toContain(title);
    for (const q of realistic.qa.questions) expect(text).toContain(squash(q.question.question));
    // Parameters are filled, the buyer comes from the tender, the scoring is in words and as a formula.
    expect(text).toContain('Within 45 days of contract award');
    expect(text).toContain('City of Northfield');
    expect(text).toContain('Electronics Watch');
    expect(text).toContain('S = W × Pmin / Pi');
    expect(text).toContain('S = W × clamp((Pceil − Pi) / (Pceil − Pfloor), 0, 1)');
    expect(text).toContain('S = W × s / 10');
    expect(text).toContain('Pceil = EUR 450,000.00 and Pfloor = EUR 300,000.00');
    expect(text).toContain('Social criteria make up 15.00% of this lot’s weighting, above the floor of 8.00%');
    expect(text).toContain('A bid must earn at least 25.00 of the 50.00 points available');
    // Numbered clauses: 1, 1.1, (a) come from the list definition.
    expect(text).toMatch(/1\.1 Data to be provided\. For every product model/);
    expect(text).toMatch(/\(a\) the registered legal name of each factory/);
    // The contents list the headings, linked to them; the page numbers are Word's to fill in when it
    // opens the file (LibreOffice's on Tools > Update), so nothing here guesses them.
    expect(text).toMatch(/Contents .*Laptops and docking stations\.+ .*Mobile phones\.+ .*Contract clauses\.+ .*Supplier questionnaire\.+/);
  });

  it('reads back with mammoth as headings and tables', async () => {
    const result = await mammoth.convertToHtml({ buffer: bytes(pack.file) });
    const html = result.value;
    const headings = (level: number) =>
      [...html.matchAll(new RegExp(`<h${level}>(?:<a id="[^"]*"></a>)?(.*?)</h${level}>`, 'g'))].map((m) => m[1]);
    expect(headings(1)).toEqual([...realistic.lots.map((l) => l.title), 'Contract clauses', 'Supplier questionnaire']);
    expect(headings(2)).toEqual(
      expect.arrayContaining([
        'Award criteria',
        'How each criterion is scored',
        'Pass/fail requirements',
        'Minimum quality score',
        ...clauseTemplateTitles(),
      ]),
    );
    expect(headings(3)).toContain('Technical quality');
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((m) => m[1] ?? '');
    const criteriaTable = tables.find((t) => t.includes('<p>Criterion</p>') && t.includes('Battery life and repairability'));
    expect(criteriaTable).toBeDefined();
    expect(criteriaTable).toContain('<p>15.00%</p>');
    expect(criteriaTable).toContain('<p>Lowest-price ratio</p>');
    expect(tables.filter((t) => t.includes('<p>Your answer</p>'))).toHaveLength(realistic.qa.questions.length);
  });

  it('is built from styles, list numbering and fields: no numbers or layout typed into the text', async () => {
    const doc = await docxPart(bytes(pack.file), 'word/document.xml');
    const numbering = await docxPart(bytes(pack.file), 'word/numbering.xml');
    const styles = await docxPart(bytes(pack.file), 'word/styles.xml');
    const settings = await docxPart(bytes(pack.file), 'word/settings.xml');
    const footer = await docxPart(bytes(pack.file), 'word/footer1.xml');
    const header = await docxPart(bytes(pack.file), 'word/header1.xml');
    expect(doc).toMatch(
      /<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/,
    );
    // Word updates the contents and their page references on opening (it asks first).
    expect(settings).toContain('<w:updateFields/>');
    expect(doc).toMatch(
      /<w:fldChar w:fldCharType="begin" w:dirty="true"\/><w:instrText xml:space="preserve">PAGEREF _Toc1 \\h<\/w:instrText>/,
    );
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(header).toContain('Tender reference TW-2026-014');
    // Repeated header rows and rows that stay on one page.
    expect((doc.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThan(10);
    const rows = doc.match(/<w:tr>/g)?.length ?? 0;
    expect(doc.match(/<w:cantSplit\/>/g)?.length).toBe(rows);
    // Clause numbering: 1, 1.1, (a) as list levels.
    expect(numbering).toContain('<w:lvlText w:val="%1"/>');
    expect(numbering).toContain('<w:lvlText w:val="%1.%2"/>');
    expect(numbering).toContain('<w:lvlText w:val="(%3)"/>');
    expect(doc).not.toMatch(/<w:t[^>]*>\s*(\d+\.\d+|\([a-z]\))\s/);
    expect(doc).not.toMatch(/<w:t[^>]*> {2,}/);
    // Word's style names, so teams can restyle: headings, a table style, list and body styles.
    for (const name of ['Heading 1', 'Heading 2', 'Heading 3', 'Title', 'Tender Table', 'Clause Text', 'Question']) {
      expect(styles).toContain(`<w:name w:val="${name}"/>`);
    }
    expect(doc).toContain('<w:tblStyle w:val="TenderTable"/>');
  });

  it('carries document properties and the export date', async () => {
    const core = await docxPart(bytes(pack.file), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Laptops, phones and accessories for the city administration</dc:title>');
    expect(core).toMatch(/<dc:subject>Tender pack TW-2026-014: award criteria, contract clauses and supplier questionnaire<\/dc:subject>/);
    expect(core).toContain('<dc:creator>City of Northfield</dc:creator>');
    expect(core).toMatch(/<cp:keywords>tender, award criteria, contract clauses, supplier questionnaire, TW-2026-014<\/cp:keywords>/);
    expect(core).toMatch(/<dc:description>Tender pack for .*2 lots\.<\/dc:description>/);
    // Bidders read these in File > Info: the buyer is the author, and no autosave counter shows.
    expect(core).toContain('<cp:lastModifiedBy>City of Northfield</cp:lastModifiedBy>');
    expect(core).toContain('<cp:revision>1</cp:revision>');
    expect(core).not.toMatch(/Tenderwright|revision \d/i);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${EXPORT_DATE}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${EXPORT_DATE}T00:00:00Z</dcterms:modified>`);
    const custom = await docxPart(bytes(pack.file), 'docProps/custom.xml');
    expect(custom).toContain(pack.id);
    expect(custom).not.toMatch(/Tenderwright|Revision/i);
  });

  it('is the same bytes for the same tender and export date, named after its reference and title', () => {
    expect(smallAgain.base64 === small.base64).toBe(true);
    expect(small.fileName).toBe(`GOLD-1 Golden fixture tender - Tender pack ${GOLDEN_DATE}.docx`);
    expect(pack.file.fileName).toBe(
      `TW-2026-014 Laptops, phones and accessories for the city administration - Tender pack ${EXPORT_DATE}.docx`,
    );
    expect(pack.file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('keeps control characters, lone surrogates and markup from breaking the file', async () => {
    expect(poisoned.pdf, 'LibreOffice could not load the tender pack with hostile text').toBeDefined();
    const text = await pdfText(poisoned.pdf as string);
    expect(text).toContain('<w:p>x</w:p> ]]> &amp; "quoted"');
    expect(text).toContain('Supplier </w:t></w:r></w:p><w:p>');
    expect(text).toContain('REF<w:t>');
    const doc = await docxPart(bytes(poisoned.file), 'word/document.xml');
    // eslint-disable-next-line no-control-regex -- the point is that none of these reach the XML
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uffff]/);
    expect(doc).not.toMatch(/[\ud800-\udfff]/);
    expect(FileNameSchema.safeParse(poisoned.file.fileName).success).toBe(true);
  });

  it('pins word/document.xml of the small fixture tender (golden file)', async () => {
    const xml = (await docxPart(bytes(small), 'word/document.xml')).replace(/(<\/w:p>|<\/w:tr>|<w:body>)/g, '$1\n');
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(GOLDEN, xml);
    expect(xml).toBe(await readFile(GOLDEN, 'utf8'));
  });

  it.skipIf(!process.env.TW_SCREENSHOT)('refreshes docs/screenshot-tender-pack.png', async () => {
    const target = join(__dirname, '..', '..', '..', '..', '..', 'docs', 'screenshot-tender-pack');
    await promisify(execFile)('pdftoppm', ['-png', '-r', '60', '-f', '2', '-l', '2', '-singlefile', pack.pdf as string, target]);
    expect((await stat(`${target}.png`)).size).toBeGreaterThan(5_000);
  });
});

describe('contract clauses (.docx)', () => {
  it('numbers the clauses and adds the guidance annex when asked', async () => {
    expect(clauses.pdf, 'LibreOffice could not load the clauses document').toBeDefined();
    const text = await pdfText(clauses.pdf as string);
    clauseTemplateTitles().forEach((title, i) => expect(text).toContain(`${i + 1} ${title}`));
    expect(text).toContain('5.1 Steps. The steps are: (a) engagement');
    expect(text).toContain('Annex: guidance for the buying organisation');
    expect(text).toContain('The core transparency obligation');
    expect(text).toMatch(/Page 1 of \d+/);
    expect(clauses.file.fileName).toBe(
      `TW-2026-014 Laptops, phones and accessories for the city administration - Contract clauses ${EXPORT_DATE}.docx`,
    );
  });

  it('leaves the annex out unless asked', async () => {
    const plain = await handlers['export.clauses']({ tenderId: pack.id, exportDate: EXPORT_DATE, includeGuidance: false });
    const doc = await docxPart(bytes(plain), 'word/document.xml');
    expect(doc).not.toContain('Annex: guidance');
    expect(doc).toContain('Disclosure of production sites (Tier 1)');
  });
});

describe('refusals', () => {
  async function blockedTender(): Promise<string> {
    const content = realisticContent();
    const lot = content.lots[0];
    if (lot) lot.criteria = lot.criteria.map((c) => (c.id === 'c-price' ? { ...c, weight: 4000 } : c));
    const sharing = content.clauses.find((c) => c.templateId === 'data-sharing-monitor');
    if (sharing) sharing.values = { ...sharing.values, monitoring_organisation: '' };
    return seed(content);
  }

  it('refuses a blocked tender with the list of problems, and the preview says what and where', async () => {
    const id = await blockedTender();
    const refused = await dispatch(handlers, 'export.wordPack', { tenderId: id, exportDate: EXPORT_DATE });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toMatch(/^Export refused: 2 problems must be fixed first/);
    expect(refused.error.issues?.map((i) => i.path)).toEqual(['lots.0.weight', 'clauses.2.values.monitoring_organisation']);
    expect(refused.error.issues?.[0]?.message).toMatch(/^Lot “Laptops and docking stations”: The criteria in this lot add up to 90\.00%/);
    expect(refused.error.issues?.[1]?.message).toMatch(
      /^Clause 3 “Sharing disclosed data with the monitoring organisation”: .*not filled in/,
    );

    const preview = await handlers['export.preview']({ tenderId: id });
    expect(preview.ready).toEqual({ wordPack: false, clauses: false });
    expect(preview.blocking.map((f) => [f.screen, f.where, f.lotId ?? f.clauseId])).toEqual([
      ['criteria', 'Lot “Laptops and docking stations”', 'lot-laptops'],
      ['clauses', 'Clause 3 “Sharing disclosed data with the monitoring organisation”', 'cl-3'],
    ]);
    expect(preview.criteriaCount).toBe(12);
    expect(preview.clauses.map((c) => c.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(preview.questions).toHaveLength(10);

    const clausesOnly = await dispatch(handlers, 'export.clauses', { tenderId: id, exportDate: EXPORT_DATE, includeGuidance: false });
    expect(clausesOnly.ok).toBe(false);
    if (!clausesOnly.ok) expect(clausesOnly.error.issues).toHaveLength(1);
  });

  it('exports the clauses of a tender whose only problems are in the criteria', async () => {
    const content = realisticContent();
    const lot = content.lots[1];
    if (lot) lot.criteria = lot.criteria.filter((c) => c.category !== 'social');
    const id = await seed(content);
    const preview = await handlers['export.preview']({ tenderId: id });
    expect(preview.ready).toEqual({ wordPack: false, clauses: true });
    const file = await handlers['export.clauses']({ tenderId: id, exportDate: EXPORT_DATE, includeGuidance: false });
    expect(file.fileName).toMatch(/Contract clauses/);
  });

  it('refuses the clauses of a tender that has none, and bad export dates', async () => {
    const id = await seed({ ...realisticContent(), clauses: [] });
    const none = await dispatch(handlers, 'export.clauses', { tenderId: id, exportDate: EXPORT_DATE });
    expect(none.ok || none.error.message).toMatch(/no contract clauses yet/);
    for (const exportDate of ['2026-02-30', '1979-12-31', '01/05/2026']) {
      const bad = await dispatch(handlers, 'export.wordPack', { tenderId: id, exportDate });
      expect(bad.ok || bad.error.code).toBe('invalid_input');
    }
    const missing = await dispatch(handlers, 'export.wordPack', { tenderId: 'no-such-tender', exportDate: EXPORT_DATE });
    expect(missing.ok || missing.error.code).toBe('not_found');
  });

  it('an export saved to a folder that cannot exist gives a clear message and leaves no partial file', async () => {
    const blocker = join(out, 'not-a-folder');
    await writeFile(blocker, 'a plain file');
    const target = join(blocker, 'pack.docx');
    const shell: DesktopShell = { chooseSavePath: async () => target, openPath: async () => undefined, showInFolder: () => undefined };
    const desktopRoot = await mkdtemp(join(tmpdir(), 'tw-export-desktop-'));
    const desktop = await createHandlers(desktopRoot, shell);
    try {
      const saved = await dispatch(desktop, 'files.save', { fileName: pack.file.fileName, base64: pack.file.base64 });
      expect(saved.ok).toBe(false);
      if (!saved.ok) expect(saved.error.message).toMatch(/could not be saved to .*pack\.docx/);
      expect((await readdir(out)).filter((name) => name.startsWith('not-a-folder') && name !== 'not-a-folder')).toEqual([]);
      expect(await readFile(blocker, 'utf8')).toBe('a plain file');
    } finally {
      await closeHandlers(desktop);
      await rm(desktopRoot, { recursive: true, force: true });
    }
  });
});
