/**
 * The XML inside a workbook, checked from its bytes before any spreadsheet library parses it.
 *
 * exceljs builds an object for every cell, row, shared string and style it reads, and it expands
 * every merged range, data-validation range and defined name cell by cell: a few hundred bytes
 * such as <mergeCell ref="A1:XFD1048576"/> or <col min="1" max="2000000000"/> keep it busy for
 * hours. So the zip guard hands every XML part to `scanXmlPart`, which walks the tags once (no
 * tree, nothing kept) and refuses, with a message naming the part:
 *   - text that is not UTF-8 (what Excel writes; exceljs would misread anything else),
 *   - any document type declaration (<!DOCTYPE, <!ENTITY: the door to "billion laughs" entity
 *     expansion and to external entities that reach files or the network; Excel never writes one),
 *   - nesting deeper than any Excel file,
 *   - more elements, cells, rows or shared strings than the lot's workbook could plausibly hold,
 *   - columns past Excel's last one, and ranges (merges, validations, names) covering more cells
 *     than that cap.
 * Counting stops at the first cap passed, so the scan itself is bounded by the caps too.
 */
import { isUtf8 } from 'node:buffer';

/** Excel's own sheet limits (XFD, 1,048,576). */
export const EXCEL_MAX_COLUMN = 16_384;
export const EXCEL_MAX_ROW = 1_048_576;
/** Excel's files nest their XML about ten levels deep (charts and drawings a few more). */
export const MAX_XML_DEPTH = 64;

export interface ContentLimits {
  /** Cells, rows, shared strings, and cells covered by merges, validations and names, each at most this many. */
  cells: number;
  /** XML elements across all parts. */
  elements: number;
  /** Roughly how many cells the expected workbook has, for the messages. */
  expectedCells: number;
}

/** What the scan of one workbook has counted so far; shared by all its parts. */
export interface ContentTally {
  elements: number;
  strings: number;
}

export const newTally = (): ContentTally => ({ elements: 0, strings: 0 });

/** Where a finding is, for the message ("the sheet “Scoring”"): a sheet name when the part is a worksheet. */
export type PartLabel = (part: string) => string;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const number = (n: number) => n.toLocaleString('en-GB');

/** The XML parts of a workbook: everything exceljs reads as text and parses. */
export const isXmlPart = (name: string) => /\.(xml|rels|vml)$/i.test(name);

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Column letters to a number: A -> 1, XFD -> 16384 (Infinity when longer than any column). */
function columnNumber(letters: string): number {
  if (letters.length > 3) return Infinity;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

// A cell or range reference, not the tail of a longer word ("Sheet1" is no cell "EET1").
const RANGE = /(?<![A-Za-z0-9_.])\$?([A-Za-z]{1,4})\$?(\d{1,9})(?::\$?([A-Za-z]{1,4})\$?(\d{1,9}))?(?![A-Za-z0-9_(])/g;

/** Cells covered by the A1-style ranges in `text` ("A1:B2 D4" -> 5), Infinity past Excel's limits. */
export function rangeArea(text: string): number {
  let area = 0;
  for (const match of text.matchAll(RANGE)) {
    const left = columnNumber(match[1]!);
    const top = Number(match[2]);
    const right = match[3] ? columnNumber(match[3]) : left;
    const bottom = match[4] ? Number(match[4]) : top;
    if (Math.max(left, right) > EXCEL_MAX_COLUMN || Math.max(top, bottom) > EXCEL_MAX_ROW || Math.min(top, bottom) < 1) return Infinity;
    area += (Math.abs(right - left) + 1) * (Math.abs(bottom - top) + 1);
  }
  return area;
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2]) : undefined;
}

/** The declared encoding of an XML text, if its declaration names one. */
function declaredEncoding(data: Buffer): string | undefined {
  const head = data.toString('latin1', 0, Math.min(data.length, 200));
  if (!head.startsWith('<?xml') && !head.startsWith('\ufeff<?xml') && !head.startsWith('\xef\xbb\xbf<?xml')) return undefined;
  return /encoding\s*=\s*["']([^"']+)["']/.exec(head.slice(0, head.indexOf('?>') + 1 || undefined))?.[1];
}

function encodingProblem(data: Buffer): string | undefined {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return 'it is written in UTF-16';
  const declared = declaredEncoding(data);
  if (declared && !/^utf-?8$/i.test(declared)) return `it declares the encoding “${declared.slice(0, 40)}”`;
  if (!isUtf8(data)) return 'it holds bytes that are not valid UTF-8 text, for example accented letters saved in another encoding';
  return undefined;
}

/**
 * Checks one XML part. Returns the message for the first problem found, or undefined. `tally` carries
 * the counts that are capped per workbook across parts.
 */
