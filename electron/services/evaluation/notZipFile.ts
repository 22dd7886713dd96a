/**
 * Names a file that is not a zip archive for what it is (an older Office file, a PDF, a web page, a
 * CSV, a saved email...), so the evaluator knows what to send instead of it.
 */

export function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/**
 * The stream names of an OLE compound file (.xls, .doc, .msg, an encrypted .xlsx). Directory
 * entries are 128 bytes, aligned to 128 in the file: a UTF-16 name, its byte length at +64 and the
 * entry type (1 storage, 2 stream, 5 root) at +66. Reading every aligned slot that looks like one is
 * enough to tell the kinds apart, without walking the allocation tables.
 */
function compoundFileNames(bytes: Uint8Array): Set<string> {
  const names = new Set<string>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    const length = view.getUint16(at + 64, true);
    const type = bytes[at + 66];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    if (view.getUint16(at + length - 2, true) !== 0) continue;
    const codes: number[] = [];
    for (let i = 0; i < length - 2; i += 2) codes.push(view.getUint16(at + i, true));
    // Some streams start with a control character ("\u0006DataSpaces"); the rest is plain ASCII.
    if (codes[0]! < 0x20) codes.shift();
    if (codes.length > 0 && codes.every((c) => c >= 0x20 && c <= 0x7e)) names.add(String.fromCharCode(...codes));
  }
  return names;
}

function compoundFileMessage(bytes: Uint8Array): string {
  const names = compoundFileNames(bytes);
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) {
    return 'The workbook is protected by a password to open it (or encrypted by a sensitivity label), so it cannot be read. Ask the evaluator to remove the password (in Excel: File > Info > Protect Workbook > Encrypt with Password, and clear it), save it and send it again.';
  }
  if (names.has('Workbook') || names.has('Book')) {
    return 'This is an Excel 97-2003 workbook (.xls), not the .xlsx workbook Tenderwright exported. Ask the evaluator to open it in Excel and save it as an Excel Workbook (.xlsx).';
  }
  if (names.has('WordDocument')) return 'This is a Word 97-2003 document (.doc), not an Excel workbook.';
  if (names.has('PowerPoint Document')) return 'This is a PowerPoint 97-2003 presentation (.ppt), not an Excel workbook.';
  if ([...names].some((n) => n.startsWith('__substg1.0_'))) {
    return 'This is an Outlook email message (.msg), not an Excel workbook. Open the email, save the attached workbook, and import that.';
  }
  return 'This is not an Excel workbook in the .xlsx format: it is an older Office file (for example Excel 97-2003 .xls) or a password-protected workbook. Open it, remove any password and save it as .xlsx.';
}

/** Names the kinds of text file an evaluator may send by mistake; undefined for anything else. */
function textFileMessage(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return undefined;
  let text = new TextDecoder('utf-8').decode(head).replace(/^\ufeff/, '');
  const isControl = (code: number) => (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0xfffd;
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) if (isControl(text.charCodeAt(i))) controls += 1;
  if (controls > text.length * 0.05) return undefined;
  text = text.trimStart();
  const lower = text.slice(0, 2000).toLowerCase();
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html') || /^<(table|meta|head|body)\b/.test(lower)) {
    return 'This is a web page (HTML), not an Excel workbook, even if its name ends in .xlsx or .xls: some systems save tables that way. Import the .xlsx workbook Tenderwright exported, filled in and saved in Excel.';
  }
  if (lower.startsWith('<?xml')) {
    if (lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
      return 'This is an Excel 2003 XML spreadsheet, not an .xlsx workbook. Ask the evaluator to open it in Excel and save it as an Excel Workbook (.xlsx).';
    }
    return 'This is an XML text file, not an Excel workbook.';
  }
  if (
    /^(from|received|return-path|mime-version|message-id|date|to|subject): /i.test(text) &&
    /^mime-version: /im.test(text.slice(0, 20000))
  ) {
    return 'This is a saved email message, not an Excel workbook. Open the email, save the attached workbook, and import that.';
  }
  const lines = text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, 50);
  for (const separator of [',', ';', '\t']) {
    const withIt = lines.filter((line) => line.includes(separator)).length;
    if (lines.length >= 2 && withIt >= Math.ceil(lines.length / 2)) {
      return 'This is a CSV text file, not an Excel workbook: saving as CSV keeps only one sheet’s values and drops what ties the file to this tender. Import the .xlsx workbook Tenderwright exported, filled in and saved as an Excel Workbook.';
    }
  }
  return undefined;
}

/** Names the kind of a file that is not a zip archive, for the message. */
export function notZipMessage(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'The file is empty; it is not an Excel workbook.';
  if (startsWith(bytes, CFB_SIGNATURE)) return compoundFileMessage(bytes);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'This is a PDF document, not an Excel workbook.';
  if (bytes.every((b) => b === 0)) {
    return 'The file holds nothing but zero bytes: it was not fully downloaded, copied or synchronised. Ask the evaluator to send it again.';
  }
  return textFileMessage(bytes) ?? 'This is not an Excel workbook: an .xlsx file is a zip archive, and this file is not one.';
}
