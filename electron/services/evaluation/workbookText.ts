/**
 * Every string of an exceljs workbook made safe for its XML, just before it is written. exceljs
 * escapes markup but writes any character as it is, so one U+FFFE in a bidder's name would make every
 * sheet malformed; and it writes a literal `_x0041_` as it is, which Excel and exceljs then read as
 * "A". Walking the finished workbook once means no cell, prompt or title can be missed, however the
 * sheets were built.
 */
import type ExcelJS from 'exceljs';
import { spreadsheetSafeText, xmlSafeText } from '@shared/rules/xmlSafeText';

type Sanitise = (text: string) => string;

const PROMPT_KEYS = ['prompt', 'promptTitle', 'error', 'errorTitle'] as const;
const HEADER_FOOTER_KEYS = ['oddHeader', 'oddFooter', 'evenHeader', 'evenFooter', 'firstHeader', 'firstFooter'] as const;
const PROPERTY_KEYS = [
  'creator',
  'lastModifiedBy',
  'title',
  'subject',
  'keywords',
  'category',
  'description',
  'company',
  'manager',
] as const;

/** The value with its strings made safe: the same object when nothing needed changing (the usual case). */
function safeValue(value: ExcelJS.CellValue, cellText: Sanitise): ExcelJS.CellValue {
  if (typeof value === 'string') return cellText(value);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value && Array.isArray(value.richText)) {
    const parts = value.richText.map((part) => {
      const text = cellText(part.text);
      return text === part.text ? part : { ...part, text };
    });
    return parts.every((part, i) => part === value.richText[i]) ? value : { ...value, richText: parts };
  }
  if ('formula' in value && typeof value.formula === 'string') {
    // A cached string result is written as <v>, which exceljs reads back without unescaping; the office suite recomputes it anyway.
    const result = typeof value.result === 'string' ? xmlSafeText(value.result) : value.result;
    const formula = xmlSafeText(value.formula);
    return formula === value.formula && result === value.result ? value : ({ ...value, formula, result } as ExcelJS.CellValue);
  }
  if ('hyperlink' in value && typeof value.text === 'string') {
    const text = cellText(value.text);
    return text === value.text ? value : { ...value, text };
  }
  return value;
}

function sanitiseSheet(ws: ExcelJS.Worksheet, seen: Set<object>): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      // A merged cell shows its master's value; setting it would write (and escape) the master twice.
      if (cell.isMerged && cell.master !== cell) return;
      const value = cell.value;
      const safe = safeValue(value, spreadsheetSafeText);
      if (safe !== value) cell.value = safe;
      // Notes ride on cells with a value (the exporters write none today; eachCell skips empty cells).
      if (typeof cell.note === 'string') cell.note = spreadsheetSafeText(cell.note);
    });
  });
  // Rows share one validation object between their cells: each object is made safe once (escaping is not idempotent).
  const validations = (ws as unknown as { dataValidations?: { model?: Record<string, ExcelJS.DataValidation> } }).dataValidations?.model;
  for (const validation of Object.values(validations ?? {})) {
    if (seen.has(validation)) continue;
    seen.add(validation);
    for (const key of PROMPT_KEYS) {
      const text = validation[key];
      if (typeof text === 'string') validation[key] = spreadsheetSafeText(text);
    }
  }
  for (const key of HEADER_FOOTER_KEYS) {
    const text = ws.headerFooter?.[key];
    if (typeof text === 'string') ws.headerFooter[key] = xmlSafeText(text);
  }
}

/** Makes every string of `wb` safe to write: call it once, right before `wb.xlsx.writeBuffer()`. */
export function makeWorkbookXmlSafe(wb: ExcelJS.Workbook): void {
  const seen = new Set<object>();
  for (const ws of wb.worksheets) sanitiseSheet(ws, seen);
  const properties = wb as unknown as Record<string, unknown>;
  for (const key of PROPERTY_KEYS) {
    const text = properties[key];
    if (typeof text === 'string') properties[key] = xmlSafeText(text);
  }
}