export function scanXmlPart(
  part: string,
  bytes: Uint8Array,
  limits: ContentLimits,
  tally: ContentTally,
  label: PartLabel,
): string | undefined {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const where = `the workbook’s part “${part}”`;
  const encoding = encodingProblem(data);
  if (encoding) {
    return `The workbook was changed by another program or is damaged: ${where} is not in the UTF-8 text encoding that Excel writes (${encoding}), so it was not read. Ask the evaluator to open the workbook in Excel and save it again as .xlsx.`;
  }
  const about = `an evaluator workbook for this lot has about ${number(limits.expectedCells)} cells in all`;
  const tooMuch = (what: string) =>
    `${what.charAt(0).toUpperCase()}${what.slice(1)}; ${about}, so the file was not read. Ask the evaluator for the workbook as Tenderwright exported it, with only the yellow cells filled in.`;
  const worksheet = isWorksheet(part);
  const sharedStrings = /^xl\/sharedStrings\.xml$/i.test(part);
  const workbook = /^xl\/workbook\.xml$/i.test(part);
  let cells = 0;
  let rows = 0;
  let area = 0;
  let depth = 0;
  const length = data.length;
  let at = data.indexOf(LT);
  while (at !== -1) {
    const next = data[at + 1];
    if (next === SLASH) {
      depth -= 1;
      at = data.indexOf(LT, at + 2);
      continue;
    }
    if (next === QUESTION) {
      const end = data.indexOf('?>', at + 2, 'latin1');
      at = end === -1 ? -1 : data.indexOf(LT, end + 2);
      continue;
    }
    if (next === BANG) {
      const comment = data.toString('latin1', at, at + 4) === '<!--';
      const cdata = !comment && data.toString('latin1', at, at + 9) === '<![CDATA[';
      if (!comment && !cdata) {
        return `The workbook was not opened: ${where} contains a document type declaration (“${data.toString('latin1', at, at + 9)}…”). Excel never writes one, and it is the way XML is used to attack the program that reads it (entities that expand to gigabytes, or that fetch files and web addresses). Ask the evaluator for the workbook as Tenderwright exported it.`;
      }
      const end = data.indexOf(comment ? '-->' : ']]>', at + 4, 'latin1');
      at = end === -1 ? -1 : data.indexOf(LT, end + 3);
      continue;
    }
    // An element: its name, then the end of its tag (quoted attribute values may hold ">").
    let nameEnd = at + 1;
    while (nameEnd < length) {
      const b = data[nameEnd]!;
      if (b === GT || b === SLASH || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) break;
      nameEnd += 1;
    }
    let end = nameEnd;
    let quote = 0;
    while (end < length) {
      const b = data[end]!;
      if (quote) {
        if (b === quote) quote = 0;
      } else if (b === DQUOTE || b === SQUOTE) quote = b;
      else if (b === GT) break;
      end += 1;
    }
    if (end >= length) break; // cut short: exceljs reports the damage
    const selfClosing = data[end - 1] === SLASH;
    if (!selfClosing) {
      depth += 1;
      if (depth > MAX_XML_DEPTH) {
        return `The workbook was not opened: ${where} nests its contents more than ${MAX_XML_DEPTH} levels deep, which no Excel file does; it is damaged or was made to overload the program reading it. Ask the evaluator for the workbook as Tenderwright exported it.`;
      }
    }
    tally.elements += 1;
    if (tally.elements > limits.elements)
      return tooMuch(
        `The workbook holds more than ${number(limits.elements)} XML elements (the building blocks of its sheets, styles and texts)`,
      );
    const qualified = data.toString('latin1', at + 1, nameEnd);
    const name = qualified.slice(qualified.indexOf(':') + 1);
    if (worksheet) {
      if (name === 'c') {
        cells += 1;
        if (cells > limits.cells) return tooMuch(`${label(part)} holds more than ${number(limits.cells)} cells`);
      } else if (name === 'row') {
        rows += 1;
        if (rows > limits.cells) return tooMuch(`${label(part)} holds more than ${number(limits.cells)} rows`);
      } else if (name === 'col') {
        const tag = data.toString('utf8', nameEnd, end);
        const min = Number(attribute(tag, 'min'));
        const max = Number(attribute(tag, 'max'));
        if (!(Number.isInteger(min) && Number.isInteger(max) && min >= 1 && min <= max && max <= EXCEL_MAX_COLUMN)) {
          return `The workbook was not opened: ${label(part)} sets out columns ${attribute(tag, 'min') ?? '?'} to ${attribute(tag, 'max') ?? '?'}, past Excel’s last column (XFD, number ${number(EXCEL_MAX_COLUMN)}); no Excel file does, so it is damaged or was made to overload the program reading it.`;
        }
      } else if (name === 'mergeCell' || name === 'dataValidation') {
        const tag = data.toString('utf8', nameEnd, end);
        const ref = attribute(tag, name === 'mergeCell' ? 'ref' : 'sqref') ?? '';
        area += rangeArea(ref);
        if (area > limits.cells) {
          const what = name === 'mergeCell' ? 'merged cells' : 'data validation';
          return tooMuch(`${label(part)} has ${what} over ranges covering more than ${number(limits.cells)} cells (“${ref.slice(0, 60)}”)`);
        }
      }
    } else if (sharedStrings && name === 'si') {
      tally.strings += 1;
      if (tally.strings > limits.cells)
        return tooMuch(`The workbook holds more than ${number(limits.cells)} different texts (shared strings)`);
    } else if (workbook && name === 'definedName' && !selfClosing) {
      const close = data.indexOf(LT, end + 1);
      const text = data.toString('utf8', end + 1, close === -1 ? length : close);
      area += rangeArea(text);
      if (area > limits.cells)
        return tooMuch(`The workbook names ranges covering more than ${number(limits.cells)} cells (“${text.slice(0, 60)}”)`);
    }
    at = data.indexOf(LT, end + 1);
  }
  return undefined;
}
