/**
 * The "library floor" of a Word export: the same document written with docx and
 * nothing else. `readDocxContent` reads an exported .docx (untimed) into plain data: every body
 * paragraph with its style, list, page break, spacing and runs (text, bold, italic, tabs, breaks),
 * every table with its grid, header rows, row heights and cells, the contents field, the header and
 * footer with their page fields, the core properties. `writeFloorDocx` (timed) hands that data to
 * docx with the same style and list definitions and packs it with `Packer.toBuffer`: no tender model,
 * no rules, no text preparation, no deterministic re-packing, which is what the app adds.
 *
 * `docxSignature` counts what both documents hold, so the bench can show the floor is the same
 * document: paragraphs, runs, tables, rows, cells and characters of text, and a hash of the text.
 *
 * The reader knows docx's own output (no whitespace between elements, attributes as docx writes
 * them); it is not a general .docx reader.
 */
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import {
  Document,
  Footer,
  Header,
  HeightRule,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from 'docx';
import { Packer } from 'docx';
import { documentNumbering, documentStyles, EXTERNAL_STYLES } from '../../../electron/services/export/styles';

type RunPart = { text: string } | { tab: true } | { field: 'PAGE' | 'NUMPAGES' };
interface RunData {
  bold: boolean;
  italics: boolean;
  breakBefore: boolean;
  parts: RunPart[];
}
interface ParagraphData {
  kind: 'p';
  style?: string;
  list?: { reference: string; level: number; instance: number };
  pageBreakBefore: boolean;
  spacingBefore?: number;
  runs: RunData[];
}
interface TableData {
  kind: 'table';
  style?: string;
  columnWidths: number[];
  rows: { header: boolean; cantSplit: boolean; minHeight?: number; cells: { width: number; paragraphs: ParagraphData[] }[] }[];
}
interface ContentsData {
  kind: 'contents';
  alias: string;
  headingStyleRange: string;
}
type Block = ParagraphData | TableData | ContentsData;

export interface DocxContent {
  body: Block[];
  header: ParagraphData[];
  footer: ParagraphData[];
  properties: { title: string; subject: string; creator: string; keywords: string; description: string };
  updateFields: boolean;
}

const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

const attr = (xml: string, element: string, name = 'w:val') => new RegExp(`<${element} [^>]*?${name}="([^"]*)"`).exec(xml)?.[1];

/** The top-level `<tag>...</tag>` elements of `xml` in order (docx never nests a tag in itself, except tables in cells, which the app does not write). */
function elements(xml: string, tags: readonly string[]): { tag: string; xml: string }[] {
  const out: { tag: string; xml: string }[] = [];
  const opening = new RegExp(`<(${tags.join('|')})(?=[ >/])`, 'g');
  let match: RegExpExecArray | null;
  while ((match = opening.exec(xml))) {
    const tag = match[1]!;
    const selfClosing = xml.indexOf('/>', match.index) === xml.indexOf('>', match.index) - 1;
    const end = selfClosing ? xml.indexOf('>', match.index) + 1 : xml.indexOf(`</${tag}>`, match.index) + tag.length + 3;
    out.push({ tag, xml: xml.slice(match.index, end) });
    opening.lastIndex = end;
  }
  return out;
}

function readRuns(paragraph: string): RunData[] {
  const runs: RunData[] = [];
  let field: RunPart | undefined;
  for (const { xml } of elements(paragraph, ['w:r'])) {
    const props = /<w:rPr>(.*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
    const parts: RunPart[] = [];
    for (const piece of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)) {
      if (piece[0] === '<w:tab/>') parts.push({ tab: true });
      else if (piece[2] !== undefined) field = { field: piece[2].trim() === 'NUMPAGES' ? 'NUMPAGES' : 'PAGE' };
      else parts.push({ text: unescapeXml(piece[1]!) });
    }
    // docx writes a page field as five runs (begin, instruction, separate, end); the floor writes it as one part.
    if (xml.includes('w:fldCharType="end"') && field) {
      parts.push(field);
      field = undefined;
    }
    if (parts.length === 0) continue;
    runs.push({ bold: /<w:b\/>/.test(props), italics: /<w:i\/>/.test(props), breakBefore: xml.includes('<w:br/>'), parts });
  }
  return runs;
}

function readParagraph(xml: string, lists: Map<string, string>): ParagraphData {
  const props = /^<w:p><w:pPr>(.*?)<\/w:pPr>/.exec(xml)?.[1] ?? '';
  const numId = attr(props, 'w:numId');
  const level = attr(props, 'w:ilvl');
  const before = attr(props, 'w:spacing', 'w:before');
  const reference = numId === undefined ? undefined : lists.get(numId);
  return {
    kind: 'p',
    style: attr(props, 'w:pStyle'),
    list: reference === undefined ? undefined : { reference, level: Number(level ?? 0), instance: Number(numId) },
    pageBreakBefore: props.includes('<w:pageBreakBefore/>'),
    spacingBefore: before === undefined ? undefined : Number(before),
    runs: readRuns(xml),
  };
}

function readTable(xml: string, lists: Map<string, string>): TableData {
  return {
    kind: 'table',
    style: attr(xml, 'w:tblStyle'),
    columnWidths: [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    rows: elements(xml, ['w:tr']).map(({ xml: row }) => {
      const props = /^<w:tr><w:trPr>(.*?)<\/w:trPr>/.exec(row)?.[1] ?? '';
      const height = attr(props, 'w:trHeight');
      return {
        header: props.includes('<w:tblHeader/>'),
        cantSplit: props.includes('<w:cantSplit/>'),
        minHeight: height === undefined ? undefined : Number(height),
        cells: elements(row, ['w:tc']).map(({ xml: cell }) => ({
          width: Number(attr(cell, 'w:tcW', 'w:w') ?? 0),
          paragraphs: elements(cell, ['w:p']).map((p) => readParagraph(p.xml, lists)),
        })),
      };
    }),
  };
}

/** numId -> the list reference of the app's definitions, told apart by their first level's text. */
function listsOf(numbering: string): Map<string, string> {
  const references = new Map(documentNumbering().config.map((list) => [list.levels[0]!.text, list.reference]));
  const abstract = new Map(
    elements(numbering, ['w:abstractNum']).map(({ xml }) => [
      attr(xml, 'w:abstractNum', 'w:abstractNumId')!,
      references.get(unescapeXml(attr(xml, 'w:lvlText') ?? '')),
    ]),
  );
  const out = new Map<string, string>();
  for (const { xml } of elements(numbering, ['w:num'])) {
    const reference = abstract.get(attr(xml, 'w:abstractNumId') ?? '');
    if (reference) out.set(attr(xml, 'w:num', 'w:numId')!, reference);
  }
  return out;
}

/** Reads a .docx written by the app into the plain data the floor writes back. */
export function readDocxContent(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const lists = listsOf(part('word/numbering.xml'));
  const body = /<w:body>(.*)<\/w:body>/s.exec(part('word/document.xml'))?.[1] ?? '';
  const blocks: Block[] = elements(body, ['w:p', 'w:tbl', 'w:sdt']).map(({ tag, xml }): Block => {
    if (tag === 'w:p') return readParagraph(xml, lists);
    if (tag === 'w:tbl') return readTable(xml, lists);
    return { kind: 'contents', alias: attr(xml, 'w:alias') ?? '', headingStyleRange: /\\o &quot;([^&]*)&quot;/.exec(xml)?.[1] ?? '1-3' };
  });
  const core = part('docProps/core.xml');
  const coreField = (tag: string) => unescapeXml(new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(core)?.[1] ?? '');
  return {
    body: blocks,
    header: elements(part('word/header1.xml'), ['w:p']).map((p) => readParagraph(p.xml, lists)),
    footer: elements(part('word/footer1.xml'), ['w:p']).map((p) => readParagraph(p.xml, lists)),
    properties: {
      title: coreField('dc:title'),
      subject: coreField('dc:subject'),
      creator: coreField('dc:creator'),
      keywords: coreField('cp:keywords'),
      description: coreField('dc:description'),
    },
    updateFields: part('word/settings.xml').includes('<w:updateFields/>'),
  };
}

// ---------------------------------------------------------------------------------------------------
// The floor itself: plain docx calls over plain data.

function paragraph(data: ParagraphData): Paragraph {
  const options: IParagraphOptions = {
    ...(data.style ? { style: data.style } : {}),
    ...(data.list ? { numbering: data.list } : {}),
    ...(data.pageBreakBefore ? { pageBreakBefore: true } : {}),
    ...(data.spacingBefore !== undefined ? { spacing: { before: data.spacingBefore } } : {}),
    children: data.runs.map(
      (run) =>
        new TextRun({
          bold: run.bold || undefined,
          italics: run.italics || undefined,
          ...(run.breakBefore ? { break: 1 } : {}),
          children: run.parts.map((part) =>
            'text' in part ? part.text : 'tab' in part ? new Tab() : part.field === 'PAGE' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES,
          ),
        }),
    ),
  };
  return new Paragraph(options);
}

function table(data: TableData): Table {
  return new Table({
    ...(data.style ? { style: data.style } : {}),
    width: { size: data.columnWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: data.columnWidths,
    rows: data.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header || undefined,
          cantSplit: row.cantSplit || undefined,
          ...(row.minHeight !== undefined ? { height: { value: row.minHeight, rule: HeightRule.ATLEAST } } : {}),
          children: row.cells.map(
            (cell) => new TableCell({ width: { size: cell.width, type: WidthType.DXA }, children: cell.paragraphs.map(paragraph) }),
          ),
        }),
    ),
  });
}

