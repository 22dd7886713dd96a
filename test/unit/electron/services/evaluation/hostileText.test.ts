/**
 * Text XML cannot hold, typed into the names that reach the evaluator workbook, the lead workbook
 * and the tender pack: every file is well-formed XML, LibreOffice opens it, and what is read back is
 * the sanitised text, with a literal `_x0041_` still literal.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentOf } from '@shared/model/tender';
import { spreadsheetSafeText, xmlSafeText } from '@shared/rules/xmlSafeText';
import { fixtureLot, lotEvaluation } from '../../../shared/evaluation/lotFixture';
import { convertToPdf } from '../export/office';
import { asUpload, fillWorkbook, workspaceWithLot } from './helpers';

const HOSTILE = ' \ufffe\uffff\u0001\u000b\u001f\ud800 _x0041_';
const bidderName = `Acme Ltd${HOSTILE}`;
const evaluatorName = `Ana Ortiz${HOSTILE}`;
const tenderTitle = `Workwear${HOSTILE}`;
const buyerName = `City of Example${HOSTILE}`;
const lotTitle = `Boots${HOSTILE}`;
const criterionDescription = `How the bidder audits its tanneries${HOSTILE}`;
const clean = (text: string) => xmlSafeText(text);

const outDirs: string[] = [];
afterAll(async () => {
  for (const dir of outDirs) await rm(dir, { recursive: true, force: true });
});

/** Every XML part of a zip parsed strictly (saxes refuses any character XML 1.0 forbids); returns their texts. */
async function strictParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    let text = '';
    const parser = new SaxesParser();
    parser.on('text', (t) => (text += t));
    parser.write(xml).close();
    texts.set(name, text);
  }
  return texts;
}

async function hostileWorkspace() {
  const lot = fixtureLot();
  lot.title = lotTitle;
  lot.criteria = lot.criteria.map((c, i) => (i === 0 ? { ...c, name: `${c.name}${HOSTILE}`, description: criterionDescription } : c));
  const base = lotEvaluation();
  lot.evaluation = {
    ...base,
    bidders: base.bidders.map((b, i) => (i === 0 ? { ...b, name: bidderName } : b)),
    evaluators: base.evaluators.map((e, i) => (i === 0 ? { ...e, name: evaluatorName } : e)),
  };
  const ws = await workspaceWithLot(lot);
  // The pack is refused while a lot has no criteria: keep only the hostile lot.
  const content = { ...contentOf(ws.tender), title: tenderTitle, buyer: buyerName, lots: [ws.lot] };
  const tender = await ws.call('tenders.save', { id: ws.tender.id, content });
  return { ...ws, tender, lot: tender.lots[0]! };
}

describe('text that XML cannot hold, in every name that reaches a file', () => {
  it('sanitises it once: forbidden characters dropped, a literal _xHHHH_ escaped for spreadsheets', () => {
    expect(clean(bidderName)).toBe('Acme Ltd  _x0041_');
    expect(spreadsheetSafeText(bidderName)).toBe('Acme Ltd  _x005F_x0041_');
  });

  it('writes well-formed workbooks and a pack that LibreOffice opens, and reads back the sanitised text', async () => {
    const ws = await hostileWorkspace();
    const criterionName = clean(ws.lot.criteria[0]!.name);
    expect(ws.lot.evaluation!.bidders[0]!.name).toBe(bidderName);

    const [file] = await ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, evaluatorIds: ['ev-ao'] });
    const workbookBytes = Buffer.from(file!.base64, 'base64');
    const parts = await strictParts(workbookBytes);
    expect(parts.get('xl/sharedStrings.xml')).toContain('_x005F_x0041_');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbookBytes as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
    expect(texts.some((t) => t.includes(clean(bidderName)))).toBe(true);
    expect(texts.some((t) => t.includes(criterionName))).toBe(true);
    expect(texts.some((t) => t.includes(clean(evaluatorName)))).toBe(true);
    for (const typed of [tenderTitle, lotTitle, criterionDescription])
      expect(
        texts.some((t) => t.includes(clean(typed))),
        typed,
      ).toBe(true);
    // eslint-disable-next-line no-control-regex -- checking that none remain
    expect(texts.join('\n')).not.toMatch(/[\u0001\u000b\u001f\ufffe\uffff\ud800]/);

    const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id });
    const leadTexts = [...(await strictParts(Buffer.from(lead.base64, 'base64'))).values()].join('\n');
    expect(leadTexts).toContain('_x005F_x0041_');

    const pack = await ws.call('export.wordPack', { tenderId: ws.tender.id, exportDate: '2026-12-02' });
    const packBytes = Buffer.from(pack.base64, 'base64');
    const documentText = (await strictParts(packBytes)).get('word/document.xml')!;
    expect(documentText).toContain(criterionName);
    for (const typed of [tenderTitle, buyerName, lotTitle, criterionDescription]) expect(documentText, typed).toContain(clean(typed));
    // eslint-disable-next-line no-control-regex -- checking that none remain
    expect(documentText).not.toMatch(/[\u0001\u000b\u001f\ufffe\uffff\ud800]/);
    expect(documentText).not.toContain('_x005F_');

    const out = await mkdtemp(join(tmpdir(), 'tw-hostile-'));
    outDirs.push(out);
    await writeFile(join(out, 'scoring.xlsx'), workbookBytes);
    await writeFile(join(out, 'pack.docx'), packBytes);
    await convertToPdf([join(out, 'scoring.xlsx'), join(out, 'pack.docx')], out);
    expect(existsSync(join(out, 'scoring.pdf'))).toBe(true);
    expect(existsSync(join(out, 'pack.pdf'))).toBe(true);
  }, 240_000);

  it('imports the workbook back: the sanitised names still tie it to the lot', async () => {
    const ws = await hostileWorkspace();
    const [file] = await ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id, evaluatorIds: ['ev-ao'] });
    // The filler types reasons that quote the names, so it must type them as the workbook shows them.
    const shown = JSON.parse(xmlSafeText(JSON.stringify(ws.lot))) as typeof ws.lot;
    const filled = await fillWorkbook(Buffer.from(file!.base64, 'base64'), shown, 'ev-ao');
    const outcome = await ws.call('evaluation.importWorkbooks', {
      tenderId: ws.tender.id,
      lotId: ws.lot.id,
      files: [asUpload('ao.xlsx', filled)],
      by: 'Lena Lead',
    });
    expect(outcome.files.map((f) => f.status)).toEqual(['imported']);
  });
});
