/**
 * Texts the exporters write, worked out once and purely: scoring methods in words and as formulas,
 * floor statements, the tender's parties filled into clauses, safe file names and XML-safe text.
 * The Word exporter (electron/services/export) lays these out; the Export screen may show them too.
 */
import { CATEGORY_LABELS, DEFAULT_CRITERIA_SETTINGS, SOCIAL_FLOOR_MINIMUM, type CriteriaSettings, type Criterion } from '../model/criteria';
import { PRICE_FORMULA_EXPRESSIONS, PRICE_FORMULA_LABELS, type ScoringMethod } from '../model/scoring';
import type { ClauseInstance } from '../model/clauses';
import type { Lot, Tender } from '../model/tender';
import { floorStatus } from './weightingChecks';
import { formatWeight, formatWeightPercent, qualityPointsAvailable } from './weights';
import { isXmlChar } from './xmlSafeText';

// The XML-safe sanitiser lives in its own module; exporters have always imported it from here.
export { xmlSafeText } from './xmlSafeText';

// ---------------------------------------------------------------------------------------------------
// File names

export type ExportKind = 'tender-pack' | 'clauses';

const KIND_LABELS: Record<ExportKind, string> = { 'tender-pack': 'Tender pack', clauses: 'Contract clauses' };
const MAX_BASE_LENGTH = 120;

/** A file-name part from user text: no folders, no characters Windows refuses, no controls, no leading/trailing dots. */
export function sanitiseFileNamePart(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || !isXmlChar(code) || '/\\:*?"<>|'.includes(ch)) out += ' ';
    else out += ch;
  }
  out = out
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  if (out.length > MAX_BASE_LENGTH)
    out = [...out]
      .slice(0, MAX_BASE_LENGTH)
      .join('')
      .trimEnd()
      .replace(/[.\s]+$/, '');
  return out;
}

/** "TW-2026-014 Laptops - Tender pack 2026-05-01.docx": reference and title, what it is, the export date. */
export function exportFileName(tender: Pick<Tender, 'reference' | 'title'>, kind: ExportKind, exportDate: string): string {
  const reference = sanitiseFileNamePart(tender.reference);
  const title = sanitiseFileNamePart(tender.title);
  const base = sanitiseFileNamePart([reference, title].filter((part) => part !== '').join(' ')) || 'Tender';
  return `${base} - ${KIND_LABELS[kind]} ${exportDate}.docx`;
}

// ---------------------------------------------------------------------------------------------------
// Dates and numbers

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-05-01" -> "1 May 2026". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** An amount as bidders read it: "1,250,000" or "99.5". */
export function formatAmount(value: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(value);
}

/** A weight as points out of the lot's 100: 3000 -> "30.00". */
export const formatPoints = formatWeight;

// ---------------------------------------------------------------------------------------------------
// Scoring in words and as a formula

export interface ScoringText {
  /** Short name of the method, e.g. "Lowest-price ratio" or "Quality scale 0-5". */
  method: string;
  /** What the method does, in plain words with this criterion's points. */
  words: string;
  /** The formula in the DOMAIN.md notation. */
  formula: string;
  /** What each symbol of the formula stands for, with this criterion's values. */
  where: string;
}

const PRICE_SYMBOLS = {
  'lowest-price-ratio': 'Pi is the bid’s price and Pmin the lowest valid price',
  'linear-lowest-highest': 'Pi is the bid’s price, Pmin the lowest and Pmax the highest valid price',
  'deviation-from-lowest': 'Pi is the bid’s price and Pmin the lowest valid price',
} as const;

