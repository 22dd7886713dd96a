/**
 * Turns a docx Document into bytes that depend only on the document and the export date:
 * - docProps/core.xml: created and modified are the export date (docx writes the current time);
 * - word/document.xml: the table of contents' bookmarks are renumbered from 1 (docx draws them from a
 *   counter shared by every document built in the process);
 * - the zip: entries in docx's order, each stamped with the export date, compressed the same way.
 */
import { Packer, type Document } from 'docx';
import JSZip from 'jszip';

export { DOCX_MIME } from '../mime';

/** Midnight UTC of the export date, as written into core.xml. */
export function exportTimestamp(exportDate: string): string {
  return `${exportDate}T00:00:00Z`;
}

function fixCoreDates(xml: string, stamp: string): string {
  return xml.replace(
    /<dcterms:(created|modified) xsi:type="dcterms:W3CDTF">[^<]*<\/dcterms:\1>/g,
    (_match, which: string) => `<dcterms:${which} xsi:type="dcterms:W3CDTF">${stamp}</dcterms:${which}>`,
  );
}

/**
 * Renumbers the `_Toc<n>` bookmarks and their ids in order of appearance. Only markup is touched: user
 * text cannot contain a raw "<", so it never matches these element and attribute patterns.
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
  return xml
    .replace(/<w:bookmarkStart w:name="_Toc(\d+)" w:id="(\d+)"\/>/g, (_m, name: string, id: string) => `<w:bookmarkStart w:name="${nameOf(name)}" w:id="${idOf(id)}"/>`)
    .replace(/<w:bookmarkEnd w:id="(\d+)"\/>/g, (_m, id: string) => `<w:bookmarkEnd w:id="${idOf(id)}"/>`)
    .replace(/<w:hyperlink w:history="1" w:anchor="_Toc(\d+)">/g, (_m, name: string) => `<w:hyperlink w:history="1" w:anchor="${nameOf(name)}">`)
    .replace(/<w:instrText xml:space="preserve">PAGEREF _Toc(\d+) \\h<\/w:instrText>/g, (_m, name: string) => `<w:instrText xml:space="preserve">PAGEREF ${nameOf(name)} \\h</w:instrText>`);
}

/** The document as .docx bytes, identical for the same document and export date. */
export async function packDocx(document: Document, exportDate: string): Promise<Buffer> {
  const stamp = exportTimestamp(exportDate);
  const date = new Date(stamp);
  const source = await JSZip.loadAsync(await Packer.toBuffer(document));
  const out = new JSZip();
  for (const [name, entry] of Object.entries(source.files)) {
    if (entry.dir) continue;
    if (name === 'docProps/core.xml') {
      out.file(name, fixCoreDates(await entry.async('string'), stamp), { date, createFolders: false });
    } else if (name === 'word/document.xml') {
      out.file(name, renumberBookmarks(await entry.async('string')), { date, createFolders: false });
    } else {
      out.file(name, await entry.async('uint8array'), { date, createFolders: false });
    }
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
