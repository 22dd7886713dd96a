/**
 * What an imported workbook's cells hold, read from their values only (never a cached formula
 * result), and how a cell's content is quoted in the problems an import reports.
 */
import type ExcelJS from 'exceljs';
import { t } from '@shared/i18n';

export type CellReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'other'; description: string };

/** What a cell holds, without ever looking at a cached formula result. */
export function readCell(cell: ExcelJS.Cell): CellReading {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'other', description: 'an unreadable number' };
  if (typeof value === 'string') return value.trim() === '' ? { kind: 'empty' } : { kind: 'text', value };
  if (typeof value === 'boolean') return { kind: 'other', description: `the value ${value ? 'TRUE' : 'FALSE'}` };
  if (value instanceof Date) return { kind: 'other', description: 'a date' };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula', formula: cell.formula ?? String(v.formula ?? '') };
    if (Array.isArray(v.richText)) {
      const text = (v.richText as { text?: string }[]).map((part) => part.text ?? '').join('');
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: text };
    }
    if (typeof v.text === 'string') return v.text.trim() === '' ? { kind: 'empty' } : { kind: 'text', value: v.text };
    if (typeof v.error === 'string') return { kind: 'other', description: `the error ${v.error}` };
  }
  return { kind: 'other', description: 'a value of an unknown kind' };
}

/** Formulas compared as Excel and LibreOffice may write them back: no "=", no spaces, no _xlfn., any case. */
export function normaliseFormula(formula: string): string {
  return formula
    .replace(/^=/, '')
    .replace(/_xlfn\./gi, '')
    .replace(/\s+/g, '')
    .toUpperCase();
}

export const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

export function describe(reading: CellReading): string {
  switch (reading.kind) {
    case 'empty':
      return t('messages:cells.emptyCell');
    case 'number':
      return String(reading.value);
    case 'text':
      return quote(reading.value.trim());
    case 'formula':
      return t('messages:cells.theFormula', { formula: reading.formula });
    case 'other':
      return reading.description;
  }
}

export function textOf(reading: CellReading): string {
  if (reading.kind === 'text') return reading.value.trim();
  if (reading.kind === 'number') return String(reading.value);
  return '';
}
