/**
 * The "library floor" of an Excel export: the same workbook written with exceljs
 * and nothing else. `readXlsxContent` loads an exported workbook with exceljs (untimed) into plain
 * data: per sheet its name, state, properties, column widths, views, page set-up, header and footer,
 * protection, merges, data validations and every cell's value or formula and style.
 * `writeFloorXlsx` (timed) writes that data back with plain exceljs calls and `writeBuffer`: no tender
 * model, no layout, no checksum, which is what the app adds.
 *
 * `xlsxSignature` reads a workbook back and counts what it holds (cells, formulas, styled cells,
 * validations, merges) with a hash over all of it, so the bench can show the floor wrote the same
 * workbook as the app.
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';

type CellValue = ExcelJS.CellValue;
type Style = Partial<ExcelJS.Style>;

interface CellData {
  row: number;
  column: number;
  value: CellValue;
  /** Shared between cells with the same style, as a script writing them would share constants. */
  style?: Style;
}

interface SheetData {
  name: string;
  state: ExcelJS.WorksheetState;
  properties: Partial<ExcelJS.WorksheetProperties>;
  widths: (number | undefined)[];
  views: Partial<ExcelJS.WorksheetView>[];
  pageSetup: Partial<ExcelJS.PageSetup>;
  headerFooter: Partial<ExcelJS.HeaderFooter>;
  protection?: Partial<ExcelJS.WorksheetProtection>;
  merges: string[];
  validations: [string, ExcelJS.DataValidation][];
  cells: CellData[];
}

export interface XlsxContent {
  properties: { creator: string; title: string; subject: string; created: Date; modified: Date };
  sheets: SheetData[];
}

const isEmptyStyle = (style: Style) => Object.keys(style).length === 0;

/** exceljs reads a first page number of 1 even when the file does not use one, and would write it back as used. */
function pageSetupOf(ws: ExcelJS.Worksheet): Partial<ExcelJS.PageSetup> {
  const { firstPageNumber, useFirstPageNumber, ...rest } = structuredClone(ws.pageSetup) as Partial<ExcelJS.PageSetup> & {
    useFirstPageNumber?: boolean;
  };
  return useFirstPageNumber ? ({ ...rest, firstPageNumber, useFirstPageNumber } as Partial<ExcelJS.PageSetup>) : rest;
}

/** The content of a workbook, as plain data the floor writes back. */
export async function readXlsxContent(bytes: Uint8Array): Promise<XlsxContent> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const styles = new Map<string, Style>();
  const shared = (style: Style) => {
    const key = JSON.stringify(style);
    if (!styles.has(key)) styles.set(key, structuredClone(style));
    return styles.get(key)!;
  };
  const sheets = wb.worksheets.map((ws): SheetData => {
    const cells: CellData[] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        const style = cell.style as Style;
        if (cell.value === null && isEmptyStyle(style)) return;
        cells.push({
          row: cell.row as unknown as number,
          column: cell.col as unknown as number,
          value: structuredClone(cell.value),
          ...(isEmptyStyle(style) ? {} : { style: shared(style) }),
        });
      }),
    );
    const model = ws.model as unknown as {
      merges: string[];
      dataValidations: Record<string, ExcelJS.DataValidation>;
      sheetProtection?: Partial<ExcelJS.WorksheetProtection> & { sheet?: boolean };
    };
    const { sheet: _sheet, ...protection } = model.sheetProtection ?? {};
    return {
      name: ws.name,
      state: ws.state,
      properties: structuredClone(ws.properties),
      widths: Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width),
      views: structuredClone(ws.views),
      pageSetup: pageSetupOf(ws),
      headerFooter: structuredClone(ws.headerFooter),
      ...(model.sheetProtection ? { protection } : {}),
      merges: [...model.merges],
      validations: Object.entries(structuredClone(model.dataValidations)).filter(([, v]) => v !== undefined),
      cells,
    };
  });
  return {
    properties: { creator: wb.creator ?? '', title: wb.title ?? '', subject: wb.subject ?? '', created: wb.created, modified: wb.modified },
    sheets,
  };
}

/** The same workbook as `content`, written with exceljs alone. */
export async function writeFloorXlsx(content: XlsxContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, content.properties);
  for (const sheet of content.sheets) {
    const ws = wb.addWorksheet(sheet.name, { state: sheet.state, properties: sheet.properties });
    sheet.widths.forEach((width, i) => {
      if (width !== undefined) ws.getColumn(i + 1).width = width;
    });
    for (const merge of sheet.merges) ws.mergeCells(merge);
    for (const { row, column, value, style } of sheet.cells) {
      const cell = ws.getCell(row, column);
      cell.value = value;
      if (style) cell.style = style;
    }
    for (const [address, validation] of sheet.validations) ws.getCell(address).dataValidation = validation;
    ws.views = sheet.views;
    ws.pageSetup = sheet.pageSetup as ExcelJS.PageSetup;
    ws.headerFooter = sheet.headerFooter as ExcelJS.HeaderFooter;
    if (sheet.protection) await ws.protect('', sheet.protection);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface XlsxSignature {
  sheets: number;
  cells: number;
  formulas: number;
  styledCells: number;
  validations: number;
  merges: number;
  /** SHA-256 over every sheet's name, state, cells (value and style), validations, merges and protection; first 12 hex digits. */
  hash: string;
}

/** What a workbook holds, read back with exceljs, counted the same way for ours and the floor's. */
export async function xlsxSignature(bytes: Uint8Array): Promise<XlsxSignature> {
  const content = await readXlsxContent(bytes);
  const hash = createHash('sha256');
  const signature = { sheets: content.sheets.length, cells: 0, formulas: 0, styledCells: 0, validations: 0, merges: 0 };
  for (const sheet of content.sheets) {
    hash.update(
      JSON.stringify([
        sheet.name,
        sheet.state,
        sheet.widths,
        sheet.views,
        sheet.pageSetup,
        sheet.headerFooter,
        sheet.protection ?? null,
        sheet.merges,
        sheet.validations,
      ]),
    );
    for (const cell of sheet.cells) hash.update(JSON.stringify(cell));
    signature.cells += sheet.cells.length;
    signature.formulas += sheet.cells.filter((c) => typeof c.value === 'object' && c.value !== null && 'formula' in c.value).length;
    signature.styledCells += sheet.cells.filter((c) => c.style).length;
    signature.validations += sheet.validations.length;
    signature.merges += sheet.merges.length;
  }
  return { ...signature, hash: hash.digest('hex').slice(0, 12) };
}

export function compareXlsxSignatures(ours: XlsxSignature, floor: XlsxSignature): { same: boolean; text: string } {
  const keys = ['sheets', 'cells', 'formulas', 'styledCells', 'validations', 'merges'] as const;
  const fmt = (n: number) => n.toLocaleString('en-GB');
  const differing = keys.filter((k) => ours[k] !== floor[k]);
  if (differing.length === 0 && ours.hash === floor.hash)
    return { same: true, text: `floor = same ${keys.map((k) => `${fmt(ours[k])} ${k}`).join(', ')} (read back, hash equal)` };
  return {
    same: false,
    text: `floor DIFFERS: ${differing.map((k) => `${k} ${fmt(ours[k])} vs ${fmt(floor[k])}`).join(', ')}${ours.hash === floor.hash ? '' : ', content hash differs'}`,
  };
}
