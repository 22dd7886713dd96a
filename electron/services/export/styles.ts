/**
 * The look of every exported Word document, as named styles and list definitions so a team can
 * restyle the document in Word: Title, Heading 1-4, body and table styles, a "Tender Table" table
 * style, and list numbering for clauses (1, 1.1, (a)), questions and bullets.
 */
import {
  AlignmentType,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  PageNumber,
  Paragraph,
  TextRun,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';
import { oneLine, runs } from './text';
import { ENGLISH, type DocumentVoice } from '@shared/documents/voice';

export const FONT = 'Calibri';
const ACCENT = '1F3864';
const RULE = '8EA9C1';

/**
 * Paragraph spacing with the line rule always stated: without w:lineRule, LibreOffice reads
 * w:line="264" as an exact height, so a title in a large font is drawn over itself and over the line
 * above it. "auto" with 264 is 1.1 lines of whatever font the paragraph uses, in Word and LibreOffice.
 */
export function spacing(options: { before?: number; after?: number } = {}) {
  return { ...options, line: 264, lineRule: LineRuleType.AUTO };
}

/** Paragraph style ids used by the builders. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  contentsHeading: 'TOCHeading',
  coverField: 'CoverField',
  note: 'Note',
  formula: 'Formula',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableSubText: 'TableSubText',
  clauseText: 'ClauseText',
  subClause: 'SubClause',
  clauseItem: 'ClauseItem',
  question: 'Question',
  questionDetail: 'QuestionDetail',
  bullet: 'ListBullet',
  header: 'Header',
  footer: 'Footer',
} as const;

/** The table style every table uses. */
export const TABLE_STYLE = 'TenderTable';

/** List definitions (docx numbering references). */
export const LIST = { clauses: 'clauses', questions: 'questions', bullets: 'bullets' } as const;

const heading = (id: string, name: string, level: number, size: number, options: { before: number; after: number; color?: string }) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size, bold: true, color: options.color ?? ACCENT },
  paragraph: { keepNext: true, keepLines: true, outlineLevel: level, spacing: spacing({ before: options.before, after: options.after }) },
});

/** A display style on Normal (title, subtitle, contents heading): its own font size and spacing, no numbering. */
const display = (
  id: string,
  name: string,
  run: { size: number; bold?: boolean; color: string },
  space: { before?: number; after: number },
) => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, ...run },
  paragraph: { spacing: spacing(space) },
});

/** A table style with thin rules and a shaded header row (conditional "first row" formatting). */
const TABLE_STYLE_XML = `<w:style w:type="table" w:styleId="${TABLE_STYLE}">
  <w:name w:val="Tender Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="${RULE}"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="57" w:type="dxa"/>
      <w:left w:w="108" w:type="dxa"/>
      <w:bottom w:w="57" w:type="dxa"/>
      <w:right w:w="108" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${ACCENT}"/></w:tcPr>
  </w:tblStylePr>
</w:style>`;

/**
 * Styles beside docx's own defaults (Normal, TOC 1-9, Hyperlink, ...): given as "external" styles, which
 * docx merges with its defaults, where `importedStyles` would replace them.
 */
