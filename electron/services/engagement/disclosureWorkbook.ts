/**
 * The factory disclosure workbook a contracted supplier fills in: instructions in the buyer's name
 * with the due dates of the contract, a Sites sheet with one row per tier 1 or tier 2 site, and a very
 * hidden sheet naming (and signing) the tender and supplier it was issued for. Only the site rows are
 * unlocked; headers and instructions are protected like the evaluator workbooks.
 */
import ExcelJS from 'exceljs';
import type { DisclosureObligation } from '@shared/rules/disclosureDue';
import { spelledDate } from '@shared/rules/disclosureDue';
import type { SignatureCells } from '../evaluation/workbookSignature';
import { PROTECTION } from '../evaluation/leadFormat';
import { HEADER_FILL, INPUT_FILL, safeFilePart, shareEmptyStyles } from '../evaluation/workbookFormat';
import { makeWorkbookXmlSafe } from '../evaluation/workbookText';

export const DISCLOSURE_FORMAT = 'tenderwright-disclosure-workbook';
export const DISCLOSURE_FORMAT_VERSION = 1;

export const DISCLOSURE_SHEETS = { instructions: 'Instructions', sites: 'Sites', identity: 'Identity' } as const;

/** The Sites sheet's columns, in order; the import reads them by position and checks the headers. */
export const SITE_COLUMNS = [
  { key: 'tier', header: 'Tier (1 or 2)', width: 12 },
  { key: 'legalName', header: 'Legal name', width: 34 },
  { key: 'address', header: 'Full address', width: 48 },
  { key: 'country', header: 'Country (ISO 3166 code)', width: 14 },
  { key: 'products', header: 'Products or components made', width: 36 },
  { key: 'sector', header: 'Sector (optional)', width: 20 },
  { key: 'date', header: 'Date (YYYY-MM-DD)', width: 16 },
] as const;

export const SITES_HEADER_ROW = 1;
export const SITES_FIRST_ROW = 2;
/** Empty, unlocked rows offered for sites; a supplier with more sends a second workbook. */
export const SITE_ROWS = 500;

export const IDENTITY_KEYS = [
  'format',
  'formatVersion',
  'tenderId',
  'supplierId',
  'supplierName',
  'exportedAt',
  'signingKeyId',
  'signedIdentity',
  'signature',
] as const;
export type IdentityKey = (typeof IDENTITY_KEYS)[number];

export interface DisclosureWorkbookInput {
  buyer: string;
  tender: { id: string; title: string; reference?: string };
  supplier: { id: string; name: string };
  obligations: DisclosureObligation[];
  exportedAt: Date;
  signature: SignatureCells;
}

export function disclosureFileName(tenderTitle: string, supplierName: string): string {
  return `Factory disclosure - ${safeFilePart(supplierName) || 'supplier'} - ${safeFilePart(tenderTitle) || 'contract'}.xlsx`;
}

function dueLine(o: DisclosureObligation): string {
  const when = o.due ? `due by ${spelledDate(o.due)}` : 'the date follows from the contract award';
  return `• ${o.requirement}: ${when}.`;
}

function instructionLines(input: DisclosureWorkbookInput): { text: string; bold?: boolean; size?: number }[] {
  const buyer = input.buyer.trim() || 'The buyer';
  const reference = input.tender.reference?.trim() ? ` (${input.tender.reference.trim()})` : '';
  const dues = input.obligations.length > 0 ? input.obligations.map(dueLine) : ['• As agreed in the contract.'];
  return [
    { text: `Factory disclosure for ${input.tender.title}${reference}`, bold: true, size: 14 },
    { text: `Requested by ${buyer} from ${input.supplier.name}` },
    { text: '' },
    { text: 'Why this list', bold: true },
    {
      text: `${buyer} wants to know where the products delivered under this contract are made, so that working conditions there can be monitored and problems put right together with you. Please list every production site, as the disclosure clauses of the contract require.`,
    },
    { text: '' },
    { text: 'What to list', bold: true },
    {
      text: 'Tier 1: the factories where the contracted product models are manufactured or finally assembled, including those of other manufacturers whose products you supply.',
    },
    {
      text: 'Tier 2: the factories that make the main components of those products, as the contract defines them, and, where the contract asks for it, the smelters and refiners of the minerals they contain.',
    },
    { text: '' },
    { text: 'How to fill in the Sites sheet', bold: true },
    { text: '• One row per site. A site that makes several products is one row listing them all.' },
    { text: '• Legal name: the name the company is registered under, not a brand or trade name.' },
    { text: '• Full address: street, number, city, postcode and region of the site itself, not an office or a postal address.' },
    { text: '• Country: the two- or three-letter ISO 3166 country code, for example VN or VNM for Viet Nam, CN or CHN for China.' },
    { text: '• Products or components made: the product models or components made at the site.' },
    { text: '• Sector (optional): for example Electronics, Textiles or Furniture.' },
    { text: '• Date: the day the information about the site was last checked, written YYYY-MM-DD.' },
    { text: '• Leave unused rows empty. Do not rename the sheets or change the headers.' },
    { text: '' },
    { text: 'Due dates', bold: true },
    ...dues.map((text) => ({ text })),
    {
      text: 'Information that arrives late is still worth sending: send what you have by the date and say what is missing and when it will follow.',
    },
    { text: '' },
    { text: 'Sending it back', bold: true },
    {
      text: `Save the file as an Excel workbook (.xlsx), not as a macro-enabled workbook, and send it to ${buyer}. When sites change or a confirmation is due, fill in a fresh copy of this workbook with the complete list.`,
    },
  ];
}

