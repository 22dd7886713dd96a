/**
 * What a file is, checked from its bytes before any spreadsheet library reads it.
 *
 * An .xlsx is a zip archive. Before exceljs sees a file, this reads the zip's central directory
 * itself and refuses anything it cannot vouch for: encrypted or unusual entries, part names that
 * point outside the archive or that exceljs would mistake for another part, the same name twice,
 * sizes that do not add up, declared sizes beyond the caps, compression ratios of a zip bomb. It
 * then inflates every entry with an output cap equal to its declared size and checks its CRC, so a
 * lying directory cannot smuggle a bomb through either, and hands every XML part to xmlGuard.
 * Files that are not workbooks at all are named for what they are, so the evaluator knows what to
 * send instead.
 */
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';
import { notZipMessage, startsWith } from './notZipFile';
import { isXmlPart, newTally, scanXmlPart, type ContentLimits } from './xmlGuard';

/** Caps for an evaluator workbook; the files Tenderwright writes are a few tens of kilobytes. */
export const ZIP_LIMITS = {
  entries: 2000,
  /** Sum of the declared uncompressed sizes. */
  totalUncompressed: 64 * 1024 * 1024,
  entryUncompressed: 32 * 1024 * 1024,
  /** Above this size, an entry may not expand more than `ratio` times. */
  ratioFloor: 1024 * 1024,
  ratio: 200,
} as const;

/** The content caps used when the caller has no lot to size them from. */
export const DEFAULT_CONTENT_LIMITS: ContentLimits = { cells: 50_000, elements: 500_000, expectedCells: 1_000 };

export type ZipVerdict =
  { ok: true; names: string[] } | { ok: false; kind: 'not-zip' | 'corrupt' | 'unsafe' | 'wrong-type'; message: string };

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const ASK_AGAIN = 'Ask the evaluator to send the file again, or open it in Excel and save a fresh copy.';

// ---- the zip directory -----------------------------------------------------------------------

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (view.getUint32(at, true) === SIG_EOCD) return at;
  }
  return -1;
}

