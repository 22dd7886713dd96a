/**
 * What a criterion's description (BT-540) says beyond its own text, when the notice was written by
 * Tenderwright's export (shared/notices/noticeCriteria.ts): eForms has no social or environmental
 * criterion type and no sub-criteria, so the export marks them in the description, and it states
 * how the criterion is scored. Reading those sentences back makes export then import give back the
 * same criteria; a description without them is kept as written.
 */
import { PRICE_FORMULA_LABELS, PRICE_FORMULAS, defaultQualityScale, type ScoringMethod } from '../model/scoring';
import type { CriterionCategory } from '../model/criteria';

export const SOCIAL_MARK = 'Social criterion.';
export const ENVIRONMENTAL_MARK = 'Environmental criterion.';

export interface DescriptionReading {
  category: CriterionCategory;
  /** "Part of “Quality” (40% in all).": the parent's name and its weight as written. */
  parent?: { name: string; weight: string };
  scoring?: ScoringMethod;
  /** The criterion's own text, the sentences above taken out. */
  description: string;
}

const PART_OF = /^Part of “(.*?)” \(([\d.]+)% in all\)\.\s*/;
const PRICE_SCORING = /(?:^|\s+)Scored by the (.+?) formula(?: \(floor price ([\d.]+), ceiling price ([\d.]+)\))?: .*$/;
const QUALITY_SCORING = /(?:^|\s+)Scored on a 0–(5|10) scale; the procurement documents describe every level\.$/;

function priceScoring(label: string, floor?: string, ceiling?: string): ScoringMethod | undefined {
  const type = PRICE_FORMULAS.find((t) => PRICE_FORMULA_LABELS[t].toLowerCase() === label);
  if (!type) return undefined;
  if (type !== 'absolute') return { type };
  return floor !== undefined && ceiling !== undefined ? { type, floor: Number(floor), ceiling: Number(ceiling) } : undefined;
}

/** Reads the marks the export writes into a description of a criterion whose BT-539 type is `type`. */
export function readDescription(text: string, type: CriterionCategory): DescriptionReading {
  let rest = text.trim();
  let category = type;
  if (type === 'quality' && rest.startsWith(SOCIAL_MARK)) {
    category = 'social';
    rest = rest.slice(SOCIAL_MARK.length).trimStart();
  } else if (type === 'quality' && rest.startsWith(ENVIRONMENTAL_MARK)) {
    category = 'environmental';
    rest = rest.slice(ENVIRONMENTAL_MARK.length).trimStart();
  }
  const part = PART_OF.exec(rest);
  if (part) rest = rest.slice(part[0].length);
  let scoring: ScoringMethod | undefined;
  const price = type === 'quality' ? null : PRICE_SCORING.exec(rest);
  const quality = type === 'quality' ? QUALITY_SCORING.exec(rest) : null;
  if (price) {
    scoring = priceScoring(price[1]!, price[2], price[3]);
    if (scoring) rest = rest.slice(0, price.index);
  } else if (quality) {
    scoring = defaultQualityScale(Number(quality[1]) as 5 | 10);
    rest = rest.slice(0, quality.index);
  }
  return { category, ...(part ? { parent: { name: part[1]!, weight: part[2]! } } : {}), ...(scoring ? { scoring } : {}), description: rest.trim() };
}
