/**
 * Checks made from the zip itself, after zipGuard has vouched for the archive and before exceljs
 * parses the whole workbook: what no evaluator workbook may carry (macros, links to other files,
 * embedded objects), and the identity on the hidden information sheet, read from its XML, so a
 * workbook from another tender or lot is refused without the cost of a full parse.
 */
import { unzipSync } from 'fflate';
import type { Lot, Tender } from '@shared/model/tender';
import { EVALUATOR_FORMAT, EVALUATOR_FORMAT_VERSION, SHEETS, type MetaKey } from './evaluatorWorkbook';
import type { WorkbookSigningKey } from './signingKey';
import { checkWorkbookSignature, issueeNamesIn, type SignatureCheck } from './workbookSignature';

export interface IdentityContext {
  tender: Tender;
  lot: Lot;
  /** The workspace's key; without one, every workbook is refused as signed elsewhere. */
  signingKey?: WorkbookSigningKey;
}

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;

const SEND_CLEAN_COPY =
  'Ask the evaluator to copy their scores and reasons into a fresh copy of the workbook exported for them, save it as an Excel Workbook (.xlsx) and send it again.';

/** A sentence naming what an evaluator workbook never holds, or undefined when there is none of it. */
export function riskyContentMessage(names: readonly string[], contentTypes: string): string | undefined {
  const lower = names.map((name) => name.toLowerCase());
  if (lower.some((name) => name.endsWith('vbaproject.bin')) || /macroEnabled|vbaProject/i.test(contentTypes)) {
    return `The workbook was not opened: it contains macros (it was saved as a macro-enabled workbook), which an evaluator workbook never has and which could run code on this computer. ${SEND_CLEAN_COPY}`;
  }
  if (lower.some((name) => name.startsWith('xl/externallinks/')) || /externalLink/i.test(contentTypes)) {
    return `The workbook was not opened: it links to other files (external references to another workbook), so some of its values could come from outside it. ${SEND_CLEAN_COPY}`;
  }
  const embedded = lower.some(
    (name) =>
      name.startsWith('xl/embeddings/') || name.startsWith('xl/activex/') || /(^|\/)oleobject[^/]*$/.test(name) || name.endsWith('.ole'),
  );
  if (embedded || /oleObject|activeX/i.test(contentTypes)) {
    return `The workbook was not opened: it contains embedded objects (another document, a control or an object pasted into it), which an evaluator workbook never has. ${SEND_CLEAN_COPY}`;
  }
  return undefined;
}

// ---- the hidden information sheet, from its XML ----------------------------------------------

const decodeXml = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);

/** The text of an <si> or <is> element: its <t> runs, joined (rich text has several). */
const runsText = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1]!)).join('');

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The part of the sheet named `sheetName`, from workbook.xml and its relationships. */
function sheetPart(workbookXml: string, relsXml: string, sheetName: string): string | undefined {
  for (const [tag] of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    if (decodeXml(attribute(tag, 'name') ?? '') !== sheetName) continue;
    const id = /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1];
    for (const [rel] of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (attribute(rel, 'Id') !== id) continue;
      const target = attribute(rel, 'Target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    }
  }
  return undefined;
}

/** Cell texts by address ("A1"), as a reader of the values would see them; formulas are ignored. */
function sheetCells(sheetXml: string, sharedStrings: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const match of sheetXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = match[1]!;
    const body = match[2] ?? '';
    const address = attribute(attrs, 'r');
    if (!address || /<f[\s>/]/.test(body)) continue;
    const type = attribute(attrs, 't');
    const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    let text: string | undefined;
    if (type === 's') text = value === undefined ? undefined : sharedStrings[Number(value)];
    else if (type === 'inlineStr') text = runsText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
    else if (value !== undefined) text = decodeXml(value);
    if (text !== undefined) cells.set(address, text.trim());
  }
  return cells;
}

/**
 * The key/value pairs of the hidden information sheet (keys in column A, values in column B), or
 * undefined when the workbook has no such sheet.
 */