function readCentralDirectory(bytes: Uint8Array): CentralEntry[] | ZipVerdict {
  const corrupt = (detail: string): ZipVerdict => ({
    ok: false,
    kind: 'corrupt',
    message: `The workbook is damaged and cannot be read (${detail}). ${ASK_AGAIN}`,
  });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) return corrupt('the file is cut short');
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return corrupt('the zip directory at the end of the file is missing; the file is probably cut short');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return {
      ok: false,
      kind: 'unsafe',
      message: 'The file uses the zip64 format, which only very large archives need; an evaluator workbook never does, so it was not read.',
    };
  }
  if (count > ZIP_LIMITS.entries) {
    return {
      ok: false,
      kind: 'unsafe',
      message: `The file holds ${count.toLocaleString('en-GB')} parts; an evaluator workbook has a few dozen, so it was not read.`,
    };
  }
  if (offset + size > eocd) return corrupt('the zip directory points outside the file');
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== SIG_CENTRAL) return corrupt('an entry of the zip directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return corrupt('an entry name runs past the end of the file');
    entries.push({
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function crc32(data: Uint8Array): number {
  if (typeof zlibCrc32 === 'function') return zlibCrc32(data) >>> 0;
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

// ---- part names ------------------------------------------------------------------------------

/**
 * exceljs finds parts by unanchored patterns (xlsx.js: /xl\/worksheets\/sheet(\d+)[.]xml/ and the
 * like) and lets a later entry overwrite an earlier one, so "xl/worksheets/sheet3.xml.orig" would be
 * read as the Scoring sheet in place of the one Excel shows. A name that one of these patterns
 * finds must be exactly the part's own name.
 */
const EXCELJS_PART_PATTERNS = [
  /xl\/worksheets\/sheet(\d+)[.]xml/,
  /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/,
  /xl\/theme\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/,
  /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/,
  /xl\/(comments\d+)[.]xml/,
  /xl\/tables\/(table\d+)[.]xml/,
  /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/,
  /xl\/drawings\/(vmlDrawing\d+)[.]vml/,
] as const;

function namesProblem(entries: readonly CentralEntry[]): string | undefined {
  const seen = new Set<string>();
  for (const { name } of entries) {
    const shown = `“${name.length > 80 ? `${name.slice(0, 79)}…` : name}”`;
    const segments = name.split('/');
    const escapes = name.startsWith('/') || /^[A-Za-z]:/.test(name) || segments.includes('..') || segments.includes('.');
    if (escapes || name.includes('\\') || [...name].some((ch) => ch.charCodeAt(0) < 0x20) || name === '') {
      return `The workbook was not opened: it holds a part named ${shown}, which no Excel file has${escapes || name.includes('\\') ? ' (the name points outside the workbook, the trick of a file made to write elsewhere on the computer)' : ''}. Ask the evaluator for the workbook as Tenderwright exported it.`;
    }
    const key = name.toLowerCase();
    if (seen.has(key)) {
      return `The workbook was not opened: it holds two parts named ${shown}, which no Excel file has; a program reading it could take either one. Ask the evaluator for the workbook as Tenderwright exported it.`;
    }
    seen.add(key);
    const lookalike = EXCELJS_PART_PATTERNS.find((pattern) => pattern.test(name) && !new RegExp(`^(?:${pattern.source})$`).test(name));
    if (lookalike) {
      return `The workbook was not opened: it holds a part named ${shown}, which no Excel file has and which could be read in place of the real “${lookalike.exec(name)![0]}”. Ask the evaluator for the workbook as Tenderwright exported it.`;
    }
  }
  return undefined;
}

/** What a zip archive holds when it is not an .xlsx workbook; undefined when it looks like one. */
function wrongTypeMessage(names: readonly string[]): string | undefined {
  const has = (name: string) => names.includes(name);
  // Named by what the file really is, whatever its name ends in: a renamed file keeps its real type.
  if (has('word/document.xml'))
    return 'This file is a Word document (.docx), not an Excel workbook (.xlsx). Import the evaluator’s .xlsx scoring workbook instead.';
  if (has('ppt/presentation.xml'))
    return 'This file is a PowerPoint presentation (.pptx), not an Excel workbook (.xlsx). Import the evaluator’s .xlsx scoring workbook instead.';
  if (has('mimetype') && has('content.xml')) {
    return 'This is an OpenDocument file (for example .ods), not an Excel workbook. Open it and save it as .xlsx (Excel 2007-365).';
  }
  if (has('xl/workbook.bin')) return 'This is an Excel binary workbook (.xlsb). Open it and save it as an .xlsx workbook.';
  if (!has('xl/workbook.xml')) {
    const workbooks = names.filter((n) => /\.xls[xm]?$/i.test(n) && !n.startsWith('__MACOSX/'));
    if (workbooks.length > 0) {
      const listed = workbooks
        .slice(0, 3)
        .map((n) => `“${n.split('/').pop()}”`)
        .join(', ');
      return `This is a zip archive holding ${workbooks.length === 1 ? 'the workbook' : 'the workbooks'} ${listed}, not a workbook itself. Unzip it and import the workbook${workbooks.length === 1 ? '' : 's'} inside.`;
    }
    if (has('[Content_Types].xml') && names.some((n) => n.startsWith('xl/'))) {
      return `The workbook is damaged and cannot be read: its main part (xl/workbook.xml) is missing. ${ASK_AGAIN}`;
    }
    return 'This is a zip archive, not an Excel workbook.';
  }
  if (!has('[Content_Types].xml')) {
    return `The workbook is damaged and cannot be read: the list of its parts ([Content_Types].xml) that every .xlsx file holds is missing, so Excel would not open it either. ${ASK_AGAIN}`;
  }
  return undefined;
}

// ---- sheet names, for messages ---------------------------------------------------------------

const xmlText = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);

/** "the sheet “Scoring”" for xl/worksheets/sheet3.xml, read from workbook.xml and its relationships. */
function sheetLabels(read: (name: string) => Uint8Array | undefined): (part: string) => string {
  let byPart: Map<string, string> | undefined;
  return (part) => {
    if (!byPart) {
      byPart = new Map();
      const decode = (bytes: Uint8Array | undefined) =>
        bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : '';
      const targets = new Map<string, string>();
      for (const [tag] of decode(read('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b[^>]*>/g)) {
        const id = /\sId="([^"]*)"/.exec(tag)?.[1];
        const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
        if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
      }
      for (const [tag] of decode(read('xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)) {
        const name = /\sname="([^"]*)"/.exec(tag)?.[1];
        const id = /\s[\w]+:id="([^"]*)"/.exec(tag)?.[1];
        const target = id ? targets.get(id) : undefined;
        if (name && target) byPart.set(target, xmlText(name));
      }
    }
    const sheet = byPart.get(part);
    return sheet ? `the sheet “${sheet}”` : `the workbook’s part “${part}”`;
  };
}

// ---- the guard -------------------------------------------------------------------------------

/**
 * Checks that `bytes` is a sound, bounded .xlsx archive whose XML exceljs can read in bounded time
 * and memory. Nothing is kept; exceljs reads the file afterwards. `limits` size the content caps to
 * the workbook the caller expects.
 */
export function inspectWorkbookZip(bytes: Uint8Array, limits: ContentLimits = DEFAULT_CONTENT_LIMITS): ZipVerdict {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { ok: false, kind: 'not-zip', message: notZipMessage(bytes) };
  }
  const directory = readCentralDirectory(bytes);
  if (!Array.isArray(directory)) return directory;
  const corrupt = (name: string, detail: string): ZipVerdict => ({
    ok: false,
    kind: 'corrupt',
    message: `The workbook is damaged and cannot be read (${detail} in “${name}”). ${ASK_AGAIN}`,
  });

  let declaredTotal = 0;
  for (const entry of directory) {
    if (entry.flags & 0x1) {
      return {
        ok: false,
        kind: 'unsafe',
        message: 'The workbook is encrypted (password-protected). Open it, remove the password and save it again as .xlsx.',
      };
    }
    if (entry.method !== 0 && entry.method !== 8) {
      return {
        ok: false,
        kind: 'corrupt',
        message: `The workbook cannot be read: its part “${entry.name}” is compressed by a method Excel never uses (number ${entry.method}). ${ASK_AGAIN}`,
      };
    }
    declaredTotal += entry.uncompressedSize;
    const bomb =
      entry.uncompressedSize > ZIP_LIMITS.entryUncompressed ||
      declaredTotal > ZIP_LIMITS.totalUncompressed ||
      (entry.uncompressedSize > ZIP_LIMITS.ratioFloor && entry.uncompressedSize > ZIP_LIMITS.ratio * Math.max(1, entry.compressedSize));
    if (bomb) {
      return {
        ok: false,
        kind: 'unsafe',
        message:
          'The file would expand to far more data than any evaluator workbook holds (a “zip bomb” or a file that is not a Tenderwright workbook), so it was not opened.',
      };
    }
  }
  const unsafeName = namesProblem(directory);
  if (unsafeName) return { ok: false, kind: 'unsafe', message: unsafeName };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inflate = (entry: CentralEntry): Uint8Array | string => {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) return 'a damaged entry header';
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) return 'data that runs past the end of the file';
    const packed = bytes.subarray(start, end);
    let data: Uint8Array;
    try {
      data = entry.method === 0 ? packed : inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      return 'data that cannot be decompressed or is larger than declared';
    }
    if (data.length !== entry.uncompressedSize) return 'a size that does not match the zip directory';
    if (crc32(data) !== entry.crc) return 'a checksum error';
    return data;
  };
  const label = sheetLabels((name) => {
    const entry = directory.find((e) => e.name === name);
    const data = entry ? inflate(entry) : undefined;
    return typeof data === 'string' ? undefined : data;
  });
  // Damage is reported first, then what the file is, then what its XML holds.
  const tally = newTally();
  let contentProblem: string | undefined;
  for (const entry of directory) {
    const data = inflate(entry);
    if (typeof data === 'string') return corrupt(entry.name, data);
    if (contentProblem === undefined && isXmlPart(entry.name)) contentProblem = scanXmlPart(entry.name, data, limits, tally, label);
  }
  const names = directory.map((e) => e.name);
  const wrongType = wrongTypeMessage(names);
  if (wrongType) return { ok: false, kind: wrongType.startsWith('The workbook is damaged') ? 'corrupt' : 'wrong-type', message: wrongType };
  if (contentProblem) return { ok: false, kind: 'unsafe', message: contentProblem };
  return { ok: true, names };
}
