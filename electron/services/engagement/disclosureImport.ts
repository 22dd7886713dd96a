/**
 * Reading one returned disclosure workbook, each level stopping at the first that fails:
 *   size cap -> zip guard (what the file really is, damage, zip bombs) -> macros, links, embedded
 *   objects -> exceljs load -> the hidden identity (our format, signed by this workspace, this tender
 *   and this supplier) -> the Sites sheet and its headers -> every row.
 * A file with any problem yields no sites at all.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { WorkbookProblem } from '@shared/api/methods/evaluation';
import { MAX_WORKBOOK_BYTES, workbookTooLargeMessage } from '@shared/model/evaluation';
import type { DisclosureSite } from '@shared/model/disclosures';
import { quote, readCell, textOf } from '../evaluation/cellReading';
import type { WorkbookSigningKey } from '../evaluation/signingKey';
import { riskyContentMessage } from '../evaluation/workbookPrecheck';
import { inspectWorkbookZip } from '../evaluation/zipGuard';
import { addr } from '../evaluation/workbookFormat';
import { checkDisclosureSignature, type DisclosureIdentity } from './disclosureSignature';
import { readSiteRows } from './disclosureRows';
import { FORM_SHEETS } from './responseFormLayout';
import {
  DISCLOSURE_FORMAT,
  DISCLOSURE_SHEETS,
  IDENTITY_KEYS,
  SITE_COLUMNS,
  SITES_HEADER_ROW,
  type IdentityKey,
} from './disclosureWorkbook';

export type DisclosureReading =
  | { ok: true; sites: DisclosureSite[]; issued: DisclosureIdentity; warnings: WorkbookProblem[] }
  | { ok: false; problems: WorkbookProblem[]; warnings: WorkbookProblem[] };

export interface DisclosureReadContext {
  tenderId: string;
  tenderTitle: string;
  supplierId: string;
  supplierName: string;
  /** Today's name of another of the tender's suppliers, for the message when it was issued to them. */
  nameOf(supplierId: string): string | undefined;
  signingKey?: WorkbookSigningKey;
}

/** Room for the 500 offered rows ten times over, and the largest list accepted. */
const CONTENT_LIMITS = { cells: 200_000, elements: 2_000_000, expectedCells: 4_000 };

/** The shared guards speak of evaluator workbooks; here the file comes from a supplier. */
export function inSupplierTerms(message: string): string {
  return message
    .replace(/the evaluator’s \.xlsx scoring workbook/g, 'the supplier’s .xlsx disclosure workbook')
    .replace(/an evaluator workbook/g, 'a disclosure workbook')
    .replace(/evaluator workbook/g, 'disclosure workbook')
    .replace(/their scores and reasons/g, 'their sites')
    .replace(/the evaluator/g, 'the supplier');
}

const SEND_FRESH_COPY = 'Export a new disclosure workbook for the supplier and have it filled in.';

