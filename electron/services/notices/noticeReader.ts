/**
 * Reading a notice file the user chose, safely, into the small tree shared/notices maps from.
 *
 * In order, each step refusing with a message in the user's words before the next one runs:
 *   1. the size cap, from the upload's length before its bytes are decoded;
 *   2. files that are plainly something else (a renamed .docx or other zip, a PDF);
 *   3. the text encoding: eForms notices are UTF-8;
 *   4. any document type declaration (<!DOCTYPE, <!ENTITY, ...), found in the text before any
 *      parser sees it: no entity is ever defined, expanded or fetched, so "billion laughs" and
 *      external entities pointing at files or web addresses never get a chance;
 *   5. strict well-formedness (saxes), with caps on nesting and element count.
 * The namespace and schema checks follow in importHandlers.ts.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ApiError } from '@shared/api/errors';
import { noticeSizeProblem } from '@shared/notices/noticeKind';
import type { XmlElement } from '@shared/notices/xmlTree';

/** eForms nests about 15 levels deep. */
const MAX_DEPTH = 100;
const MAX_ELEMENTS = 200_000;

function refuse(message: string): never {
  throw new ApiError('invalid_input', message);
}

/** Bytes a base64 text decodes to, computed from its length so an oversized upload is never decoded. */
export function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

export function checkNoticeSize(bytes: number): void {
  const problem = noticeSizeProblem(bytes);
  if (problem) refuse(problem);
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    refuse(
      'This file is a Word document, a spreadsheet or another zipped file (perhaps renamed to .xml), not an XML notice. Export the contract notice from your e-notification tool as eForms XML and choose that file.',
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    refuse('This file is a PDF, not an XML notice. Choose the contract notice’s eForms XML file.');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    refuse('This file is written in UTF-16 text; eForms notices are UTF-8. Export the notice again from your e-notification tool.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(
      'This file is not UTF-8 text (the encoding of every eForms notice), so it is not an XML notice. Choose the contract notice’s XML file.',
    );
  }
}

function refuseDeclarations(text: string): void {
  const declaration = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/i.exec(text);
  if (!declaration) return;
  const line = text.slice(0, declaration.index).split('\n').length;
  refuse(
    `The file was not read: line ${line} holds a document type declaration (“<!${declaration[1]!.toUpperCase()}”). eForms notices never contain one, and it is how XML files are made to attack the program reading them (entities that expand to gigabytes, or that fetch files from this computer or the network).`,
  );
}

/** Parses well-formed XML into the shared tree, or refuses with the line and column of the fault. */
function parse(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let elements = 0;
  const fail = (why: string): never =>
    refuse(
      `The file is not well-formed XML (line ${parser.line}, column ${parser.column}: ${why}), so it is not a notice that can be read. Check that you chose the notice as your e-notification tool exported it.`,
    );
  parser.on('error', (error) => fail(error.message.replace(/^.*?\d+:\d+: /, '').replace(/\.$/, '')));
  parser.on('doctype', () => fail('a document type declaration is not allowed'));
  parser.on('xmldecl', (decl) => {
    if (decl.encoding && !/^utf-?8$/i.test(decl.encoding))
      refuse(
        `The file declares the text encoding “${decl.encoding.slice(0, 40)}”; eForms notices are UTF-8. Export the notice again from your e-notification tool.`,
      );
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    elements += 1;
    if (elements > MAX_ELEMENTS)
      refuse(
        `The file holds more than ${MAX_ELEMENTS.toLocaleString('en-GB')} XML elements, far more than any contract notice, so it was not read.`,
      );
    if (stack.length >= MAX_DEPTH)
      refuse(`The file nests its elements more than ${MAX_DEPTH} levels deep, which no eForms notice does, so it was not read.`);
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) if (!attribute.prefix) attributes[attribute.local] = attribute.value;
    const element: XmlElement = { ns: tag.uri, name: tag.local, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text).close();
  return root ?? fail('there is no element in it');
}

/** The notice's bytes as a tree, after the checks above. */
export function readNoticeXml(bytes: Uint8Array): XmlElement {
  checkNoticeSize(bytes.length);
  const text = decodeText(bytes);
  refuseDeclarations(text);
  return parse(text);
}
