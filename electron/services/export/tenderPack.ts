/**
 * The tender pack: cover, contents, then per lot the award criteria, how each is scored, the pass/fail
 * requirements and the minimum quality score; then the contract clauses and the supplier questionnaire.
 * Pure layout: the caller has checked the tender (exports refuse while errors remain).
 */
import {
  Document,
  HeadingLevel,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import { CATEGORY_LABELS, criteriaTree, type Criterion, type CriteriaSettings } from '@shared/model/criteria';
import { QUESTION_THEME_LABELS, type SelectedQuestion } from '@shared/model/questions';
import type { Lot, Tender } from '@shared/model/tender';
import { renderClauses } from '@shared/clauses/instances';
import { formatWeightPercent } from '@shared/rules/weights';
import {
  floorStatements,
  formatPoints,
  minimumQualityStatement,
  parentScoringText,
  scoringText,
  withTenderParties,
  type ScoringText,
} from '@shared/rules/exportText';
import { clauseParagraphs } from './clauses';
import { documentNumbering, documentStyles, EXTERNAL_STYLES, LIST, pageFooter, pageHeader, spacing, STYLE, TABLE_STYLE } from './styles';
import { issuedOn, labelled, line, oneLine, para, paragraphsOf, runs } from './text';
import { documentProperties, type DocumentMeta } from './properties';

/** The width of the text on an A4 page with 2.54 cm margins, in twips. */
export const TEXT_WIDTH = 9026;

// ---------------------------------------------------------------------------------------------------
// Tables

export interface Column {
  title: string;
  /** Share of the text width, in twips. */
  width: number;
}

/** A cell holding paragraphs (a cell must hold at least one). */
export function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children: children.length ? children : [new Paragraph({ style: STYLE.tableText })],
    width: { size: width, type: WidthType.DXA },
  });
}

/**
 * A table in the "Tender Table" style: its header row repeats on every page and no row splits across
 * a page break.
 */
export function table(columns: readonly Column[], rows: readonly Paragraph[][][]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell([para(c.title, { style: STYLE.tableHeading })], c.width)),
  });
  const body = rows.map(
    (cells) => new TableRow({ cantSplit: true, children: cells.map((children, i) => cell(children, columns[i]?.width ?? 0)) }),
  );
  return new Table({
    style: TABLE_STYLE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    tableLook: { firstRow: true, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    rows: [header, ...body],
  });
}

const text = (value: string, style: string = STYLE.tableText) => [para(value, { style })];

// ---------------------------------------------------------------------------------------------------
// Cover and contents

function cover(tender: Tender, exportDate: string): FileChild[] {
  const out: FileChild[] = [line(tender.title, { style: STYLE.title }), para('Tender pack', { style: STYLE.subtitle })];
  if (oneLine(tender.reference)) out.push(labelled('Reference', oneLine(tender.reference), { style: STYLE.coverField }));
  if (oneLine(tender.buyer)) out.push(labelled('Buying organisation', oneLine(tender.buyer), { style: STYLE.coverField }));
  out.push(para(issuedOn(exportDate), { style: STYLE.coverField }));
  out.push(para(tender.lots.length === 1 ? 'Lot' : 'Lots', { style: STYLE.coverField, spacing: spacing({ before: 240 }) }, { bold: true }));
  for (const lot of tender.lots) out.push(line(lot.title, { style: STYLE.bullet, numbering: { reference: LIST.bullets, level: 0 } }));
  if (tender.description.trim()) out.push(...paragraphsOf(tender.description, { spacing: spacing({ before: 240 }) }));
  return out;
}

