/**
 * Row heights for wrapped spreadsheet cells. Neither exceljs nor the file format autofits rows: a row
 * keeps the height written in the file, and LibreOffice prints wrapped text that does not fit over the
 * rows below. So the exporter works the height out from the text and the column width.
 *
 * A column width is counted in widths of the digit "0" of the default font. Real text is set in a
 * proportional font, and where Calibri is missing (LibreOffice on Linux) a wider one replaces it, so
 * a line is taken to hold one character per unit of width (real text averages a little more, so rows
 * come out a touch tall rather than ever too short).
 */

/** Characters of ordinary text that fit on one line, per unit of column width. */
const CHARS_PER_WIDTH_UNIT = 1;
/** Points per line of 11-point text, with the leading Excel and LibreOffice use. */
export const LINE_HEIGHT_POINTS = 15;
/** The tallest row a spreadsheet allows, in points. */
export const MAX_ROW_HEIGHT_POINTS = 409;
const PADDING_POINTS = 3;

/** How many characters one line of a wrapped cell holds, at least one. */
export function charsPerLine(columnWidth: number, fontSize = 11): number {
  return Math.max(1, Math.floor((columnWidth * CHARS_PER_WIDTH_UNIT * 11) / fontSize) - 1);
}

/** Lines one paragraph takes when wrapped at word boundaries; a word longer than a line is broken. */
function paragraphLines(paragraph: string, perLine: number): number {
  const words = paragraph.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= perLine) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length % perLine || perLine;
  }
  return lines;
}

/** Lines a text takes in a wrapped cell: its explicit line breaks, each paragraph wrapped. */
export function wrappedLineCount(text: string, columnWidth: number, fontSize = 11): number {
  const perLine = charsPerLine(columnWidth, fontSize);
  return text.split(/\r\n|\r|\n/).reduce((sum, paragraph) => sum + paragraphLines(paragraph, perLine), 0);
}

export interface WrappedCellText {
  text: string;
  /** The width of the cell's column (or of its merged columns together). */
  columnWidth: number;
  fontSize?: number;
}

/** The row height, in points, that shows every cell of a row whole: its tallest cell decides. */
export function wrappedRowHeight(cells: readonly WrappedCellText[]): number {
  let height = LINE_HEIGHT_POINTS;
  for (const cell of cells) {
    if (!cell.text) continue;
    const fontSize = cell.fontSize ?? 11;
    const lineHeight = (LINE_HEIGHT_POINTS * fontSize) / 11;
    height = Math.max(height, wrappedLineCount(cell.text, cell.columnWidth, fontSize) * lineHeight + PADDING_POINTS);
  }
  return Math.min(MAX_ROW_HEIGHT_POINTS, Math.ceil(height));
}
