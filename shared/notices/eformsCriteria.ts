import { LIMITS } from '../model/common';
import { newCriterion, type Criterion, type CriterionCategory } from '../model/criteria';
import { readDescription } from './eformsDescription';
import { codeLabel } from './codelists';
import { percentToHundredths } from './eformsNumbers';
import { select, textIn, textOf, type XmlElement } from './xmlTree';

/** One award criterion of a lot as the notice writes it (BT-539, BT-734, BT-540, BT-541/5421/5422/5423). */
export interface NoticeCriterion {
  type: string;
  name: string;
  description: string;
  parameters: { list: string; code: string; number: string }[];
}

/** Something in the notice that the new tender does not hold as written, for the user to fix. */
export interface UnmappedItem {
  /** The new tender's lot, for the link to its criteria. */
  lotId?: string;
  /** The lot as the notice names it: its identifier (BT-137, "LOT-0001") and title. */
  noticeLotId?: string;
  lotTitle?: string;
  /** The new tender's criterion, when one was created for it. */
  criterionId?: string;
  criterionName?: string;
  message: string;
}

const PARAMETER_PATH = 'ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension/efac:AwardCriterionParameter';

const TYPES: Record<string, CriterionCategory> = { price: 'price', cost: 'cost', quality: 'quality' };

/** A code as the eForms codelist names it in English ("Weight (points, exact)"), or the code itself when the list lacks it. */
function named(list: 'number-weight' | 'number-fixed' | 'number-threshold', code: string): string {
  return `“${codeLabel(list, code) ?? code.slice(0, 30)}”`;
}

export function readNoticeCriteria(lot: XmlElement, language: string): NoticeCriterion[] {
  return select(lot, 'cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion').map((c) => ({
    type: textOf(select(c, 'cbc:AwardingCriterionTypeCode')[0]),
    name: textIn(c, 'cbc:Name', language),
    description: textIn(c, 'cbc:Description', language),
    parameters: select(c, PARAMETER_PATH).map((p) => {
      const code = select(p, 'efbc:ParameterCode')[0];
      return { list: code?.attributes.listName ?? '', code: textOf(code), number: textOf(select(p, 'efbc:ParameterNumeric')[0]) };
    }),
  }));
}

export interface MappedCriterion {
  criterion: Criterion;
  /** The parent the export named in the description ("Part of “Quality” (40% in all)."). */
  parent?: { name: string; weight: string };
  problems: string[];
}

/** Cuts a text to `max` characters and says so, so nothing is shortened without the user knowing. */
function fit(text: string, max: number, what: string, problems: string[]): string {
  if (text.length <= max) return text;
  problems.push(`its ${what} is longer than ${max.toLocaleString('en-GB')} characters and was shortened`);
  return text.slice(0, max);
}

/**
 * A criterion that carries a minimum score and no weight: how a notice states a minimum that bids
 * must reach (Tenderwright's export writes the lot's minimum quality score this way). Its number,
 * read exactly, or why it cannot be read.
 */
export function minimumScoreOf(source: NoticeCriterion): ReturnType<typeof percentToHundredths> | undefined {
  const thresholds = source.parameters.filter((p) => p.list === 'number-threshold');
  if (thresholds.length !== 1 || thresholds[0]!.code !== 'min-score' || source.parameters.length !== 1) return undefined;
  return percentToHundredths(thresholds[0]!.number);
}

/**
 * One notice criterion as a Tenderwright criterion. What cannot be carried over exactly (a weight
 * that is not an exact percentage, a fixed value, a threshold) is left out of the criterion and
 * described in `problems`; a weight that cannot be read is 0, which the criteria checks then flag,
 * rather than a guess. Returns undefined when the type is not price, cost or quality: there is no
 * category to give it without guessing.
 */
export function mapCriterion(source: NoticeCriterion): MappedCriterion | undefined {
  const type = TYPES[source.type];
  if (!type) return undefined;
  const problems: string[] = [];
  const reading = readDescription(source.description, type);
  const criterion = newCriterion(reading.category, { name: fit(source.name, LIMITS.shortText, 'name', problems) });
  criterion.description = fit(reading.description, LIMITS.longText, 'description', problems);
  if (reading.scoring) criterion.scoring = reading.scoring;
  const weights = source.parameters.filter((p) => p.list === 'number-weight');
  if (weights.length === 0) problems.push('the notice gives it no weight; enter its weight');
  if (weights.length > 1) problems.push(`the notice gives it ${weights.length} weights; enter the right one`);
  if (weights.length === 1) {
    const [weight] = weights as [NoticeCriterion['parameters'][number]];
    if (weight.code === 'per-exa') {
      const read = percentToHundredths(weight.number);
      if (read.ok) criterion.weight = read.value;
      else problems.push(`its weight ${read.reason}; enter its weight`);
    } else {
      problems.push(
        `the notice gives its weight as ${named('number-weight', weight.code)} ${weight.number.slice(0, 30) || 'with no number'}, not as an exact percentage; enter its weight as a percentage`,
      );
    }
  }
  for (const fixed of source.parameters.filter((p) => p.list === 'number-fixed')) {
    problems.push(
      `the notice gives it a ${named('number-fixed', fixed.code)} of ${fixed.number.slice(0, 30)}, which Tenderwright does not hold; describe it in the criterion`,
    );
  }
  for (const threshold of source.parameters.filter((p) => p.list === 'number-threshold')) {
    const what = `the notice gives it a threshold ${named('number-threshold', threshold.code)} of ${threshold.number.slice(0, 30)}`;
    problems.push(
      threshold.code === 'min-score'
        ? `${what} for this criterion alone; Tenderwright’s minimum quality score counts the lot’s quality criteria together, so set it on the lot if it applies`
        : `${what}, which Tenderwright does not hold`,
    );
  }
  return { criterion, ...(reading.parent ? { parent: reading.parent } : {}), problems };
}
