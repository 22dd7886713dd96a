import {
  DEFAULT_CRITERIA_SETTINGS,
  isPriceCategory,
  structuralProblems,
  type Criterion,
  type CriteriaSettings,
  type Requirement,
} from '../model/criteria';
import { PRICE_FORMULA_LABELS, isPriceFormula } from '../model/scoring';
import { capitalise, criterionName, listNames, pct, type AddFinding } from './criteriaCheckText';
import type { Finding } from './findings';
import { absoluteBoundsProblem } from './scoring';
import { checkFloors, checkMinimumQuality, checkTotals } from './weightingChecks';

/**
 * The award-criteria checks (issue 3). Pure: a lot and the organisation's settings in, findings out.
 * The tender stays editable and saved while it has findings; exports refuse while any error remains
 * (see hasBlockingFindings).
 */

/** What the checks need from a lot. A Lot with the criteria fields composed in satisfies it. */
export interface LotCriteriaInput {
  id: string;
  title?: string;
  criteria: readonly Criterion[];
  requirements?: readonly Requirement[];
  minimumQualityScore?: number;
}

/** Levels of a 0..max scale whose descriptor is missing or blank. */
export function missingDescriptorLevels(scale: { max: number; descriptors: readonly string[] }): number[] {
  const missing: number[] = [];
  for (let level = 0; level <= scale.max; level += 1) {
    if ((scale.descriptors[level] ?? '').trim() === '') missing.push(level);
  }
  return missing;
}

/** Checks one lot's criteria, requirements and minimum quality score. */
export function checkLot(lot: LotCriteriaInput, settings: CriteriaSettings = DEFAULT_CRITERIA_SETTINGS): Finding[] {
  const findings: Finding[] = [];
  const lotId = lot.id;
  const add = (f: Omit<Finding, 'id' | 'lotId'>, key?: string) => {
    const target = f.criterionId ?? f.requirementId ?? 'lot';
    findings.push({ id: `${f.code}:${lotId}:${target}${key ? `:${key}` : ''}`, lotId, ...f });
  };
  const criteria = lot.criteria;

  if (criteria.length === 0) {
    add({
      code: 'lot-no-criteria',
      severity: 'error',
      field: 'criteria',
      message: 'This lot has no award criteria yet, so bids in it cannot be compared.',
      fix: 'Add criteria from the library or from scratch, or start from a weight preset.',
    });
  } else {
    checkStructure(criteria, add);
    checkTotals(criteria, add);
    checkFloors(criteria, settings, add);
    checkPriceScoring(criteria, add);
    checkEachCriterion(criteria, add);
  }
  checkRequirements(lot.requirements ?? [], add);
  checkMinimumQuality(lot, add);
  return findings;
}

/** Checks every lot of a tender. */
export function checkCriteria(lots: readonly LotCriteriaInput[], settings: CriteriaSettings = DEFAULT_CRITERIA_SETTINGS): Finding[] {
  return lots.flatMap((lot) => checkLot(lot, settings));
}

function checkStructure(criteria: readonly Criterion[], add: AddFinding): void {
  for (const problem of structuralProblems(criteria)) {
    add(
      {
        code: 'criteria-structure',
        severity: 'error',
        criterionId: problem.id,
        field: problem.field,
        message: `${problem.message}.`,
        fix:
          problem.kind === 'duplicate-id'
            ? 'Remove the duplicate criterion and add it again.'
            : 'Move the criterion to the top level or under a top-level criterion.',
      },
      String(problem.index),
    );
  }
}

/** Leaves are the criteria that are scored: top-level criteria without sub-criteria, and sub-criteria. */
function scoredCriteria(criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter((c) => c.parentId !== undefined || !criteria.some((other) => other.parentId === c.id));
}

