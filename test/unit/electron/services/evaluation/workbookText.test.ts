import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { xmlSafeText } from '@shared/rules/xmlSafeText';
import { makeWorkbookXmlSafe } from '../../../../../electron/services/evaluation/workbookText';

const HOSTILE = 'Acme\ufffe\uffff\u0001\u000c Ltd _x0041_';
const SHOWN = xmlSafeText(HOSTILE);

async function writeAndReload(wb: ExcelJS.Workbook): Promise<{ back: ExcelJS.Workbook; xml: Map<string, string> }> {
  makeWorkbookXmlSafe(wb);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(bytes);
  const xml = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    const text = await zip.file(name)!.async('string');
    try {
      new SaxesParser().write(text).close(); // throws on any character XML 1.0 forbids
    } catch (error) {
      throw new Error(`${name}: ${String(error)}`);
    }
    xml.set(name, text);
  }
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return { back, xml };
}

describe('makeWorkbookXmlSafe', () => {
  it('makes every kind of string in a workbook well-formed and reads back as the sanitised text', async () => {
    const wb = new ExcelJS.Workbook();
    wb.title = `Scoring ${HOSTILE}`;
    const ws = wb.addWorksheet('Scores');
    ws.getCell('A1').value = HOSTILE;
    ws.getCell('A2').value = { richText: [{ text: HOSTILE, font: { bold: true } }, { text: ' tail' }] };
    ws.getCell('A3').value = { formula: 'UPPER("x")', result: HOSTILE };
    ws.getCell('A4').value = { text: HOSTILE, hyperlink: 'https://example.org/' };
    ws.getCell('B1').value = HOSTILE;
    ws.mergeCells('B1:C1');
    ws.getCell('A1').note = HOSTILE;
    // One validation object shared by two cells, as the exporter does per row: escaped once, not twice.
    const validation: ExcelJS.DataValidation = {
      type: 'textLength',
      operator: 'lessThan',
      formulae: [5000],
      showInputMessage: true,
      promptTitle: 'Reason',
      prompt: HOSTILE,
      error: HOSTILE,
    };
    ws.getCell('D1').dataValidation = validation;
    ws.getCell('D2').dataValidation = validation;
    ws.headerFooter = { oddHeader: `&L${HOSTILE}` };

    const { back, xml } = await writeAndReload(wb);
    const sheet = back.getWorksheet('Scores')!;
    expect(sheet.getCell('A1').value).toBe(SHOWN);
    expect((sheet.getCell('A2').value as ExcelJS.CellRichTextValue).richText.map((p) => p.text)).toEqual([SHOWN, ' tail']);
    expect((sheet.getCell('A3').value as ExcelJS.CellFormulaValue).result).toBe(SHOWN);
    expect((sheet.getCell('A4').value as ExcelJS.CellHyperlinkValue).text).toBe(SHOWN);
    expect(sheet.getCell('B1').value).toBe(SHOWN);
    // exceljs reads attributes without unescaping; Excel unescapes them as it does cell text.
    expect(sheet.getCell('D1').dataValidation.prompt).toBe('Acme Ltd _x005F_x0041_');
    expect(sheet.getCell('D2').dataValidation.error).toBe('Acme Ltd _x005F_x0041_');
    expect(xml.get('xl/sharedStrings.xml')).toContain('_x005F_x0041_');
    expect(xml.get('xl/sharedStrings.xml')).not.toContain('_x005F_x005F_');
    expect(xml.get('xl/worksheets/sheet1.xml')).toContain('prompt="Acme Ltd _x005F_x0041_"');
    expect(back.title).toBe(`Scoring ${SHOWN}`);
  });

  it('leaves clean text, numbers and dates as they were', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plain');
    ws.getCell('A1').value = 'Delivery plan';
    ws.getCell('A2').value = 4;
    ws.getCell('A3').value = new Date(Date.UTC(2026, 11, 2));
    ws.getCell('A4').value = { formula: 'A2*2' };
    const { back } = await writeAndReload(wb);
    const sheet = back.getWorksheet('Plain')!;
    expect([sheet.getCell('A1').value, sheet.getCell('A2').value, (sheet.getCell('A3').value as Date).toISOString()]).toEqual([
      'Delivery plan',
      4,
      '2026-12-02T00:00:00.000Z',
    ]);
    expect((sheet.getCell('A4').value as ExcelJS.CellFormulaValue).formula).toBe('A2*2');
  });
});