function writeInstructions(ws: ExcelJS.Worksheet, input: DisclosureWorkbookInput): void {
  ws.getColumn(1).width = 100;
  instructionLines(input).forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line.text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (line.bold || line.size) cell.font = { bold: Boolean(line.bold), ...(line.size ? { size: line.size } : {}) };
    // Rough height: about 110 characters fit on a line of this width.
    ws.getRow(i + 1).height = Math.max(1, Math.ceil(line.text.length / 110)) * 15 + (line.size ? 6 : 0);
  });
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
}

function writeSites(ws: ExcelJS.Worksheet): void {
  ws.views = [{ state: 'frozen', ySplit: SITES_HEADER_ROW }];
  SITE_COLUMNS.forEach((column, i) => {
    ws.getColumn(i + 1).width = column.width;
    const cell = ws.getCell(SITES_HEADER_ROW, i + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  ws.getRow(SITES_HEADER_ROW).height = 32;
  const input: Partial<ExcelJS.Style> = {
    fill: INPUT_FILL,
    protection: { locked: false },
    alignment: { wrapText: true, vertical: 'top' },
  };
  const dateInput: Partial<ExcelJS.Style> = { ...input, numFmt: 'yyyy-mm-dd' };
  const tierRule: ExcelJS.DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: ['"1,2"'],
    showErrorMessage: true,
    errorTitle: 'Tier',
    error: 'Write 1 for a factory making the products, 2 for a component factory.',
  };
  for (let row = SITES_FIRST_ROW; row < SITES_FIRST_ROW + SITE_ROWS; row += 1) {
    SITE_COLUMNS.forEach((column, i) => {
      const cell = ws.getCell(row, i + 1);
      cell.style = column.key === 'date' ? dateInput : input;
      if (column.key === 'tier') cell.dataValidation = tierRule;
    });
  }
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '1:1' };
}

export async function buildDisclosureWorkbook(input: DisclosureWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = input.buyer.trim() || 'The buyer';
  wb.title = `Factory disclosure for ${input.tender.title}`;
  wb.created = input.exportedAt;
  const instructions = wb.addWorksheet(DISCLOSURE_SHEETS.instructions);
  writeInstructions(instructions, input);
  const sites = wb.addWorksheet(DISCLOSURE_SHEETS.sites);
  writeSites(sites);

  const identity = wb.addWorksheet(DISCLOSURE_SHEETS.identity, { state: 'veryHidden' });
  const values: Record<IdentityKey, string | number> = {
    format: DISCLOSURE_FORMAT,
    formatVersion: DISCLOSURE_FORMAT_VERSION,
    tenderId: input.tender.id,
    supplierId: input.supplier.id,
    supplierName: input.supplier.name,
    exportedAt: input.exportedAt.toISOString(),
    ...input.signature,
  };
  IDENTITY_KEYS.forEach((key, i) => {
    identity.getCell(i + 1, 1).value = key;
    identity.getCell(i + 1, 2).value = values[key];
  });

  for (const sheet of [instructions, sites, identity]) await sheet.protect('', { ...PROTECTION });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  shareEmptyStyles(wb);
  makeWorkbookXmlSafe(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