function checkPriceScoring(criteria: readonly Criterion[], add: AddFinding): void {
  const leaves = scoredCriteria(criteria);
  const pricedLeaves = leaves.filter((c) => isPriceCategory(c.category));
  const withFormula = pricedLeaves.filter((c) => isPriceFormula(c.scoring));
  if (criteria.every((c) => !isPriceCategory(c.category))) {
    add({
      code: 'price-not-scored',
      severity: 'info',
      field: 'criteria',
      message: 'Price is not scored in this lot: bidders compete on quality alone.',
      fix: 'That is sound only when the price is fixed in the tender documents; otherwise add a price or cost criterion.',
    });
  }
  if (withFormula.length > 1) {
    const names = withFormula.map((c) => criterionName(c, criteria.indexOf(c)));
    add({
      code: 'price-formula-multiple',
      severity: 'error',
      field: 'scoring',
      message: `${withFormula.length} criteria carry a price formula (${listNames(names)}); price must be scored once per lot.`,
      fix: 'Keep one price or cost criterion with a price formula and merge or remove the others.',
    });
  }
  for (const c of leaves) {
    const name = criterionName(c, criteria.indexOf(c));
    if (isPriceCategory(c.category) && !isPriceFormula(c.scoring)) {
      add({
        code: 'price-needs-formula',
        severity: 'error',
        criterionId: c.id,
        field: 'scoring',
        message: `${capitalise(name)} is a ${c.category} criterion but is scored on a quality scale; ${c.category === 'cost' ? 'costs' : 'prices'} are scored with a price formula.`,
        fix: 'Choose a price formula (lowest-price ratio, linear, deviation from lowest or absolute).',
      });
    }
    if (!isPriceCategory(c.category) && isPriceFormula(c.scoring)) {
      add({
        code: 'formula-needs-price-category',
        severity: 'error',
        criterionId: c.id,
        field: 'scoring',
        message: `${capitalise(name)} is a ${c.category} criterion but is scored with the ${PRICE_FORMULA_LABELS[c.scoring.type].toLowerCase()} price formula.`,
        fix: 'Score it on a quality scale, or change its category to price or cost.',
      });
    }
    if (c.scoring.type === 'absolute') {
      const problem = absoluteBoundsProblem(c.scoring.ceiling, c.scoring.floor);
      if (problem) {
        add({
          code: 'absolute-bounds',
          severity: 'error',
          criterionId: c.id,
          field: 'scoring.ceiling',
          message: `${capitalise(name)} uses the absolute formula, but ${problem}.`,
          fix: 'Publish a ceiling price above the floor price (the floor may be zero).',
        });
      }
    }
  }
}

function checkEachCriterion(criteria: readonly Criterion[], add: AddFinding): void {
  const leaves = new Set(scoredCriteria(criteria).map((c) => c.id));
  const byId = new Map(criteria.map((c) => [c.id, c]));
  criteria.forEach((c, index) => {
    const name = criterionName(c, index);
    if (c.name.trim() === '') {
      add({
        code: 'name-empty',
        severity: 'error',
        criterionId: c.id,
        field: 'name',
        message: `The criterion at position ${index + 1} has no name.`,
        fix: 'Give it a short name bidders will recognise, such as "Grievance mechanism".',
      });
    }
    if (c.weight <= 0) {
      add({
        code: 'weight-not-positive',
        severity: 'error',
        criterionId: c.id,
        field: 'weight',
        message: `${capitalise(name)} has a weight of ${pct(c.weight)}; every criterion needs a weight above zero.`,
        fix: 'Give it a weight, or remove it if it is not needed.',
      });
    }
    const parent = c.parentId === undefined ? undefined : byId.get(c.parentId);
    if (parent && parent.category !== c.category && !(isPriceCategory(parent.category) && isPriceCategory(c.category))) {
      add({
        code: 'subcriterion-category',
        severity: 'warning',
        criterionId: c.id,
        field: 'category',
        message: `${capitalise(name)} is a ${c.category} sub-criterion under the ${parent.category} criterion ${criterionName(parent, criteria.indexOf(parent))}; shares are counted by top-level category, so its weight counts as ${parent.category}.`,
        fix: `Make it a top-level ${c.category} criterion, or change its category to ${parent.category}.`,
      });
    }
    if (leaves.has(c.id) && c.scoring.type === 'quality-scale') {
      const missing = missingDescriptorLevels(c.scoring);
      if (missing.length > 0) {
        const levels = missing.length === 1 ? `level ${missing[0]}` : `levels ${listNames(missing.map(String))}`;
        add({
          code: 'scale-descriptors-missing',
          severity: 'error',
          criterionId: c.id,
          field: 'scoring.descriptors',
          message: `The 0-${c.scoring.max} scale of ${name} has no descriptor for ${levels}.`,
          fix: 'Describe what a bid must show to earn every score, so evaluators score alike and the scores hold up if challenged.',
        });
      }
    }
    if (leaves.has(c.id) && !isPriceCategory(c.category) && c.evidence.trim() === '') {
      add({
        code: 'evidence-empty',
        severity: 'warning',
        criterionId: c.id,
        field: 'evidence',
        message: `${capitalise(name)} does not say what evidence bidders must supply.`,
        fix: 'List the documents or data bidders must provide so evaluators can score the answer.',
      });
    }
  });
}

function checkRequirements(requirements: readonly Requirement[], add: AddFinding): void {
  requirements.forEach((r, index) => {
    const name =
      r.name.trim() === '' ? `The pass/fail requirement at position ${index + 1}` : `The pass/fail requirement "${r.name.trim()}"`;
    if (r.name.trim() === '') {
      add({
        code: 'requirement-name-empty',
        severity: 'error',
        requirementId: r.id,
        field: 'name',
        message: `The pass/fail requirement at position ${index + 1} has no name.`,
        fix: 'Name what the bidder must meet, for example "Discloses its final assembly factories".',
      });
    }
    if (r.evidence.trim() === '') {
      add({
        code: 'requirement-evidence-empty',
        severity: 'warning',
        requirementId: r.id,
        field: 'evidence',
        message: `${name} does not say what evidence shows it is met.`,
        fix: 'State the document or declaration the bidder must supply; a failed requirement excludes the bid, so it must be checkable.',
      });
    }
  });
}
