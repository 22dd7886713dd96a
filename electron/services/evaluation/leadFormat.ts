/**
 * Cell styles, headers and names shared by the sheets of the lead workbook.
 */
import type ExcelJS from 'exceljs';
import type { Lot, Tender } from '@shared/model/tender';
import { xmlSafeText } from '@shared/rules/xmlSafeText';
import { HEADER_FILL, INPUT_FILL, safeFilePart } from './workbookFormat';

export const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
};

export const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

export type Style = Partial<ExcelJS.Style>;

/**
 * The cell styles of one workbook, each given to cells whole: exceljs recognises a style object it has
 * seen (by identity) and skips serialising it again for every cell. Made per workbook, so no style
 * object is shared with another workbook.
 */
export function cellStyles() {
  const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const unlocked: Partial<ExcelJS.Protection> = { locked: false };
  const numFmts = new Map<string, Style>();
  return {
    header: {
      font: { bold: true },
      fill: HEADER_FILL,
      alignment: { wrapText: true, vertical: 'middle' },
      border: { bottom: { style: 'thin' } },
    } as Style,
    bidderHeader: { font: { bold: true }, fill: HEADER_FILL, alignment: { wrapText: true } } as Style,
    title: { font: { bold: true, size: 13 } } as Style,
    bold: { font: { bold: true } } as Style,
    wrapTop: { alignment: wrapTop } as Style,
    input: { protection: unlocked, fill: INPUT_FILL } as Style,
    wrappedInput: { protection: unlocked, fill: INPUT_FILL, alignment: wrapTop } as Style,
    /** A number format alone, one object per format. */
    numFmt(format: string): Style {
      let style = numFmts.get(format);
      if (!style) numFmts.set(format, (style = { numFmt: format }));
      return style;
    },
  };
}
export type CellStyles = ReturnType<typeof cellStyles>;

export function header(ws: ExcelJS.Worksheet, styles: CellStyles, row: number, titles: string[], widths?: number[]): void {
  titles.forEach((title, i) => {
    const cell = ws.getCell(row, i + 1);
    cell.value = title;
    cell.style = styles.header;
    if (widths?.[i]) ws.getColumn(i + 1).width = widths[i];
  });
}

export const formula = (cell: ExcelJS.Cell, text: string, style?: Style) => {
  cell.value = { formula: text };
  if (style) cell.style = style;
};

/** A sheet name for each evaluator: "E1 AB", unique, at most 31 characters, no forbidden characters. */
export function evaluatorSheetName(index: number, initials: string): string {
  const clean = xmlSafeText(initials)
    .replace(/[[\]:*?/\\']/g, '')
    .trim()
    .toUpperCase()
    .slice(0, 20);
  return `E${index + 1}${clean ? ` ${clean}` : ''}`;
}

export function leadFileName(tender: Tender, lot: Lot): string {
  return `${[tender.reference || tender.title, lot.title, 'lead evaluation'].map(safeFilePart).filter(Boolean).join(' - ')}.xlsx`;
}