export async function readDisclosureWorkbook(bytes: Uint8Array, context: DisclosureReadContext): Promise<DisclosureReading> {
  const warnings: WorkbookProblem[] = [];
  const refuse = (message: string): DisclosureReading => ({ ok: false, problems: [{ message: inSupplierTerms(message) }], warnings });

  if (bytes.length > MAX_WORKBOOK_BYTES) return refuse(workbookTooLargeMessage(bytes.length));
  const zip = inspectWorkbookZip(bytes, CONTENT_LIMITS);
  if (!zip.ok) return refuse(zip.message);
  const contentTypes = unzipSync(bytes, { filter: (file) => file.name === '[Content_Types].xml' })['[Content_Types].xml'];
  const risky = riskyContentMessage(zip.names, contentTypes ? Buffer.from(contentTypes).toString('utf8') : '');
  if (risky) return refuse(risky);

  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(
      `The workbook is damaged and cannot be read (${detail.slice(0, 200)}). Ask the supplier to open it in Excel and save it again as .xlsx.`,
    );
  }

  // ---- identity ----
  const sheet = wb.getWorksheet(DISCLOSURE_SHEETS.identity);
  const info = new Map<string, string>();
  for (let row = 1; sheet && row <= IDENTITY_KEYS.length + 5; row += 1) {
    const key = textOf(readCell(sheet.getCell(row, 1)));
    if (key) info.set(key, textOf(readCell(sheet.getCell(row, 2))));
  }
  const get = (key: IdentityKey) => info.get(key) ?? '';
  if (get('format') !== DISCLOSURE_FORMAT) {
    if (wb.getWorksheet(FORM_SHEETS.meta)) {
      return refuse(
        'This is a supplier response form (the answers to a round’s questions), not a factory disclosure workbook. Import it on the Questions screen, under the rounds and response forms.',
      );
    }
    // An evaluator workbook names its Scoring sheet in its own language; its hidden sheet is always "Tenderwright".
    const evaluator = wb.getWorksheet('Scoring') !== undefined || wb.getWorksheet('Tenderwright') !== undefined;
    return refuse(
      evaluator
        ? 'This is an evaluator’s scoring workbook, not a factory disclosure workbook. Import the disclosure workbook the supplier filled in.'
        : `This is not a disclosure workbook exported for this contract, or its hidden identity sheet was removed, so it cannot be matched to the supplier. ${SEND_FRESH_COPY}`,
    );
  }
  const signed = checkDisclosureSignature(context.signingKey, {
    signingKeyId: get('signingKeyId'),
    signedIdentity: get('signedIdentity'),
    signature: get('signature'),
  });
  if (!signed.ok) return refuse(signed.message);
  const { issued } = signed;
  if (get('tenderId') !== issued.tenderId || get('supplierId') !== issued.supplierId) {
    return refuse(
      `This disclosure workbook was changed after it was exported: it was issued to ${quote(issued.supplierName)}, but its hidden identity now says otherwise. Import the workbook as exported, or export a new one.`,
    );
  }
  if (issued.tenderId !== context.tenderId) {
    return refuse(
      `This disclosure workbook was issued for another tender (${quote(issued.tenderTitle)}), not for ${quote(context.tenderTitle)}. Import it on that tender’s supplier page.`,
    );
  }
  if (issued.supplierId !== context.supplierId) {
    const who = context.nameOf(issued.supplierId) || issued.supplierName;
    return refuse(
      `This disclosure workbook was issued to ${quote(who)}, not to ${quote(context.supplierName)}. Import it on ${quote(who)}’s page, or export a workbook for ${quote(context.supplierName)}.`,
    );
  }

  // ---- the sites ----
  const sites = wb.getWorksheet(DISCLOSURE_SHEETS.sites);
  if (!sites) {
    return refuse(
      `The sheet ${quote(DISCLOSURE_SHEETS.sites)} is missing; it was renamed or deleted. Rename it back, or ${SEND_FRESH_COPY.toLowerCase()}`,
    );
  }
  const headerProblems: WorkbookProblem[] = [];
  SITE_COLUMNS.forEach((c, i) => {
    const at = `${DISCLOSURE_SHEETS.sites}!${addr(i + 1, SITES_HEADER_ROW)}`;
    const found = textOf(readCell(sites.getCell(SITES_HEADER_ROW, i + 1)));
    if (found !== c.header) {
      headerProblems.push({
        cell: at,
        message: `${at}: expected the header ${quote(c.header)} but found ${found ? quote(found) : 'an empty cell'}; columns were inserted, deleted or moved.`,
      });
    }
  });
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems, warnings };
  if (!(sites as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet) {
    warnings.push({
      message: `The protection of the sheet ${quote(DISCLOSURE_SHEETS.sites)} was removed; its headers were checked instead.`,
    });
  }

  const read = readSiteRows(sites);
  warnings.push(...read.warnings);
  if (read.problems.length > 0) return { ok: false, problems: read.problems, warnings };
  if (read.sites.length === 0) {
    return refuse(
      `The Sites sheet lists no sites: every row is empty. Ask the supplier to fill in one row per site and send the workbook again.`,
    );
  }
  return { ok: true, sites: read.sites, issued, warnings };
}
