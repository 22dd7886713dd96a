/**
 * Turns a docx Document into bytes that depend only on the document and the export date:
 * - docProps/core.xml: created and modified are the export date (docx writes the current time);
 * - word/document.xml: the table of contents' bookmarks are renumbered from 1 (docx draws them from a
 *   counter shared by every document built in the process);
 * - the zip: entries in docx's order, each stamped with the export date, compressed the same way.
 *
 * fflate (which docx zips with) does the unzip and zip synchronously: JSZip's chunked, timer-driven
 * pipeline took 2-3 times as long for the same work on a large tender pack (see the export benchmark, docs/benchmarks.md).
 */
import { Packer, type Document } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Midnight UTC of the export date, as written into core.xml. */
export function exportTimestamp(exportDate: string): string {
  return `${exportDate}T00:00:00Z`;
}

/**
 * The export date at midnight as the zip entries' time. Zip times have no time zone and fflate writes
 * the local fields of a Date, so the Date is made from local fields: every machine writes the same bytes.
 */
function zipTime(exportDate: string): Date {
  const [year, month, day] = exportDate.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day);
}

function fixCoreDates(xml: string, stamp: string): string {
  return xml.replace(
    /<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">[^<]*<\/dcterms:\1>/g,
    (_match, which: string) => `<dcterms:${which} xsi:type="dcterms:W3CDTF">${stamp}</dcterms:${which}>`,
  );
}

/**
 * Renumbers the `_Toc<n>` bookmarks and their ids in order of appearance. Only markup is touched: user
 * text cannot contain a raw "<", so it never matches these element and attribute patterns. One pass
 * over the document: a large pack's document.xml is a few megabytes.
 */
export function renumberBookmarks(xml: string): string {
  const names = new Map<string, number>();
  const nameOf = (n: string) => {
    if (!names.has(n)) names.set(n, names.size + 1);
    return `_Toc${names.get(n)}`;
  };
  const ids = new Map<string, number>();
  const idOf = (n: string) => {
    if (!ids.has(n)) ids.set(n, ids.size + 1);
    return String(ids.get(n));
  };
  return xml.replace(
    /<w:bookmarkStart w:name="_Toc(\d+)" w:id="(\d+)"\/>|<w:bookmarkEnd w:id="(\d+)"\/>|<w:hyperlink w:history="1" w:anchor="_Toc(\d+)">|<w:instrText xml:space="preserve">PAGEREF _Toc(\d+) \\h<\/w:instrText>/g,
    (match, startName?: string, startId?: string, endId?: string, linkName?: string, refName?: string) => {
      if (startName !== undefined) return `<w:bookmarkStart w:name="${nameOf(startName)}" w:id="${idOf(startId!)}"/>`;
      if (endId !== undefined) return `<w:bookmarkEnd w:id="${idOf(endId)}"/>`;
      if (linkName !== undefined) return `<w:hyperlink w:history="1" w:anchor="${nameOf(linkName)}">`;
      if (refName !== undefined) return `<w:instrText xml:space="preserve">PAGEREF ${nameOf(refName)} \\h</w:instrText>`;
      return match;
    },
  );
}

/** The document as .docx bytes, identical for the same document and export date. */
export async function packDocx(document: Document, exportDate: string): Promise<Buffer> {
  const stamp = exportTimestamp(exportDate);
  const options = { mtime: zipTime(exportDate), level: 6 as const };
  const source = unzipSync(await Packer.toBuffer(document));
  const out: Zippable = {};
  // Object keys keep insertion order for these (non-numeric) paths, so docx's entry order is kept.
  for (const [name, data] of Object.entries(source)) {
    if (name.endsWith('/')) continue;
    if (name === 'docProps/core.xml') out[name] = [strToU8(fixCoreDates(strFromU8(data), stamp)), options];
    else if (name === 'word/document.xml') out[name] = [strToU8(renumberBookmarks(strFromU8(data))), options];
    else out[name] = [data, options];
  }
  const zipped = zipSync(out);
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
