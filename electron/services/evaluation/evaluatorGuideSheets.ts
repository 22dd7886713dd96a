/**
 * The two reading sheets of an evaluator workbook: Instructions (how to fill it in) and Criteria (each
 * criterion with its weight, its scale and what every score means). Both are made to print whole:
 * wrapped cells get row heights worked out from their text, since no spreadsheet grows rows on its own.
 */
import type ExcelJS from 'exceljs';
import type { Evaluator, LotEvaluation } from '@shared/model/evaluation';
import type { Lot, Tender } from '@shared/model/tender';
import { PRICE_FORMULA_EXPRESSIONS } from '@shared/model/scoring';
import { CATEGORY_NAMES, PRICE_METHOD_NAMES } from '@shared/rules/exportText';
import { ENGLISH, type DocumentVoice } from '@shared/documents/voice';
import { SPREAD_FLAG_RATIO } from '@shared/rules/evaluationConsensus';
import type { EvaluationCriterion } from '@shared/rules/evaluationCriteria';
import { fitWrappedRows, readableDate, setupPrint } from './workbookFormat';
import { evaluatorCellStyles } from './scoringCells';

export interface InstructionLine {
  text: string;
  kind: 'title' | 'heading' | 'text';
}

export interface InstructionsInput {
  tender: Tender;
  lot: Lot;
  evaluator: Evaluator;
  evaluation: LotEvaluation;
  exportedAt: Date;
  locale?: string;
  /** The workbook's language; English when not given. */
  voice?: DocumentVoice;
}

/** Every line of the Instructions sheet, in order (the PDF test checks each one is printed whole). */
export function instructionLines(input: InstructionsInput): InstructionLine[] {
  const { tender, lot, evaluator, evaluation, exportedAt, locale } = input;
  const { t } = input.voice ?? ENGLISH;
  const text = (line: string): InstructionLine => ({ text: line, kind: 'text' });
  const heading = (line: string): InstructionLine => ({ text: line, kind: 'heading' });
  return [
    { text: `${tender.title} – ${lot.title}`, kind: 'title' },
    text(t('documents:evaluator.guide.evaluator', { name: evaluator.name, initials: evaluator.initials })),
    text(
      t('documents:evaluator.guide.reference', {
        reference: tender.reference || '–',
        revision: tender.revision,
        date: readableDate(exportedAt, locale),
      }),
    ),
    text(''),
    heading(t('documents:evaluator.guide.howTo')),
    text(t('documents:evaluator.guide.step1')),
    text(t('documents:evaluator.guide.step2')),
    text(t('documents:evaluator.guide.step3')),
    text(t('documents:evaluator.guide.step4')),
    text(t('documents:evaluator.guide.step5')),
    text(t('documents:evaluator.guide.step6')),
    text(''),
    heading(t('documents:evaluator.guide.goodToKnow')),
    text(t('documents:evaluator.guide.protected')),
    text(t('documents:evaluator.guide.weighted')),
    text(t('documents:evaluator.guide.spread', { percent: SPREAD_FLAG_RATIO * 100 })),
    text(evaluation.hidePriceFromEvaluators ? t('documents:evaluator.guide.pricesHidden') : t('documents:evaluator.guide.pricesShown')),
  ];
}

/**
 * Narrow enough to fit a portrait A4 page even where a wider font stands in for Calibri: a spreadsheet
 * fits a sheet to the page width by whole columns, so a single column wider than the page is cut at
 * the page edge instead of shrunk.
 */
export const INSTRUCTIONS_COLUMN_WIDTH = 64;

export function writeInstructionsSheet(ws: ExcelJS.Worksheet, input: InstructionsInput): void {
  const wrapTop: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
  const styles: Record<InstructionLine['kind'], Partial<ExcelJS.Style>> = {
    title: { alignment: wrapTop, font: { bold: true, size: 14 } },
    heading: { alignment: wrapTop, font: { bold: true, size: 11 } },
    text: { alignment: wrapTop },
  };
  ws.getColumn(1).width = INSTRUCTIONS_COLUMN_WIDTH;
  const lines = instructionLines(input);
  lines.forEach((line, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = line.text;
    cell.style = styles[line.kind];
  });
  fitWrappedRows(
    ws,
    Array.from(lines, (_, i) => i + 1),
  );
  setupPrint(ws, { orientation: 'portrait', lastColumn: 1, lastRow: lines.length });
}