export function readMetadataFromZip(bytes: Uint8Array): Map<string, string> | undefined {
  const wanted = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml']);
  const text = (data: Uint8Array | undefined) => (data ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8') : '');
  const first = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
  const part = sheetPart(text(first['xl/workbook.xml']), text(first['xl/_rels/workbook.xml.rels']), SHEETS.meta);
  if (!part) return undefined;
  const sheet = text(unzipSync(bytes, { filter: (file) => file.name === part })[part]);
  if (!sheet) return undefined;
  const shared = [...text(first['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runsText(m[1]!));
  const cells = sheetCells(sheet, shared);
  const info = new Map<string, string>();
  for (const [address, key] of cells) {
    const row = /^A(\d+)$/.exec(address)?.[1];
    if (row && key) info.set(key, cells.get(`B${row}`) ?? '');
  }
  return info;
}

/** The workspace's signature checked against the identity cells as they are now. */
export function signatureCheckOf(
  get: (key: MetaKey) => string,
  { tender, signingKey }: Pick<IdentityContext, 'tender' | 'signingKey'>,
): SignatureCheck {
  return checkWorkbookSignature(
    signingKey,
    { signingKeyId: get('signingKeyId'), signedIdentity: get('signedIdentity'), signature: get('signature') },
    {
      tenderId: get('tenderId'),
      lotId: get('lotId'),
      evaluatorId: get('evaluatorId'),
      tenderRevision: get('tenderRevision'),
      setupChecksum: get('setupChecksum'),
    },
    issueeNamesIn(tender),
  );
}

/**
 * Whether the hidden information says the workbook is ours, of a format this version reads, and for
 * this tender and lot: a refusal sentence, or undefined when it is. The same checks run on the
 * values read from the zip and on those exceljs reads.
 */
export function identityProblem(get: (key: MetaKey) => string, { tender, lot, signingKey }: IdentityContext): string | undefined {
  if (get('format') !== EVALUATOR_FORMAT) {
    return 'This workbook’s hidden information sheet is not one Tenderwright wrote, so the file cannot be matched to this tender. Import the workbook Tenderwright exported for the evaluator.';
  }
  const formatVersion = Number(get('formatVersion'));
  if (!Number.isInteger(formatVersion) || formatVersion < 1)
    return 'This workbook’s format version is unreadable; it may have been edited.';
  if (formatVersion > EVALUATOR_FORMAT_VERSION) {
    return `This workbook was made by a newer version of Tenderwright (format ${formatVersion}; this version reads format ${EVALUATOR_FORMAT_VERSION}). Update Tenderwright, or export a new workbook from this one.`;
  }
  // Before the identity is trusted for anything: who it was issued to is what the signature says.
  const signed = signatureCheckOf(get, { tender, signingKey });
  if (!signed.ok) return signed.message;
  if (get('tenderId') !== tender.id) {
    const other = get('tenderTitle');
    return `This workbook belongs to another tender${other ? ` (${quote(other)})` : ''}, not to ${quote(tender.title)}. Import it into that tender.`;
  }
  if (get('lotId') !== lot.id) {
    const right = tender.lots.find((l) => l.id === get('lotId'));
    return right
      ? `This workbook is for the lot ${quote(right.title)}, not for ${quote(lot.title)}. Import it on that lot.`
      : `This workbook is for a lot (${quote(get('lotTitle') || get('lotId'))}) that is no longer in this tender.`;
  }
  return undefined;
}

/**
 * The checks made from the zip before the full parse: a refusal sentence, or undefined to go on.
 * A workbook without the hidden sheet goes on: the full reading names what it is instead.
 */
export function precheckWorkbook(bytes: Uint8Array, names: readonly string[], context: IdentityContext): string | undefined {
  const contentTypes = unzipSync(bytes, { filter: (file) => file.name === '[Content_Types].xml' })['[Content_Types].xml'];
  const risky = riskyContentMessage(names, contentTypes ? Buffer.from(contentTypes).toString('utf8') : '');
  if (risky) return risky;
  const info = readMetadataFromZip(bytes);
  if (!info) return undefined;
  return identityProblem((key) => info.get(key) ?? '', context);
}
