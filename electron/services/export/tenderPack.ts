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
import { criteriaTree, type Criterion, type CriteriaSettings } from '@shared/model/criteria';
import type { SelectedQuestion } from '@shared/model/questions';
import type { Lot, Tender } from '@shared/model/tender';
import { renderClauses } from '@shared/clauses/instances';
import {
  CATEGORY_NAMES,
  floorStatements,
  minimumQualityStatement,
  parentScoringText,
  scoringText,
  withTenderParties,
  type ScoringText,
} from '@shared/rules/exportText';
import { clauseParagraphs } from './clauses';
import { documentNumbering, documentStyles, EXTERNAL_STYLES, LIST, pageFooter, pageHeader, spacing, STYLE, TABLE_STYLE } from './styles';
import { issuedOn, labelledIn, line, oneLine, para, paragraphsOf, runs } from './text';
import { documentProperties, type DocumentMeta } from './properties';
import { QUESTION_THEME_NAMES } from '@shared/documents/labels';
import { voiceOf, type DocumentVoice } from '@shared/documents/voice';

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

function cover(tender: Tender, exportDate: string, v: DocumentVoice): FileChild[] {
  const { t } = v;
  const out: FileChild[] = [line(tender.title, { style: STYLE.title }), para(t('documents:pack.title'), { style: STYLE.subtitle })];
  if (oneLine(tender.reference))
    out.push(labelledIn(v, t('documents:common.reference'), oneLine(tender.reference), { style: STYLE.coverField }));
  if (oneLine(tender.buyer)) out.push(labelledIn(v, t('documents:common.buyer'), oneLine(tender.buyer), { style: STYLE.coverField }));
  out.push(para(issuedOn(exportDate, v), { style: STYLE.coverField }));
  out.push(
    para(
      t('documents:pack.lots', { count: tender.lots.length }),
      { style: STYLE.coverField, spacing: spacing({ before: 240 }) },
      { bold: true },
    ),
  );
  for (const lot of tender.lots) out.push(line(lot.title, { style: STYLE.bullet, numbering: { reference: LIST.bullets, level: 0 } }));
  if (tender.description.trim()) out.push(...paragraphsOf(tender.description, { spacing: spacing({ before: 240 }) }));
  return out;
}

