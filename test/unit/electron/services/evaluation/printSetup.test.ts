/**
 * The print setup the exporters write, read back from the files: every visible sheet has a print
 * area, prints fitted to the page width with its header rows repeated, and its wrapped rows are tall
 * enough for their text; the lead workbook keeps its bidder keys (which its formulas match on) in
 * hidden columns.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { wrappedRowHeight } from '@shared/rules/wrappedRowHeight';
import { LEAD_SHEETS, SUMMARY } from '../../../../../electron/services/evaluation/leadWorkbook';
import { SHEETS } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { exportAll, workspaceWithLot } from './helpers';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

const visible = (wb: ExcelJS.Workbook) => wb.worksheets.filter((s) => s.state === 'visible');

function expectFittedToWidth(sheet: ExcelJS.Worksheet): void {
  expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  expect(sheet.pageSetup.printArea, sheet.name).toMatch(/^\$?A\$?1:\$?[A-Z]+\$?\d+$/);
}

describe('print setup of the exported workbooks', () => {
  it('fits every sheet of the evaluator workbook to the page width, with a print area and repeated headers', async () => {
    const ws = await workspaceWithLot();
    const wb = await load((await exportAll(ws))['ev-ao']);
    for (const sheet of visible(wb)) expectFittedToWidth(sheet);
    expect(wb.getWorksheet(SHEETS.instructions)!.pageSetup.orientation).toBe('portrait');
    expect(wb.getWorksheet(SHEETS.criteria)!.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '1:1' });
    expect(wb.getWorksheet(SHEETS.scoring)!.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '4:5' });
  });

  it('makes every wrapped row of the Criteria sheet as tall as its longest text needs', async () => {
    const ws = await workspaceWithLot();
    const criteria = (await load((await exportAll(ws))['ev-ao'])).getWorksheet(SHEETS.criteria)!;
    let checked = 0;
    criteria.eachRow((row) => {
      const cells: { text: string; columnWidth: number }[] = [];
      row.eachCell((cell, column) => {
        if (typeof cell.value === 'string' && cell.alignment?.wrapText)
          cells.push({ text: cell.value, columnWidth: criteria.getColumn(column).width! });
      });
      if (cells.length === 0) return;
      expect(row.height, `row ${row.number}`).toBe(wrappedRowHeight(cells));
      checked += 1;
    });
    // The descriptors of a 0-10 scale are eleven lines: that row is far taller than one line.
    const tallest = Math.max(...Array.from({ length: criteria.rowCount }, (_, i) => criteria.getRow(i + 1).height ?? 0));
    expect(tallest).toBeGreaterThanOrEqual(11 * 15);
    expect(checked).toBeGreaterThan(5);
  });

  it('fits every sheet of the lead workbook to the page width and hides the bidder keys', async () => {
    const ws = await workspaceWithLot();
    const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id });
    const wb = await load(Buffer.from(lead.base64, 'base64'));
    for (const sheet of visible(wb)) expectFittedToWidth(sheet);
    const summary = wb.getWorksheet(LEAD_SHEETS.summary)!;
    expect(summary.getCell(SUMMARY.headerRow, SUMMARY.columns.key).value).toBe('Bidder key');
    expect(summary.getColumn(SUMMARY.columns.key).hidden).toBe(true);
    expect(summary.getColumn(SUMMARY.columns.bidder).hidden).toBe(false);
    for (const [name, column] of [
      [LEAD_SHEETS.consensus, 4],
      [LEAD_SHEETS.passFail, 4],
      [LEAD_SHEETS.prices, 3],
    ] as const) {
      const sheet = wb.getWorksheet(name)!;
      expect(sheet.getColumn(column).hidden, name).toBe(true);
      const headerRow = name === LEAD_SHEETS.prices ? 5 : 3;
      expect(sheet.getCell(headerRow, column).value, name).toBe('Bidder key');
    }
    const overview = wb.getWorksheet(LEAD_SHEETS.overview)!;
    const exported = overview.getRow(5).values as unknown[];
    expect(exported[1]).toBe('Exported');
    expect(String(exported[2])).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2}$/);
  });

  it('writes the lead workbook’s dates in the locale the user’s app sends, and refuses one that is not a language tag', async () => {
    const ws = await workspaceWithLot();
    const lead = await ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id, locale: 'fr-FR' });
    const exported = (await load(Buffer.from(lead.base64, 'base64'))).getWorksheet(LEAD_SHEETS.overview)!.getRow(5).values as unknown[];
    expect(String(exported[2])).toMatch(
      /^\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/,
    );
    await expect(
      ws.call('evaluation.exportLeadWorkbook', { tenderId: ws.tender.id, lotId: ws.lot.id, locale: '<script>' }),
    ).rejects.toThrow('must be a language tag such as en-GB');
  });
});
