/**
 * Cell styles, print setup and row heights shared by the evaluator and lead workbooks.
 */
import type ExcelJS from 'exceljs';
import { wrappedRowHeight, type WrappedCellText } from '@shared/rules/wrappedRowHeight';

export const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } };

/** 1 -> A, 27 -> AA. */
export function col(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const addr = (column: number, row: number) => `${col(column)}${row}`;

/**
 * Gives every written cell still without a style one shared empty style object. exceljs makes an empty
 * style object per cell and, not knowing it, works out its style id anew for each one when writing:
 * most of the cost of a sheet of thousands of formulas. Dates keep their own object (exceljs gives an
 * unstyled date a date format, decided per style object).
 */
export function shareEmptyStyles(wb: ExcelJS.Workbook): void {
  const empty: Partial<ExcelJS.Style> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (!(cell.value instanceof Date) && Object.keys(cell.style).length === 0) cell.style = empty;
      }),
    );
  }
}

export interface PrintSetup {
  /** The rows repeated at the top of every printed page, e.g. "1:1". */
  titleRows?: string;
  orientation?: 'landscape' | 'portrait';
  lastColumn: number;
  lastRow: number;
}

/** A4, fitted to one page wide (as many pages tall as it needs), header rows repeated, sheet name and page in the footer. */
export function setupPrint(ws: ExcelJS.Worksheet, setup: PrintSetup): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: setup.orientation ?? 'landscape',
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printArea: `A$1:${col(Math.max(1, setup.lastColumn))}$${Math.max(1, setup.lastRow)}`,
    ...(setup.titleRows ? { printTitlesRow: setup.titleRows } : {}),
  };
  ws.headerFooter = { oddFooter: '&L&A&RPage &P of &N' };
}

/** The text a cell shows, for working out its height: formulas and empty cells count as one line. */
function shownText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

/**
 * Sets the height of each of `rows` so that its wrapped cells show whole. Cells of merged ranges are
 * left out (a merge spans rows or columns whose size this does not track), and so are hidden columns.
 */
export function fitWrappedRows(ws: ExcelJS.Worksheet, rows: Iterable<number>): void {
  for (const r of rows) {
    const row = ws.getRow(r);
    const cells: WrappedCellText[] = [];
    row.eachCell((cell, column) => {
      if (cell.isMerged || !cell.alignment?.wrapText || ws.getColumn(column).hidden) return;
      const text = shownText(cell);
      if (text) cells.push({ text, columnWidth: ws.getColumn(column).width ?? 9, fontSize: cell.font?.size ?? 11 });
    });
    if (cells.length > 0) row.height = wrappedRowHeight(cells);
  }
}

/** The locale dates are written in when the caller names none. */
export const DEFAULT_LOCALE = 'en-GB';

/** `locale` when this runtime can format dates in it; otherwise undefined (the default applies). */
export function knownLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0];
  } catch {
    return undefined;
  }
}

/** "3 December 2026": a date as the reader writes it, in their locale. */
export function readableDate(date: Date | string, locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(date));
}

/** "3 December 2026 at 16:35": a moment as the reader writes it, in their locale and time zone. */
export function readableDateTime(date: Date | string, locale = DEFAULT_LOCALE): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(date));
}

/** A piece of a file name: no characters file systems refuse, one line, at most 60 characters. */
export function safeFilePart(text: string): string {
  return text
    .replace(/[/\\:*?"<>|]/g, '-')
    .replace(/\s+/g, ' ')
    .split('')
    .filter((ch) => ch.charCodeAt(0) >= 32)
    .join('')
    .trim()
    .slice(0, 60);
}
