/**
 * What a criterion's description (BT-540) says beyond its own text, when the notice was written by
 * Tenderwright's export (shared/notices/noticeCriteria.ts): eForms has no social or environmental
 * criterion type and no sub-criteria, so the export marks them in the description, and it states
 * how the criterion is scored. Reading those sentences back makes export then import give back the
 * same criteria; a description without them is kept as written.
 */
import { PRICE_FORMULAS, defaultQualityScale, QUALITY_SCALE_MAXIMA, type ScoringMethod } from '../model/scoring';
import type { CriterionCategory } from '../model/criteria';
import { ENVIRONMENTAL_MARK, SOCIAL_MARK, scoringInWords } from './noticeCriteria';

export interface DescriptionReading {
  category: CriterionCategory;
  /** "Part of “Quality” (40.00% in all).": the parent's name and its weight as written. */
  parent?: { name: string; weight: string };
  scoring?: ScoringMethod;
  /** The criterion's own text, the sentences above taken out. */
  description: string;
}

const PART_OF = /^Part of “(.*?)” \(([\d.]+)% in all\)\.\s*/;
const ABSOLUTE_BOUNDS = /formula \(floor price (\d+(?:\.\d+)?), ceiling price (\d+(?:\.\d+)?)\):/;

/** The scoring methods whose words the export would write for a criterion of this type. */
function candidates(type: CriterionCategory, text: string): ScoringMethod[] {
  if (type === 'quality') return QUALITY_SCALE_MAXIMA.map((max) => defaultQualityScale(max));
  const bounds = ABSOLUTE_BOUNDS.exec(text);
  return PRICE_FORMULAS.flatMap((formula): ScoringMethod[] => {
    if (formula !== 'absolute') return [{ type: formula }];
    return bounds ? [{ type: 'absolute', floor: Number(bounds[1]), ceiling: Number(bounds[2]) }] : [];
  });
}

/** Reads the marks the export writes into a description of a criterion whose BT-539 type is `type`. */
export function readDescription(text: string, type: CriterionCategory): DescriptionReading {
  let rest = text.trim();
  let category = type;
  for (const [mark, marked] of [
    [SOCIAL_MARK, 'social'],
    [ENVIRONMENTAL_MARK, 'environmental'],
  ] as const) {
    if (type === 'quality' && category === type && rest.startsWith(mark)) {
      category = marked;
      rest = rest.slice(mark.length).trimStart();
    }
  }
  const part = PART_OF.exec(rest);
  if (part) rest = rest.slice(part[0].length);
  // The export ends every description with how the criterion is scored, in these exact words.
  const scoring = candidates(type, rest).find((method) => rest.endsWith(scoringInWords(method)));
  if (scoring) rest = rest.slice(0, rest.length - scoringInWords(scoring).length);
  return {
    category,
    ...(part ? { parent: { name: part[1]!, weight: part[2]! } } : {}),
    ...(scoring ? { scoring } : {}),
    description: rest.trim(),
  };
}
