/**
 * What a file is, checked from its bytes before any spreadsheet library reads it.
 *
 * An .xlsx is a zip archive. Before exceljs sees a file, this reads the zip's central directory
 * itself, refuses anything it cannot vouch for (encrypted or unusual entries, sizes that do not add
 * up, declared sizes beyond the caps, compression ratios of a zip bomb), then inflates every entry
 * with an output cap equal to its declared size and checks its CRC, so a lying directory cannot
 * smuggle a bomb through either. Files that are not workbooks at all are named for what they are.
 */
import { crc32 as zlibCrc32, inflateRawSync } from 'node:zlib';

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

export type ZipVerdict =
  | { ok: true; names: string[] }
  | { ok: false; kind: 'not-zip' | 'corrupt' | 'unsafe' | 'wrong-type'; message: string };

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Names the kind of a file that is not a zip archive, for the message. */
function notZipMessage(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'The file is empty; it is not an Excel workbook.';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return 'This is not an Excel workbook in the .xlsx format: it is an older Office file (for example Excel 97-2003 .xls) or a password-protected workbook. Open it, remove any password and save it as .xlsx.';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'This is a PDF document, not an Excel workbook.';
  return 'This is not an Excel workbook: an .xlsx file is a zip archive, and this file is not one.';
}

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
    message: `The workbook is damaged and cannot be read (${detail}). Ask the evaluator to send the file again, or open it in Excel and save a fresh copy.`,
  });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) return corrupt('the file is cut short');
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) return corrupt('the zip directory at the end of the file is missing; the file is probably cut short');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    return { ok: false, kind: 'unsafe', message: 'The file uses the zip64 format, which only very large archives need; an evaluator workbook never does, so it was not read.' };
  }
  if (count > ZIP_LIMITS.entries) return { ok: false, kind: 'unsafe', message: `The file holds ${count} parts; an evaluator workbook has a few dozen, so it was not read.` };
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

/** Checks that `bytes` is a sound, bounded .xlsx archive. Nothing is kept; exceljs reads it afterwards. */
export function inspectWorkbookZip(bytes: Uint8Array): ZipVerdict {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { ok: false, kind: 'not-zip', message: notZipMessage(bytes) };
  }
  const directory = readCentralDirectory(bytes);
  if (!Array.isArray(directory)) return directory;
  const corrupt = (name: string, detail: string): ZipVerdict => ({
    ok: false,
    kind: 'corrupt',
    message: `The workbook is damaged and cannot be read (${detail} in “${name}”). Ask the evaluator to send the file again, or open it in Excel and save a fresh copy.`,
  });

  let declaredTotal = 0;
  for (const entry of directory) {
    if (entry.flags & 0x1) {
      return { ok: false, kind: 'unsafe', message: 'The workbook is encrypted (password-protected). Open it, remove the password and save it again as .xlsx.' };
    }
    if (entry.method !== 0 && entry.method !== 8) return corrupt(entry.name, `an unsupported compression method (${entry.method})`);
    declaredTotal += entry.uncompressedSize;
    const bomb =
      entry.uncompressedSize > ZIP_LIMITS.entryUncompressed ||
      declaredTotal > ZIP_LIMITS.totalUncompressed ||
      (entry.uncompressedSize > ZIP_LIMITS.ratioFloor && entry.uncompressedSize > ZIP_LIMITS.ratio * Math.max(1, entry.compressedSize));
    if (bomb) {
      return {
        ok: false,
        kind: 'unsafe',
        message: 'The file would expand to far more data than any evaluator workbook holds (a “zip bomb” or a file that is not a Tenderwright workbook), so it was not opened.',
      };
    }
  }

  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of directory) {
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) return corrupt(entry.name, 'a damaged entry header');
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) return corrupt(entry.name, 'data that runs past the end of the file');
    const packed = bytes.subarray(start, end);
    let data: Uint8Array;
    try {
      data = entry.method === 0 ? packed : inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      return corrupt(entry.name, 'data that cannot be decompressed or is larger than declared');
    }
    if (data.length !== entry.uncompressedSize) return corrupt(entry.name, 'a size that does not match the zip directory');
    if (crc32(data) !== entry.crc) return corrupt(entry.name, 'a checksum error');
  }

  const names = directory.map((e) => e.name);
  const has = (name: string) => names.includes(name);
  if (has('word/document.xml')) {
    return { ok: false, kind: 'wrong-type', message: 'This is a Word document (.docx), not an Excel workbook, even though its name may end in .xlsx.' };
  }
  if (has('ppt/presentation.xml')) return { ok: false, kind: 'wrong-type', message: 'This is a PowerPoint presentation, not an Excel workbook.' };
  if (has('mimetype') && has('content.xml')) {
    return { ok: false, kind: 'wrong-type', message: 'This is an OpenDocument file (for example .ods), not an Excel workbook. Open it and save it as .xlsx (Excel 2007-365).' };
  }
  if (has('xl/workbook.bin')) return { ok: false, kind: 'wrong-type', message: 'This is an Excel binary workbook (.xlsb). Open it and save it as an .xlsx workbook.' };
  if (!has('xl/workbook.xml')) return { ok: false, kind: 'wrong-type', message: 'This is a zip archive, not an Excel workbook.' };
  return { ok: true, names };
}