function contents({ t }: DocumentVoice): FileChild[] {
  return [
    para(t('documents:pack.contents'), { style: STYLE.contentsHeading, pageBreakBefore: true }),
    new TableOfContents(t('documents:pack.contents'), { hyperlink: true, headingStyleRange: '1-3', beginDirty: true }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// A lot

const criteriaColumns = ({ t }: DocumentVoice): Column[] => [
  { title: t('documents:pack.criterion'), width: 3326 },
  { title: t('documents:pack.category'), width: 1700 },
  { title: t('documents:pack.weight'), width: 1200 },
  { title: t('documents:pack.scoringMethod'), width: 2800 },
];

function criteriaTable(criteria: readonly Criterion[], v: DocumentVoice): Table {
  const rows: Paragraph[][][] = [];
  for (const node of criteriaTree(criteria)) {
    const parent = node.criterion;
    rows.push([
      text(parent.name, STYLE.tableHeading),
      text(CATEGORY_NAMES[parent.category](v)),
      text(v.percent(parent.weight)),
      text(node.children.length ? v.t('documents:scoring.sumOfSubCriteria') : scoringText(parent.scoring, parent.weight, v).method),
    ]);
    for (const child of node.children) {
      rows.push([
        text(child.name, STYLE.tableSubText),
        text(CATEGORY_NAMES[child.category](v)),
        text(v.percent(child.weight)),
        text(scoringText(child.scoring, child.weight, v).method),
      ]);
    }
  }
  const total = criteriaTree(criteria).reduce((sum, n) => sum + n.criterion.weight, 0);
  rows.push([text(v.t('documents:pack.total'), STYLE.tableHeading), text(''), text(v.percent(total), STYLE.tableHeading), text('')]);
  return table(criteriaColumns(v), rows);
}

function scoringBlock(s: ScoringText, v: DocumentVoice): FileChild[] {
  const { t } = v;
  return [
    labelledIn(v, t('documents:pack.scoringMethod'), s.method),
    para(s.words),
    para(s.formula, { style: STYLE.formula }),
    para(s.where, { style: STYLE.note }),
  ];
}

function descriptorTable(criterion: Criterion, { t }: DocumentVoice): FileChild[] {
  if (criterion.scoring.type !== 'quality-scale') return [];
  const scale = criterion.scoring;
  const rows = Array.from({ length: scale.max + 1 }, (_, i) => scale.max - i).map((score) => [
    text(String(score), STYLE.tableHeading),
    text(scale.descriptors[score] ?? ''),
  ]);
  return [
    table(
      [
        { title: t('documents:pack.score'), width: 1000 },
        { title: t('documents:pack.lookFor'), width: TEXT_WIDTH - 1000 },
      ],
      rows,
    ),
  ];
}

function criterionDetails(
  criterion: Criterion,
  heading: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  scoring: ScoringText,
  v: DocumentVoice,
): FileChild[] {
  const { t } = v;
  const out: FileChild[] = [line(criterion.name, { heading })];
  out.push(
    labelledIn(
      v,
      t('documents:pack.weight'),
      t('documents:pack.weightOfLot', {
        percent: v.percent(criterion.weight),
        points: v.points(criterion.weight),
        category: CATEGORY_NAMES[criterion.category](v),
      }),
    ),
  );
  if (criterion.description.trim()) out.push(...paragraphsOf(criterion.description));
  if (criterion.evidence.trim()) out.push(labelledIn(v, t('documents:pack.evidence'), criterion.evidence.trim()));
  out.push(...scoringBlock(scoring, v));
  out.push(...descriptorTable(criterion, v));
  return out;
}

function scoringSection(criteria: readonly Criterion[], v: DocumentVoice): FileChild[] {
  const out: FileChild[] = [para(v.t('documents:pack.howScored'), { heading: HeadingLevel.HEADING_2 })];
  for (const node of criteriaTree(criteria)) {
    const parent = node.criterion;
    if (node.children.length === 0) {
      out.push(...criterionDetails(parent, HeadingLevel.HEADING_3, scoringText(parent.scoring, parent.weight, v), v));
      continue;
    }
    out.push(...criterionDetails(parent, HeadingLevel.HEADING_3, parentScoringText(parent, node.children, v), v));
    for (const child of node.children)
      out.push(...criterionDetails(child, HeadingLevel.HEADING_4, scoringText(child.scoring, child.weight, v), v));
  }
  return out;
}

function requirementsSection(lot: Lot, { t }: DocumentVoice): FileChild[] {
  const out: FileChild[] = [para(t('documents:pack.requirements'), { heading: HeadingLevel.HEADING_2 })];
  if (lot.requirements.length === 0) {
    out.push(para(t('documents:pack.noRequirements')));
    return out;
  }
  out.push(para(t('documents:pack.requirementsIntro')));
  const rows = lot.requirements.map((r) => [
    [para(r.name, { style: STYLE.tableHeading }), ...paragraphsOf(r.description, { style: STYLE.tableText })],
    text(r.evidence),
  ]);
  out.push(
    table(
      [
        { title: t('documents:pack.requirement'), width: 5226 },
        { title: t('documents:pack.evidence'), width: TEXT_WIDTH - 5226 },
      ],
      rows,
    ),
  );
  return out;
}

function lotSection(lot: Lot, settings: CriteriaSettings, v: DocumentVoice): FileChild[] {
  const { t } = v;
  return [
    line(lot.title, { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    para(t('documents:pack.awardCriteria'), { heading: HeadingLevel.HEADING_2 }),
    para(t('documents:pack.awardCriteriaIntro')),
    criteriaTable(lot.criteria, v),
    ...floorStatements(lot.criteria, settings, v).map((statement) => para(statement, { spacing: spacing({ before: 160 }) })),
    ...scoringSection(lot.criteria, v),
    ...requirementsSection(lot, v),
    para(t('documents:pack.minimumQuality'), { heading: HeadingLevel.HEADING_2 }),
    para(minimumQualityStatement(lot, v)),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Clauses and questionnaire

function clausesSection(tender: Tender, { t }: DocumentVoice): FileChild[] {
  if (tender.clauses.length === 0) return [];
  const rendered = renderClauses(withTenderParties(tender.clauses, tender.buyer));
  return [
    para(t('documents:clauses.title'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    para(t('documents:pack.clausesIntro')),
    ...clauseParagraphs(rendered.clauses, 2),
  ];
}

function orderedQuestions(questions: readonly SelectedQuestion[]): SelectedQuestion[] {
  return questions
    .map((q, index) => ({ q, index }))
    .sort((a, b) => a.q.order - b.q.order || a.index - b.index)
    .map(({ q }) => q);
}

function answerBox({ t }: DocumentVoice): Table {
  return new Table({
    style: TABLE_STYLE,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    tableLook: { firstRow: true, lastRow: false, firstColumn: false, lastColumn: false, noHBand: true, noVBand: true },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: [cell([para(t('documents:pack.yourAnswer'), { style: STYLE.tableHeading })], TEXT_WIDTH)],
      }),
      new TableRow({ cantSplit: true, height: { value: 2268, rule: HeightRule.ATLEAST }, children: [cell([], TEXT_WIDTH)] }),
    ],
  });
}

function questionnaireSection(tender: Tender, v: DocumentVoice): FileChild[] {
  const { t } = v;
  const questions = orderedQuestions(tender.qa.questions);
  if (questions.length === 0) return [];
  const out: FileChild[] = [
    para(t('documents:pack.questionnaire'), { heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
    para(t('documents:pack.questionnaireIntro')),
    table(
      [
        { title: t('documents:pack.supplierDetails'), width: 3000 },
        { title: '', width: TEXT_WIDTH - 3000 },
      ],
      [
        [text(t('documents:pack.supplierName')), text('')],
        [text(t('documents:pack.completedBy')), text('')],
        [text(t('documents:pack.date')), text('')],
      ],
    ),
  ];
  for (const selected of questions) {
    const q = selected.question;
    out.push(new Paragraph({ style: STYLE.question, numbering: { reference: LIST.questions, level: 0 }, children: runs(q.question) }));
    out.push(labelledIn(v, t('documents:pack.theme'), QUESTION_THEME_NAMES[q.theme](v), { style: STYLE.questionDetail }));
    out.push(labelledIn(v, t('documents:pack.whyWeAsk'), q.why, { style: STYLE.questionDetail }));
    if (q.evidence.length) {
      out.push(para(t('documents:pack.evidenceToAttach'), { style: STYLE.questionDetail }, { bold: true }));
      for (const item of q.evidence) out.push(para(item, { style: STYLE.bullet, numbering: { reference: LIST.bullets, level: 0 } }));
    }
    out.push(answerBox(v));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

export function tenderPackMeta(tender: Tender, v: DocumentVoice = voiceOf(tender)): DocumentMeta {
  const { t } = v;
  const reference = tender.reference.trim();
  const buyer = tender.buyer.trim();
  const count = tender.lots.length;
  return {
    title: tender.title,
    subject: reference ? t('documents:pack.meta.subjectWithReference', { reference }) : t('documents:pack.meta.subject'),
    creator: buyer,
    keywords: [t('documents:pack.meta.keywords'), reference].filter(Boolean).join(', '),
    description: buyer
      ? t('documents:pack.meta.descriptionWithBuyer', { title: tender.title, buyer, count: count })
      : t('documents:pack.meta.description', { title: tender.title, count: count }),
  };
}

/** Builds the tender pack document, in the tender's language unless told otherwise. */
export function buildTenderPack(
  tender: Tender,
  settings: CriteriaSettings,
  exportDate: string,
  v: DocumentVoice = voiceOf(tender),
): Document {
  return new Document({
    ...documentProperties(tenderPackMeta(tender, v), tender),
    externalStyles: EXTERNAL_STYLES,
    styles: documentStyles(v),
    numbering: documentNumbering(v),
    // Word fills in the contents' page numbers (and every field) from its own layout when it opens the
    // file. They are not estimated here: docx's page-layout estimate took 2 s of CPU for a 20-page pack
    // and 30 s for the benchmark's reference tender, blocking the app; viewers that never update fields
    // (LibreOffice until Tools > Update) show the linked headings without numbers.
    features: { updateFields: true },
    sections: [
      {
        headers: { default: pageHeader(tender.reference, tender.title, v) },
        footers: { default: pageFooter(v) },
        children: [
          ...cover(tender, exportDate, v),
          ...contents(v),
          ...tender.lots.flatMap((lot) => lotSection(lot, settings, v)),
          ...clausesSection(tender, v),
          ...questionnaireSection(tender, v),
        ],
      },
    ],
  });
}