export const EXTERNAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${TABLE_STYLE_XML}</w:styles>`;

/** The styles; every run's proofing language is the voice's locale (Word checks the spelling in it). */
export function documentStyles(voice: DocumentVoice = ENGLISH): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: voice.locale } },
        paragraph: { spacing: spacing({ after: 120 }) },
      },
    },
    paragraphStyles: [
      display(STYLE.title, 'Title', { size: 56, bold: true, color: ACCENT }, { before: 2400, after: 240 }),
      display(STYLE.subtitle, 'Subtitle', { size: 32, color: '44546A' }, { after: 720 }),
      heading(STYLE.heading1, 'Heading 1', 0, 32, { before: 360, after: 160 }),
      heading(STYLE.heading2, 'Heading 2', 1, 26, { before: 280, after: 120 }),
      heading(STYLE.heading3, 'Heading 3', 2, 23, { before: 240, after: 80 }),
      heading(STYLE.heading4, 'Heading 4', 3, 22, { before: 200, after: 60, color: '2F5496' }),
      display(STYLE.contentsHeading, 'TOC Heading', { size: 32, bold: true, color: ACCENT }, { before: 0, after: 240 }),
      {
        id: STYLE.coverField,
        name: 'Cover Field',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 24 },
        paragraph: { spacing: spacing({ after: 80 }) },
      },
      {
        id: STYLE.note,
        name: 'Note',
        basedOn: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '44546A' },
      },
      {
        id: STYLE.formula,
        name: 'Formula',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true },
        paragraph: { indent: { left: 567 }, spacing: spacing({ before: 60, after: 60 }), keepNext: true },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 20 },
        paragraph: { spacing: spacing({ before: 0, after: 40 }) },
      },
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.tableSubText,
        name: 'Table Sub-entry',
        basedOn: STYLE.tableText,
        quickFormat: true,
        paragraph: { indent: { left: 397 } },
      },
      { id: STYLE.clauseText, name: 'Clause Text', basedOn: 'Normal', quickFormat: true, paragraph: { indent: { left: 680 } } },
      { id: STYLE.subClause, name: 'Sub-clause', basedOn: 'Normal', quickFormat: true },
      { id: STYLE.clauseItem, name: 'Clause Item', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: spacing({ after: 80 }) } },
      {
        id: STYLE.question,
        name: 'Question',
        basedOn: 'Normal',
        next: STYLE.questionDetail,
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, keepLines: true, spacing: spacing({ before: 240, after: 80 }) },
      },
      {
        id: STYLE.questionDetail,
        name: 'Question Detail',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 20, color: '44546A' },
        paragraph: { keepNext: true, indent: { left: 680 }, spacing: spacing({ after: 60 }) },
      },
      {
        id: STYLE.bullet,
        name: 'List Bullet',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { keepNext: true, spacing: spacing({ after: 40 }) },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: 18, color: '44546A' },
        paragraph: { spacing: spacing({ after: 0 }), rightTabStop: 9026 },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: 18, color: '44546A' },
        paragraph: { spacing: spacing({ after: 0 }), alignment: AlignmentType.CENTER },
      },
    ],
  };
}

export function documentNumbering(voice: DocumentVoice = ENGLISH): INumberingOptions {
  return {
    config: [
      {
        reference: LIST.clauses,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: '%1',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 680, hanging: 680 } } },
          },
          {
            level: 1,
            format: LevelFormat.DECIMAL,
            text: '%1.%2',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 680, hanging: 680 } } },
          },
          {
            level: 2,
            format: LevelFormat.LOWER_LETTER,
            text: '(%3)',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 1247, hanging: 567 } } },
          },
        ],
      },
      {
        reference: LIST.questions,
        levels: [
          {
            level: 0,
            format: LevelFormat.DECIMAL,
            text: voice.t('documents:common.questionNumber'),
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 1701, hanging: 1701 } } },
          },
        ],
      },
      {
        reference: LIST.bullets,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '\u2022',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 1020, hanging: 340 } } },
          },
        ],
      },
    ],
  };
}

/** The running header: the tender reference (and title) on every page. */
export function pageHeader(reference: string, title: string, voice: DocumentVoice = ENGLISH): Header {
  const ref = oneLine(reference);
  const name = oneLine(title);
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        children: [
          ...runs(ref === '' ? voice.t('documents:common.headerTender') : voice.t('documents:common.headerReference', { reference: ref }), {
            bold: true,
          }),
          ...(name ? runs(`\t${name}`) : []),
        ],
      }),
    ],
  });
}

/** "Page X of Y" with PAGE and NUMPAGES fields, so Word and LibreOffice keep it right. */
export function pageFooter(voice: DocumentVoice = ENGLISH): Footer {
  // "Page X of Y" with the fields in the sentence: the words around them come from the catalogue.
  const [before = '', between = '', after = ''] = voice.t('documents:common.pageOf', { page: '\u0000', pages: '\u0000' }).split('\u0000');
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, ...(after ? [after] : [])] })],
      }),
    ],
  });
}
