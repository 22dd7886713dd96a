/** One notice lot's award criteria into a Tenderwright lot (see eformsImport.ts for the whole notice). */
import { MAX_CRITERIA_PER_LOT, canonicalOrder, newCriterion, type Criterion } from '../model/criteria';
import type { Lot } from '../model/tender';
import { mapCriterion, minimumScoreOf, readNoticeCriteria, type UnmappedItem } from './eformsCriteria';
import { percentToHundredths } from './eformsNumbers';
import type { XmlElement } from './xmlTree';

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const percent = (hundredths: number) => `${hundredths / 100}%`;

interface Group {
  parent: Criterion;
  written: string;
  children: Criterion[];
}

/**
 * Sub-criteria: the export publishes a criterion with sub-criteria as its sub-criteria, each saying
 * "Part of “Quality” (40% in all).". Consecutive ones naming the same parent get that parent back.
 */
function parentFor(
  groups: Group[],
  child: Criterion,
  parent: { name: string; weight: string },
  problem: (message: string) => void,
): Criterion {
  const last = groups.at(-1);
  if (last && last.parent.name === parent.name && last.written === parent.weight) return last.parent;
  const made = newCriterion(child.category, { name: clip(parent.name, 300) });
  const weight = percentToHundredths(parent.weight);
  if (weight.ok) made.weight = weight.value;
  else problem(`“${clip(parent.name, 80)}”: its weight ${weight.reason}; enter its weight.`);
  groups.push({ parent: made, written: parent.weight, children: [] });
  return made;
}

export function mapLot(source: XmlElement, lot: Lot, noticeLotId: string, language: string, unmapped: UnmappedItem[]): Lot {
  const where = { lotId: lot.id, noticeLotId, lotTitle: lot.title };
  const note = (message: string, criterion?: Criterion, name?: string) =>
    unmapped.push({ ...where, ...(criterion ? { criterionId: criterion.id } : {}), ...(name ? { criterionName: name } : {}), message });
  const all = readNoticeCriteria(source, language);
  const minimums = all.filter((c) => minimumScoreOf(c) !== undefined);
  const criteria = all.filter((c) => minimumScoreOf(c) === undefined);
  if (criteria.length === 0) note('The notice gives this lot no award criteria; add them.');
  if (criteria.length > MAX_CRITERIA_PER_LOT) {
    note(
      `The notice gives this lot ${criteria.length} award criteria; a lot holds at most ${MAX_CRITERIA_PER_LOT}, so the ones after the ${MAX_CRITERIA_PER_LOT}th were left out.`,
    );
  }
  const mapped: Criterion[] = [];
  const groups: Group[] = [];
  for (const [index, source] of criteria.slice(0, MAX_CRITERIA_PER_LOT).entries()) {
    const label = source.name || `criterion ${index + 1}`;
    const result = mapCriterion(source);
    if (!result) {
      const type = source.type ? `the type “${clip(source.type, 30)}”` : 'no type';
      note(
        `“${clip(label, 80)}” has ${type}, where eForms uses price, cost or quality, so it was not imported; add it with the right type.`,
        undefined,
        label,
      );
      continue;
    }
    let criterion = result.criterion;
    if (result.parent) {
      const parent = parentFor(groups, criterion, result.parent, (message) => note(message));
      if (!mapped.includes(parent)) mapped.push(parent);
      criterion = { ...criterion, parentId: parent.id };
      groups.at(-1)!.children.push(criterion);
    }
    mapped.push(criterion);
    for (const problem of result.problems) note(`“${clip(label, 80)}”: ${problem}.`, criterion, label);
  }
  for (const group of groups) {
    if (new Set(group.children.map((c) => c.category)).size > 1) {
      note(
        `The sub-criteria of “${clip(group.parent.name, 80)}” are of different kinds; it was given the first one’s (${group.parent.category}), so check its category.`,
        group.parent,
        group.parent.name,
      );
    }
    const total = group.children.reduce((sum, c) => sum + c.weight, 0);
    if (total !== group.parent.weight) {
      note(
        `“${clip(group.parent.name, 80)}” is ${percent(group.parent.weight)} in the notice, but its sub-criteria total ${percent(total)}; correct the weights.`,
        group.parent,
        group.parent.name,
      );
    }
  }
  const minimum = readMinimum(
    minimums.map((c) => minimumScoreOf(c)!),
    note,
  );
  return { ...lot, criteria: canonicalOrder(mapped), ...(minimum === undefined ? {} : { minimumQualityScore: minimum }) };
}

/** The lot's minimum quality score, from the criteria that carry only a minimum score. */
function readMinimum(readings: ReturnType<typeof percentToHundredths>[], note: (message: string) => void): number | undefined {
  if (readings.length === 0) return undefined;
  const values = [...new Set(readings.map((r) => (r.ok ? r.value : NaN)))];
  const failed = readings.find((r) => !r.ok);
  if (failed && !failed.ok) {
    note(`The notice’s minimum score for this lot ${failed.reason}; set the lot’s minimum quality score.`);
    return undefined;
  }
  if (values.length > 1) {
    note(
      `The notice gives this lot different minimum scores (${values.map((v) => v / 100).join(', ')}); Tenderwright has one minimum quality score per lot, so set it.`,
    );
    return undefined;
  }
  return values[0];
}
