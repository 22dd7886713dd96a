/**
 * The Scoring sheet's layout: where every criterion, input and formula of an evaluator workbook sits.
 * A pure function of the lot, so the exporter writes it and the import rebuilds it to check a file.
 */
import type { Bidder } from '@shared/model/evaluation';
import { evaluationOf } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import type { PriceFormula } from '@shared/model/scoring';
import { evaluationCriteria, type EvaluationCriterion } from '@shared/rules/evaluationCriteria';
import { addr, col } from './workbookFormat';
import { ENGLISH, type DocumentVoice } from '@shared/documents/voice';

export const SCORING_ROWS = { title: 1, subtitle: 2, header: 4, subheader: 5, first: 6 } as const;
export const SCORING_COLUMNS = { ref: 1, name: 2, category: 3, scale: 4, points: 5, perStep: 6, firstBidder: 7 } as const;

export interface ScoreInput {
  criterionId: string;
  bidderId: string;
  row: number;
  score: string;
  reason: string;
  scaleMax: number;
  /** "1.2 “Delivery plan”" */
  criterionLabel: string;
  bidderLabel: string;
}

export interface VerdictInput {
  requirementId: string;
  bidderId: string;
  row: number;
  verdict: string;
  reason: string;
  requirementLabel: string;
  bidderLabel: string;
}

export type ScoringRowKind =
  'heading' | 'quality' | 'subtotal' | 'check' | 'bid-price' | 'price' | 'total' | 'requirements-heading' | 'requirement';

export interface ScoringRow {
  row: number;
  kind: ScoringRowKind;
  /** Text of column A (the reference) for criterion and requirement rows. */
  ref?: string;
  /** Text of column B. */
  label: string;
  criterion?: EvaluationCriterion;
  requirementId?: string;
}

export interface ScoringLayout {
  bidders: { bidder: Bidder; label: string; score: number; reason: number }[];
  rows: ScoringRow[];
  formulas: Map<string, string>;
  /** Cells whose text the import checks, so moved or inserted rows are caught: address -> text. */
  labels: Map<string, string>;
  scoreInputs: ScoreInput[];
  verdictInputs: VerdictInput[];
  showPrices: boolean;
  lastColumn: number;
  lastRow: number;
}

export function bidderLabel(bidder: Bidder, index: number, voice: DocumentVoice = ENGLISH): string {
  return bidder.name.trim() || voice.t('documents:evaluator.bidder', { number: index + 1 });
}

/** A formula that scores one bid's price with the lot's formula, as a spreadsheet formula. */
export function priceFormula(formula: PriceFormula, own: string, all: string[], points: string): string {
  const list = all.join(',');
  const min = `MIN(${list})`;
  const max = `MAX(${list})`;
  switch (formula.type) {
    case 'lowest-price-ratio':
      return `${points}*${min}/${own}`;
    case 'linear-lowest-highest':
      return `IF(${max}=${min},${points},${points}*(${max}-${own})/(${max}-${min}))`;
    case 'deviation-from-lowest':
      return `${points}*MAX(0,1-(${own}-${min})/${min})`;
    case 'absolute':
      return `${points}*MIN(1,MAX(0,(${formula.ceiling}-${own})/(${formula.ceiling}-${formula.floor})))`;
  }
}

/**
 * The Scoring sheet's layout for a lot; the same for every evaluator of the lot. Its labels (and the
 * words inside the progress formula) are in the workbook's language, so the importer rebuilds it in
 * the language the workbook says it was written in.
 */
