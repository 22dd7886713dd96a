/**
 * The site rows of a returned disclosure workbook: each cell read and checked, countries normalised to
 * ISO 3166 alpha-2, the same site listed twice found. Every problem names its cell ("Sites!C12: ...").
 */
import type ExcelJS from 'exceljs';
import countries from 'i18n-iso-countries';
import type { WorkbookProblem } from '@shared/api/methods/evaluation';
import { isCalendarDate } from '@shared/model/clauses';
import { LIMITS } from '@shared/model/common';
import { DISCLOSURE_LIMITS, type DisclosureSite } from '@shared/model/disclosures';
import { addr } from '../evaluation/workbookFormat';
import { describe, quote, readCell, textOf } from '../evaluation/cellReading';
import { DISCLOSURE_SHEETS, SITE_COLUMNS, SITES_FIRST_ROW } from './disclosureWorkbook';

type ColumnKey = (typeof SITE_COLUMNS)[number]['key'];
const column = (key: ColumnKey) => SITE_COLUMNS.findIndex((c) => c.key === key) + 1;
export const siteCell = (key: ColumnKey, row: number) => `${DISCLOSURE_SHEETS.sites}!${addr(column(key), row)}`;

/** Problems listed one by one; past this many, one line says how many more there are. */
const PROBLEMS_LISTED = 100;

export interface SiteRows {
  sites: DisclosureSite[];
  /** The sheet row of each site, in the same order. */
  rows: number[];
  problems: WorkbookProblem[];
  warnings: WorkbookProblem[];
}

/** A country as the supplier wrote it: an alpha-2 or alpha-3 code (any case), or its English name. */
export function countryCode(written: string): { code: string; byName: boolean } | undefined {
  const text = written.trim();
  if (/^[A-Za-z]{2}$/.test(text) && countries.isValid(text.toUpperCase())) return { code: text.toUpperCase(), byName: false };
  if (/^[A-Za-z]{3}$/.test(text)) {
    const code = countries.alpha3ToAlpha2(text.toUpperCase());
    if (code) return { code, byName: false };
  }
  const byName = text.length > 3 ? countries.getAlpha2Code(text, 'en') : undefined;
  return byName ? { code: byName, byName: true } : undefined;
}

/** Excel's day number (1900 system) as YYYY-MM-DD. */
const serialDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);

function dateOf(cell: ExcelJS.Cell): { date: string } | { problem: string } | undefined {
  const value = cell.value as unknown;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { problem: 'the date cannot be read' } : { date: value.toISOString().slice(0, 10) };
  }
  const reading = readCell(cell);
  if (reading.kind === 'empty') return undefined;
  if (reading.kind === 'number' && reading.value > 0 && reading.value < 2_958_466) return { date: serialDate(reading.value) };
  const text = textOf(reading);
  if (isCalendarDate(text)) return { date: text };
  return { problem: `${describe(reading)} is not a date; write it as YYYY-MM-DD, for example 2027-03-31` };
}