function contents(): FileChild[] {
  return [
    para('Contents', { style: STYLE.contentsHeading, pageBreakBefore: true }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3', beginDirty: true }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// A lot

const CRITERIA_COLUMNS: Column[] = [
  { title: 'Criterion', width: 3326 },
  { title: 'Category', width: 1700 },
  { title: 'Weight', width: 1200 },
  { title: 'Scoring method', width: 2800 },
];

function criteriaTable(criteria: readonly Criterion[]): Table {
  const rows: Paragraph[][][] = [];
  for (const node of criteriaTree(criteria)) {
    const parent = node.criterion;
    rows.push([
      text(parent.name, STYLE.tableHeading),
      text(CATEGORY_LABELS[parent.category]),
      text(formatWeightPercent(parent.weight)),
      text(node.children.length ? 'Sum of the sub-criteria' : scoringText(parent.scoring, parent.weight).method),
    ]);
    for (const child of node.children) {
      rows.push([
        text(child.name, STYLE.tableSubText),
        text(CATEGORY_LABELS[child.category]),
        text(formatWeightPercent(child.weight)),
        text(scoringText(child.scoring, child.weight).method),
      ]);
    }
  }
  const total = criteriaTree(criteria).reduce((sum, n) => sum + n.criterion.weight, 0);
  rows.push([text('Total', STYLE.tableHeading), text(''), text(formatWeightPercent(total), STYLE.tableHeading), text('')]);
  return table(CRITERIA_COLUMNS, rows);
}

function scoringBlock(s: ScoringText): FileChild[] {
  return [
    labelled('Scoring method', s.method),
    para(s.words),
    para(s.formula, { style: STYLE.formula }),
    para(s.where, { style: STYLE.note }),
  ];
}

function descriptorTable(criterion: Criterion): FileChild[] {
  if (criterion.scoring.type !== 'quality-scale') return [];
  const scale = criterion.scoring;
  const rows = Array.from({ length: scale.max + 1 }, (_, i) => scale.max - i).map((score) => [
    text(String(score), STYLE.tableHeading),
    text(scale.descriptors[score] ?? ''),
  ]);
  return [
    table(
      [
        { title: 'Score', width: 1000 },
        { title: 'What the evaluators look for', width: TEXT_WIDTH - 1000 },
      ],
      rows,
    ),
  ];
}

function criterionDetails(
  criterion: Criterion,
  heading: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  scoring: ScoringText,
): FileChild[] {
  const out: FileChild[] = [line(criterion.name, { heading })];
  out.push(
    labelled(
      'Weight',
      `${formatWeightPercent(criterion.weight)} of the lot (${formatPoints(criterion.weight)} points) · ${CATEGORY_LABELS[criterion.category]}`,
    ),
  );
  if (criterion.description.trim()) out.push(...paragraphsOf(criterion.description));
  if (criterion.evidence.trim()) out.push(labelled('Evidence to supply', criterion.evidence.trim()));
  out.push(...scoringBlock(scoring));
  out.push(...descriptorTable(criterion));
  return out;
}

function scoringSection(criteria: readonly Criterion[]): FileChild[] {
  const out: FileChild[] = [para('How each criterion is scored', { heading: HeadingLevel.HEADING_2 })];
  for (const node of criteriaTree(criteria)) {
    const parent = node.criterion;
    if (node.children.length === 0) {
      out.push(...criterionDetails(parent, HeadingLevel.HEADING_3, scoringText(parent.scoring, parent.weight)));
      continue;
    }
    out.push(...criterionDetails(parent, HeadingLevel.HEADING_3, parentScoringText(parent, node.children)));
    for (const child of node.children)
      out.push(...criterionDetails(child, HeadingLevel.HEADING_4, scoringText(child.scoring, child.weight)));
  }
  return out;
}

function requirementsSection(lot: Lot): FileChild[] {
  const out: FileChild[] = [para('Pass/fail requirements', { heading: HeadingLevel.HEADING_2 })];
  if (lot.requirements.length === 0) {
    out.push(para('This lot has no pass/fail requirements.'));
    return out;
  }
  out.push(para('These requirements are not weighted. A bid that does not meet every one of them is excluded.'));
  const rows = lot.requirements.map((r) => [
    [para(r.name, { style: STYLE.tableHeading }), ...paragraphsOf(r.description, { style: STYLE.tableText })],
    text(r.evidence),
  ]);
  out.push(
    table(
      [
        { title: 'Requirement', width: 5226 },
        { title: 'Evidence to supply', width: TEXT_WIDTH - 5226 },
      ],
      rows,
    ),
  );
  return out;
}

function lotSection(lot: Lot, settings: CriteriaSettings): FileChild[] {
  return [
    line(lot.title, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    para('Award criteria', { heading: HeadingLevel.HEADING_2 }),
    para(
      'Bids in this lot are compared on the criteria below. The weights total 100%; a sub-criterion’s weight is its share of the whole lot.',
    ),
    criteriaTable(lot.criteria),
    ...floorStatements(lot.criteria, settings).map((statement) => para(statement, { spacing: spacing({ before: 160 }) })),
    ...scoringSection(lot.criteria),
    ...requirementsSection(lot),
    para('Minimum quality score', { heading: HeadingLevel.HEADING_2 }),
    para(minimumQualityStatement(lot)),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Clauses and questionnaire

function clausesSection(tender: Tender): FileChild[] {
  if (tender.clauses.length === 0) return [];
  const rendered = renderClauses(withTenderParties(tender.clauses, tender.buyer));
  return [
    para('Contract clauses', { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    para('The clauses below will form part of the contract awarded under this tender.'),
    ...clauseParagraphs(rendered.clauses, 2),
  ];
}

function orderedQuestions(questions: readonly SelectedQuestion[]): SelectedQuestion[] {
  return questions
    .map((q, index) => ({ q, index }))
    .sort((a, b) => a.q.order - b.q.order || a.index - b.index)
    .map(({ q }) => q);
}

function answerBox(): Table {
  return new Table({
    style: TABLE_STYLE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    tableLook: { firstRow: true, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [cell([para('Your answer', { style: STYLE.tableHeading })], TEXT_WIDTH)],
      }),
      new TableRow({ cantSplit: true, height: { value: 2268, rule: HeightRule.ATLEAST }, children: [cell([], TEXT_WIDTH)] }),
    ],
  });
}

function questionnaireSection(tender: Tender): FileChild[] {
  const questions = orderedQuestions(tender.qa.questions);
  if (questions.length === 0) return [];
  const out: FileChild[] = [
    para('Supplier questionnaire', { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    para(
      'Please answer every question in the box below it and attach the evidence listed. Where something is not yet in place, say so and describe what you plan to do and by when: an honest answer is worth more than a polished one.',
    ),
    table(
      [
        { title: 'Supplier details', width: 3000 },
        { title: '', width: TEXT_WIDTH - 3000 },
      ],
      [
        [text('Supplier name'), text('')],
        [text('Completed by (name and role)'), text('')],
        [text('Date'), text('')],
      ],
    ),
  ];
  for (const selected of questions) {
    const q = selected.question;
    out.push(new Paragraph({ style: STYLE.question, numbering: { reference: LIST.questions, level: 0 }, children: runs(q.question) }));
    out.push(labelled('Theme', QUESTION_THEME_LABELS[q.theme], { style: STYLE.questionDetail }));
    out.push(labelled('Why we ask', q.why, { style: STYLE.questionDetail }));
    if (q.evidence.length) {
      out.push(para('Evidence to attach:', { style: STYLE.questionDetail }, { bold: true }));
      for (const item of q.evidence) out.push(para(item, { style: STYLE.bullet, numbering: { reference: LIST.bullets, level: 0 } }));
    }
    out.push(answerBox());
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

export function tenderPackMeta(tender: Tender): DocumentMeta {
  return {
    title: tender.title,
    subject: `Tender pack${tender.reference.trim() ? ` ${tender.reference.trim()}` : ''}: award criteria, contract clauses and supplier questionnaire`,
    creator: tender.buyer.trim(),
    keywords: ['tender', 'award criteria', 'contract clauses', 'supplier questionnaire', tender.reference.trim()]
      .filter(Boolean)
      .join(', '),
    description: `Tender pack for “${tender.title}”${tender.buyer.trim() ? ` by ${tender.buyer.trim()}` : ''}, ${tender.lots.length} lot${tender.lots.length === 1 ? '' : 's'}.`,
  };
}

/** Builds the tender pack document. */
export function buildTenderPack(tender: Tender, settings: CriteriaSettings, exportDate: string): Document {
  return new Document({
    ...documentProperties(tenderPackMeta(tender), tender),
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(),
    numbering: documentNumbering(),
    // Word fills in the contents' page numbers (and every field) from its own layout when it opens the
    // file. They are not estimated here: docx's page-layout estimate took 2 s of CPU for a 20-page pack
    // and 30 s for the benchmark's reference tender, blocking the app; viewers that never update fields
    // (LibreOffice until Tools > Update) show the linked headings without numbers.
    features: { updateFields: true },
    sections: [
      {
        headers: { default: pageHeader(tender.reference, tender.title) },
        footers: { default: pageFooter() },
        children: [
          ...cover(tender, exportDate),
          ...contents(),
          ...tender.lots.flatMap((lot) => lotSection(lot, settings)),
          ...clausesSection(tender),
          ...questionnaireSection(tender),
        ],
      },
    ],
  });
}