/** The same document as `content`, written with docx alone. */
export async function writeFloorDocx(content: DocxContent): Promise<Buffer> {
  const children: FileChild[] = content.body.map((block) =>
    block.kind === 'p'
      ? paragraph(block)
      : block.kind === 'table'
        ? table(block)
        : new TableOfContents(block.alias, { hyperlink: true, headingStyleRange: block.headingStyleRange, beginDirty: true }),
  );
  const document = new Document({
    ...content.properties,
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(),
    numbering: documentNumbering(),
    features: { updateFields: content.updateFields },
    sections: [
      {
        headers: { default: new Header({ children: content.header.map(paragraph) }) },
        footers: { default: new Footer({ children: content.footer.map(paragraph) }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

// ---------------------------------------------------------------------------------------------------

export interface DocxSignature {
  paragraphs: number;
  runs: number;
  tables: number;
  rows: number;
  cells: number;
  characters: number;
  /** SHA-256 of the text of every w:t in order, first 12 hex digits. */
  textHash: string;
  documentXmlBytes: number;
}

/** What a .docx's document.xml holds, counted the same way for ours and the floor's. */
export function docxSignature(bytes: Uint8Array): DocxSignature {
  const xml = strFromU8(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']!);
  const count = (pattern: RegExp) => (xml.match(pattern) ?? []).length;
  const texts = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1]!));
  return {
    paragraphs: count(/<w:p>/g),
    runs: count(/<w:r>/g),
    tables: count(/<w:tbl>/g),
    rows: count(/<w:tr>/g),
    cells: count(/<w:tc>/g),
    characters: texts.reduce((sum, t) => sum + t.length, 0),
    textHash: createHash('sha256').update(texts.join('\u0000')).digest('hex').slice(0, 12),
    documentXmlBytes: Buffer.byteLength(xml),
  };
}

/** "same 6,012 paragraphs, ..." or what differs. */
export function compareSignatures(ours: DocxSignature, floor: DocxSignature): { same: boolean; text: string } {
  const keys = ['paragraphs', 'runs', 'tables', 'rows', 'cells', 'characters'] as const;
  const differing = keys.filter((k) => ours[k] !== floor[k]);
  const sameText = ours.textHash === floor.textHash;
  const fmt = (n: number) => n.toLocaleString('en-GB');
  if (differing.length === 0 && sameText) {
    return { same: true, text: `floor = same ${keys.map((k) => `${fmt(ours[k])} ${k}`).join(', ')}, same text` };
  }
  return {
    same: false,
    text: `floor DIFFERS: ${differing.map((k) => `${k} ${fmt(ours[k])} vs ${fmt(floor[k])}`).join(', ')}${sameText ? '' : ', text differs'}`,
  };
}