const normalise = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[.,;:'"()\-_/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const isEmptyRow = (ws: ExcelJS.Worksheet, row: number) =>
  SITE_COLUMNS.every((_, i) => readCell(ws.getCell(row, i + 1)).kind === 'empty' && !(ws.getCell(row, i + 1).value instanceof Date));

/** The last row with anything in it, bounded so a sheet padded to a million rows is read quickly. */
function lastUsedRow(ws: ExcelJS.Worksheet): number {
  let last = SITES_FIRST_ROW - 1;
  ws.eachRow({ includeEmpty: false }, (_, rowNumber) => {
    if (rowNumber >= SITES_FIRST_ROW && !isEmptyRow(ws, rowNumber)) last = rowNumber;
  });
  return last;
}

export function readSiteRows(ws: ExcelJS.Worksheet): SiteRows {
  const problems: WorkbookProblem[] = [];
  const warnings: WorkbookProblem[] = [];
  const sites: DisclosureSite[] = [];
  const rows: number[] = [];
  const problem = (key: ColumnKey, row: number, message: string) =>
    problems.push({ cell: siteCell(key, row), message: `${siteCell(key, row)}: ${message}` });

  const last = lastUsedRow(ws);
  const filled: number[] = [];
  for (let row = SITES_FIRST_ROW; row <= last; row += 1) if (!isEmptyRow(ws, row)) filled.push(row);
  if (filled.length > DISCLOSURE_LIMITS.sitesPerVersion) {
    problems.push({
      message: `The Sites sheet lists ${filled.length.toLocaleString('en-GB')} sites; at most ${DISCLOSURE_LIMITS.sitesPerVersion.toLocaleString('en-GB')} are accepted in one workbook. Split the list over two workbooks.`,
    });
    return { sites, rows, problems, warnings };
  }

  for (const row of filled) {
    const before = problems.length;
    const text = (key: ColumnKey, what: string, required: boolean, hint = ''): string => {
      const reading = readCell(ws.getCell(row, column(key)));
      if (reading.kind === 'formula') {
        problem(key, row, `the ${what} is a formula (=${reading.formula}); write the value itself.`);
        return '';
      }
      const value = textOf(reading);
      if (!value && required) problem(key, row, `the ${what} is missing${hint}.`);
      if (value.length > LIMITS.shortText)
        problem(key, row, `the ${what} is ${value.length} characters long; at most ${LIMITS.shortText} fit.`);
      return value.replace(/\s+/g, ' ');
    };

    const tierText = text('tier', 'tier', true, '; write 1 for a factory making the products, 2 for a component factory');
    const tier = /^(?:tier\s*)?([12])$/i.exec(tierText)?.[1];
    if (tierText && !tier)
      problem('tier', row, `the tier must be 1 (a factory making the products) or 2 (a component factory), not ${quote(tierText)}.`);
    const legalName = text('legalName', 'legal name of the site', true);
    const address = text('address', 'full address of the site', true, '; give the street, city and postcode of the site itself');
    const countryText = text('country', 'country', true, '; write its ISO 3166 code, such as VN or VNM');
    const country = countryText ? countryCode(countryText) : undefined;
    if (countryText && !country) {
      problem(
        'country',
        row,
        `${quote(countryText)} is not an ISO 3166 country code; write a two- or three-letter code, such as VN or VNM for Viet Nam.`,
      );
    } else if (country?.byName) {
      warnings.push({
        cell: siteCell('country', row),
        message: `${siteCell('country', row)}: ${quote(countryText)} was read as the country code ${country.code}.`,
      });
    }
    const products = text('products', 'products or components made at the site', true);
    const sector = text('sector', 'sector', false);
    const date = dateOf(ws.getCell(row, column('date')));
    if (!date) problem('date', row, 'the date is missing; write the day the information was last checked, as YYYY-MM-DD.');
    else if ('problem' in date) problem('date', row, `${date.problem}.`);

    if (problems.length > before || !tier || !country || !date || !('date' in date)) continue;
    sites.push({
      tier: tier === '1' ? 1 : 2,
      legalName,
      address,
      country: country.code,
      products,
      ...(sector ? { sector } : {}),
      date: date.date,
    });
    rows.push(row);
  }

  const seen = new Map<string, number>();
  sites.forEach((site, i) => {
    const key = [normalise(site.legalName), normalise(site.address), site.country].join('|');
    const first = seen.get(key);
    const row = rows[i]!;
    if (first === undefined) seen.set(key, row);
    else {
      problem(
        'legalName',
        row,
        `the same site as in row ${first} (${quote(site.legalName)}, same address and country). List each site once, with all its products in one row; remove row ${row} or correct it.`,
      );
    }
  });
  if (problems.length > PROBLEMS_LISTED) {
    const more = problems.length - PROBLEMS_LISTED;
    problems.splice(PROBLEMS_LISTED, more, {
      message: `… and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'} of the same kinds further down the Sites sheet. Fix those above and import the workbook again to see the rest.`,
    });
  }
  return { sites, rows, problems, warnings };
}