export function formatDescriptors(descriptors: readonly string[], max: number, { t }: DocumentVoice = ENGLISH): string {
  const lines: string[] = [];
  const none = t('documents:evaluator.noDescriptor');
  for (let level = max; level >= 0; level -= 1) lines.push(`${level} – ${(descriptors[level] ?? '').trim() || none}`);
  return lines.join('\n');
}

const criteriaHeaders = ({ t }: DocumentVoice) => [
  t('documents:evaluator.ref'),
  t('documents:evaluator.criterion'),
  t('documents:evaluator.category'),
  t('documents:evaluator.criteria.weight'),
  t('documents:evaluator.criteria.howScored'),
  t('documents:evaluator.criteria.meaning'),
  t('documents:evaluator.criteria.evidence'),
  t('documents:evaluator.criteria.description'),
];
const CRITERIA_WIDTHS = [6, 32, 14, 12, 26, 60, 40, 40];

function howScored(c: EvaluationCriterion, voice: DocumentVoice): string {
  const { t } = voice;
  const scoring = c.criterion.scoring;
  if (c.role === 'heading') return t('documents:evaluator.criteria.throughSubCriteria');
  if (scoring.type === 'quality-scale') return t('documents:evaluator.criteria.scale', { max: scoring.max });
  return t('documents:evaluator.criteria.priceFormula', {
    method: PRICE_METHOD_NAMES[scoring.type](voice),
    formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
  });
}

export function writeCriteriaSheet(
  ws: ExcelJS.Worksheet,
  lot: Lot,
  criteria: readonly EvaluationCriterion[],
  voice: DocumentVoice = ENGLISH,
): void {
  const { t } = voice;
  const styles = evaluatorCellStyles(undefined, voice);
  const headers = criteriaHeaders(voice);
  headers.forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = h;
    cell.style = styles.header;
    ws.getColumn(i + 1).width = CRITERIA_WIDTHS[i];
  });
  let r = 2;
  const writeRow = (values: (string | number)[], style: Partial<ExcelJS.Style>) => {
    values.forEach((v, i) => {
      const cell = ws.getCell(r, i + 1);
      cell.value = v;
      cell.style = style;
    });
    r += 1;
  };
  for (const c of criteria) {
    const scoring = c.criterion.scoring;
    writeRow(
      [
        c.ref,
        c.criterion.name,
        CATEGORY_NAMES[c.criterion.category](voice),
        c.points.toNumber(),
        howScored(c, voice),
        scoring.type === 'quality-scale' && c.role === 'quality' ? formatDescriptors(scoring.descriptors, scoring.max, voice) : '',
        c.criterion.evidence,
        c.criterion.description,
      ],
      c.role === 'heading' ? styles.wrapTopBold : styles.wrapTop,
    );
  }
  if (lot.requirements.length > 0) {
    r += 1;
    const head = ws.getCell(r, 2);
    head.value = t('documents:evaluator.criteria.requirementsHeading');
    head.style = styles.bold;
    r += 1;
    lot.requirements.forEach((req, i) =>
      writeRow(
        [
          `R${i + 1}`,
          req.name,
          t('documents:evaluator.criteria.passFail'),
          '',
          t('documents:evaluator.criteria.passOrFail'),
          '',
          req.evidence,
          req.description,
        ],
        styles.wrapTop,
      ),
    );
  }
  const lastRow = r - 1;
  fitWrappedRows(
    ws,
    Array.from({ length: lastRow }, (_, i) => i + 1),
  );
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2', activeCell: 'A2' }];
  setupPrint(ws, { titleRows: '1:1', lastColumn: headers.length, lastRow });
}