export function scoringLayout(lot: Lot, voice: DocumentVoice = ENGLISH): ScoringLayout {
  const { t } = voice;
  const evaluation = evaluationOf(lot);
  const showPrices = !evaluation.hidePriceFromEvaluators;
  const criteria = evaluationCriteria(lot.criteria);
  const bidders = evaluation.bidders.map((bidder, i) => ({
    bidder,
    label: bidderLabel(bidder, i, voice),
    score: SCORING_COLUMNS.firstBidder + 2 * i,
    reason: SCORING_COLUMNS.firstBidder + 2 * i + 1,
  }));
  const lastColumn = Math.max(SCORING_COLUMNS.perStep, SCORING_COLUMNS.firstBidder + 2 * bidders.length - 1);
  const rows: ScoringRow[] = [];
  const formulas = new Map<string, string>();
  const labels = new Map<string, string>();
  const scoreInputs: ScoreInput[] = [];
  const verdictInputs: VerdictInput[] = [];
  let row: number = SCORING_ROWS.first;

  labels.set(addr(SCORING_COLUMNS.ref, SCORING_ROWS.header), t('documents:evaluator.ref'));
  for (const b of bidders) {
    labels.set(addr(b.score, SCORING_ROWS.subheader), t('documents:evaluator.score'));
    labels.set(addr(b.reason, SCORING_ROWS.subheader), t('documents:evaluator.reason'));
  }

  const qualityIds = new Set(criteria.filter((c) => c.role === 'quality').map((c) => c.criterion.id));
  const qualityRows: number[] = [];
  for (const c of criteria) {
    if (c.role === 'price') continue;
    if (c.role === 'heading') {
      const hasQuality = lot.criteria.some((child) => child.parentId === c.criterion.id && qualityIds.has(child.id));
      if (!hasQuality) continue;
      rows.push({ row, kind: 'heading', ref: c.ref, label: c.criterion.name, criterion: c });
      labels.set(addr(SCORING_COLUMNS.ref, row), c.ref);
      row += 1;
      continue;
    }
    rows.push({ row, kind: 'quality', ref: c.ref, label: c.criterion.name, criterion: c });
    labels.set(addr(SCORING_COLUMNS.ref, row), c.ref);
    formulas.set(addr(SCORING_COLUMNS.perStep, row), `${addr(SCORING_COLUMNS.points, row)}/${addr(SCORING_COLUMNS.scale, row)}`);
    for (const b of bidders) {
      scoreInputs.push({
        criterionId: c.criterion.id,
        bidderId: b.bidder.id,
        row,
        score: addr(b.score, row),
        reason: addr(b.reason, row),
        scaleMax: c.scaleMax!,
        criterionLabel: `${c.ref} “${c.criterion.name.trim() || 'unnamed criterion'}”`,
        bidderLabel: b.label,
      });
    }
    qualityRows.push(row);
    row += 1;
  }

  let subtotalRow: number | null = null;
  if (qualityRows.length > 0) {
    const first = qualityRows[0]!;
    const last = qualityRows[qualityRows.length - 1]!;
    const n = qualityRows.length;
    subtotalRow = row;
    rows.push({ row, kind: 'subtotal', label: t('documents:evaluator.weightedQuality') });
    labels.set(addr(SCORING_COLUMNS.name, row), t('documents:evaluator.weightedQuality'));
    for (const b of bidders) {
      const s = col(b.score);
      formulas.set(addr(b.score, row), `SUMPRODUCT($F$${first}:$F$${last},${s}$${first}:${s}$${last})`);
    }
    row += 1;
    rows.push({ row, kind: 'check', label: t('documents:evaluator.stillToDo') });
    labels.set(addr(SCORING_COLUMNS.name, row), t('documents:evaluator.stillToDo'));
    // Text inside a formula is a string literal: a double quote in a translation would end it.
    const literal = (text: string) => text.replace(/"/g, '""');
    const complete = literal(t('documents:evaluator.complete'));
    const missingScores = literal(t('documents:evaluator.missingScores'));
    const missingReasons = literal(t('documents:evaluator.missingReasons'));
    for (const b of bidders) {
      const scores = `${col(b.score)}${first}:${col(b.score)}${last}`;
      const reasons = `${col(b.reason)}${first}:${col(b.reason)}${last}`;
      formulas.set(
        addr(b.score, row),
        `IF(AND(COUNT(${scores})=${n},COUNTA(${reasons})=${n}),"${complete}",(${n}-COUNT(${scores}))&"${missingScores}"&(${n}-COUNTA(${reasons}))&"${missingReasons}")`,
      );
    }
    row += 1;
  }

  const priceLeaf = criteria.find((c) => c.role === 'price');
  if (showPrices && priceLeaf?.formula) {
    const bidRow = row;
    rows.push({ row, kind: 'bid-price', label: t('documents:evaluator.bidPrice') });
    labels.set(addr(SCORING_COLUMNS.name, row), t('documents:evaluator.bidPrice'));
    row += 1;
    const priceRow = row;
    rows.push({ row, kind: 'price', ref: priceLeaf.ref, label: priceLeaf.criterion.name, criterion: priceLeaf });
    labels.set(addr(SCORING_COLUMNS.ref, row), priceLeaf.ref);
    const all = bidders.map((b) => addr(b.score, bidRow));
    for (const b of bidders) {
      const own = addr(b.score, bidRow);
      formulas.set(addr(b.score, priceRow), `IF(${own}="","",${priceFormula(priceLeaf.formula, own, all, `$E$${priceRow}`)})`);
    }
    row += 1;
    rows.push({ row, kind: 'total', label: t('documents:evaluator.totalPoints') });
    labels.set(addr(SCORING_COLUMNS.name, row), t('documents:evaluator.totalPoints'));
    for (const b of bidders) {
      const price = addr(b.score, priceRow);
      const quality = subtotalRow ? addr(b.score, subtotalRow) : '0';
      formulas.set(addr(b.score, row), `IF(${price}="","",${quality}+${price})`);
    }
    row += 1;
  }

  if (lot.requirements.length > 0) {
    row += 1;
    rows.push({ row, kind: 'requirements-heading', label: t('documents:evaluator.requirements') });
    labels.set(addr(SCORING_COLUMNS.name, row), t('documents:evaluator.requirements'));
    row += 1;
    lot.requirements.forEach((requirement, i) => {
      const ref = `R${i + 1}`;
      rows.push({ row, kind: 'requirement', ref, label: requirement.name, requirementId: requirement.id });
      labels.set(addr(SCORING_COLUMNS.ref, row), ref);
      for (const b of bidders) {
        verdictInputs.push({
          requirementId: requirement.id,
          bidderId: b.bidder.id,
          row,
          verdict: addr(b.score, row),
          reason: addr(b.reason, row),
          requirementLabel: `${ref} “${requirement.name.trim() || 'unnamed requirement'}”`,
          bidderLabel: b.label,
        });
      }
      row += 1;
    });
  }

  return { bidders, rows, formulas, labels, scoreInputs, verdictInputs, showPrices, lastColumn, lastRow: row - 1 };
}
