/**
 * The one place that decides which characters of user text may reach a Word or Excel file, and what
 * the user is told when some of theirs cannot.
 *
 * XML 1.0 forbids the C0 controls other than tab, line feed and carriage return, U+FFFE, U+FFFF and
 * lone surrogates: one of them anywhere makes the whole file malformed, so they never reach a file.
 * Excel reads `_xHHHH_` in a cell's text as an escaped character, so a literal one in user text is
 * written as `_x005F_xHHHH_` (the escaped underscore) and Excel, LibreOffice and exceljs show it as typed.
 */

/** True for a code point XML 1.0 accepts (tab, line feed and carriage return are the only controls). */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Text with no character to drop and no "\r": the usual case, which needs no copy. */
const ALREADY_SAFE = /^[\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/**
 * Text that any XML 1.0 document can carry: the characters XML forbids are dropped and line ends
 * become "\n". Markup such as `<w:p>` or `]]>` stays as text: the document writer escapes it.
 */
export function xmlSafeText(text: string): string {
  if (ALREADY_SAFE.test(text)) return text;
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    // for..of walks code points; a lone surrogate comes through as one unit in 0xD800-0xDFFF.
    if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  }
  return out;
}

const OOXML_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/** A literal `_xHHHH_` kept literal in a spreadsheet: its underscore written as `_x005F_`. */
export function escapeSpreadsheetEscapes(text: string): string {
  return text.replace(OOXML_ESCAPE, '_x005F_$1');
}

/** Text for an Excel cell, prompt or header: XML-safe, with literal `_xHHHH_` kept literal. */
export function spreadsheetSafeText(text: string): string {
  return escapeSpreadsheetEscapes(xmlSafeText(text));
}

// ---------------------------------------------------------------------------------------------------
// At input time: what was removed or cut, in the user's words

export interface RemovedCharacters {
  /** Control characters (from other programs, terminals, PDFs) other than tab and line breaks. */
  controls: number;
  /** U+FFFE, U+FFFF and halves of broken character pairs: not characters at all. */
  nonCharacters: number;
}

/** Counts what xmlSafeText would drop from `text`. */
export function countRemovedCharacters(text: string): RemovedCharacters {
  const removed: RemovedCharacters = { controls: 0, nonCharacters: 0 };
  if (ALREADY_SAFE.test(text.replace(/\r/g, ''))) return removed;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (isXmlChar(code)) continue;
    if (code < 0x20) removed.controls += 1;
    else removed.nonCharacters += 1;
  }
  return removed;
}

const count = (n: number) => n.toLocaleString('en-GB');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** "2 invisible control characters were removed", or null when nothing was. */
export function removedCharactersMessage(removed: RemovedCharacters): string | null {
  const parts: string[] = [];
  if (removed.controls > 0) parts.push(plural(removed.controls, 'invisible control character', 'invisible control characters'));
  if (removed.nonCharacters > 0)
    parts.push(plural(removed.nonCharacters, 'broken or non-printing character', 'broken or non-printing characters'));
  if (parts.length === 0) return null;
  const total = removed.controls + removed.nonCharacters;
  return `${parts.join(' and ')} ${total === 1 ? 'was' : 'were'} removed: Word and Excel files cannot hold ${total === 1 ? 'it' : 'them'}.`;
}

export interface CleanedPaste {
  /** What goes into the field. */
  text: string;
  /** What the field tells the user, or null when the paste was taken as it is. */
  message: string | null;
}

/**
 * What a field takes of pasted text, and what it says about the rest: characters no Word or Excel
 * file can hold are removed, and text past the field's limit is cut. `kept` is how many characters of
 * the field stay around the paste (the text not replaced by it).
 */
export function cleanPaste(pasted: string, limit: number, kept = 0): CleanedPaste {
  const removedMessage = removedCharactersMessage(countRemovedCharacters(pasted));
  let text = removedMessage === null ? pasted : xmlSafeText(pasted);
  let cutMessage: string | null = null;
  const room = Math.max(0, limit - kept);
  if (text.length > room) {
    cutMessage =
      room === 0
        ? `This field already holds its ${count(limit)} characters, so the ${count(text.length)} pasted characters were not pasted.`
        : kept > 0
          ? `The pasted text was ${count(text.length)} characters and only ${count(room)} more fit in this field (it holds ${count(limit)}), so the rest was not pasted.`
          : `The pasted text was ${count(text.length)} characters; this field holds ${count(limit)}, so the rest was not pasted.`;
    text = cutAt(text, room);
  }
  const message = [removedMessage, cutMessage].filter((m): m is string => m !== null).join(' ');
  return { text, message: message === '' ? null : message };
}

/** The first `limit` UTF-16 units, never splitting a character pair (an emoji stays whole or goes). */
function cutAt(text: string, limit: number): string {
  if (limit <= 0) return '';
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? text.slice(0, limit - 1) : text.slice(0, limit);
}