/** The scoring method of one criterion, in words and as a formula, for a criterion worth `weight` hundredths. */
export function scoringText(scoring: ScoringMethod, weight: number): ScoringText {
  const w = formatPoints(weight);
  const points = `${w} points`;
  switch (scoring.type) {
    case 'lowest-price-ratio':
      return {
        method: PRICE_FORMULA_LABELS[scoring.type],
        words: `The lowest valid price earns the full ${points}. Every other bid earns ${points} multiplied by the lowest price and divided by its own price, so a bid at twice the lowest price earns half the points.`,
        formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
        where: `where S is the score, W = ${w} points, ${PRICE_SYMBOLS[scoring.type]}.`,
      };
    case 'linear-lowest-highest':
      return {
        method: PRICE_FORMULA_LABELS[scoring.type],
        words: `The lowest valid price earns the full ${points} and the highest earns none; a price in between earns points in a straight line between the two. When all valid prices are equal, every bid earns the full points.`,
        formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
        where: `where S is the score, W = ${w} points, ${PRICE_SYMBOLS[scoring.type]}.`,
      };
    case 'deviation-from-lowest':
      return {
        method: PRICE_FORMULA_LABELS[scoring.type],
        words: `The lowest valid price earns the full ${points}. Every other bid loses points in proportion to how far its price lies above the lowest: a price 10% above the lowest earns 90% of the points, and a price twice the lowest or more earns none.`,
        formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
        where: `where S is the score, W = ${w} points, ${PRICE_SYMBOLS[scoring.type]}.`,
      };
    case 'absolute': {
      const ceiling = formatAmount(scoring.ceiling);
      const floor = formatAmount(scoring.floor);
      return {
        method: PRICE_FORMULA_LABELS[scoring.type],
        words: `Prices are scored against fixed bounds published here: a price at or below the floor of ${floor} earns the full ${points}, a price at or above the ceiling of ${ceiling} earns none, and a price in between earns points in a straight line between the two. Other bids do not change a bid’s score.`,
        formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
        where: `where S is the score, W = ${w} points, Pi is the bid’s price, Pceil = ${ceiling} and Pfloor = ${floor}; clamp keeps the fraction between 0 and 1.`,
      };
    }
    case 'quality-scale':
      return {
        method: `Quality scale 0–${scoring.max}`,
        words: `Evaluators score the answer from 0 to ${scoring.max} using the descriptors below. The criterion earns ${points} multiplied by the score and divided by ${scoring.max}, so only a score of ${scoring.max} earns the full points.`,
        formula: `S = W × s / ${scoring.max}`,
        where: `where S is the score, W = ${w} points and s is the evaluators’ score from 0 to ${scoring.max}.`,
      };
  }
}

/** For a criterion with sub-criteria: its points are the sum of theirs. */
export function parentScoringText(parent: Pick<Criterion, 'weight'>, children: readonly Pick<Criterion, 'name'>[]): ScoringText {
  const w = formatPoints(parent.weight);
  return {
    method: 'Sum of the sub-criteria',
    words: `This criterion is scored through its ${children.length} sub-criteria; its ${w} points are the sum of the points they earn.`,
    formula: `S = ${children.map((_, i) => `S${i + 1}`).join(' + ')}`,
    where: `where ${children.map((c, i) => `S${i + 1} is the score on “${c.name.trim()}”`).join(', ')}.`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Floors and the minimum quality score

/** One sentence per floor that applies to the lot: the category's share stated against its floor. */
export function floorStatements(criteria: readonly Criterion[], settings: CriteriaSettings = DEFAULT_CRITERIA_SETTINGS): string[] {
  return floorStatus(criteria, settings).map((status) => {
    const label = CATEGORY_LABELS[status.category];
    const share = formatWeightPercent(status.share);
    const floor = formatWeightPercent(status.floor);
    const source =
      status.category === 'social'
        ? status.floor === SOCIAL_FLOOR_MINIMUM
          ? ' (the minimum share the buyer requires for social criteria)'
          : ' (the buying organisation’s social floor)'
        : ' (the buying organisation’s floor)';
    const comparison = status.share > status.floor ? 'above' : status.share === status.floor ? 'exactly at' : 'below';
    return `${label} criteria make up ${share} of this lot’s weighting, ${comparison} the floor of ${floor}${source}.`;
  });
}

/** What the minimum quality score means for bidders in this lot. */
export function minimumQualityStatement(lot: Pick<Lot, 'criteria' | 'minimumQualityScore'>): string {
  const available = formatPoints(qualityPointsAvailable(lot.criteria));
  if (lot.minimumQualityScore === undefined || lot.minimumQualityScore === 0) {
    return 'No minimum quality score applies to this lot.';
  }
  return `A bid must earn at least ${formatPoints(lot.minimumQualityScore)} of the ${available} points available on the quality, social and environmental criteria of this lot. A bid that earns fewer is excluded and its price is not scored.`;
}

// ---------------------------------------------------------------------------------------------------
// Clauses

/**
 * The clauses as the export renders them: where a clause leaves `buyer` unset (absent or blank), the
 * tender's buying organisation fills it. A value the user set is never replaced.
 */
export function withTenderParties(instances: readonly ClauseInstance[], buyer: string): ClauseInstance[] {
  const name = buyer.trim();
  if (name === '') return [...instances];
  return instances.map((instance) => {
    const current = Object.prototype.hasOwnProperty.call(instance.values, 'buyer') ? instance.values.buyer : undefined;
    if (current !== undefined && String(current).trim() !== '') return instance;
    return { ...instance, values: { ...instance.values, buyer: name } };
  });
}
