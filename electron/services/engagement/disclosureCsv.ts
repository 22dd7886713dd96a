/**
 * The sites of one disclosure version as CSV in the columns of Open Supply Hub's list template, the
 * open database of production sites monitoring organisations and buyers share: country (ISO 3166
 * alpha-2), name, address, sector, product_type. UTF-8 with a byte order mark, as that template asks.
 */
import { stringify } from 'csv-stringify/sync';
import type { DisclosureVersion } from '@shared/model/disclosures';
import { safeFilePart } from '../evaluation/workbookFormat';

export const CSV_COLUMNS = ['country', 'name', 'address', 'sector', 'product_type'] as const;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return before one)
 * is written with a leading apostrophe, so opening the file never runs what a supplier typed.
 */
export function formulaSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function disclosureCsv(version: DisclosureVersion): string {
  const rows = version.sites.map((site) => [site.country, site.legalName, site.address, site.sector ?? '', site.products].map(formulaSafe));
  return stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' });
}

export function disclosureCsvFileName(supplierName: string, version: DisclosureVersion): string {
  return `Disclosed sites - ${safeFilePart(supplierName) || 'supplier'} - ${version.receivedOn}.csv`;
}
