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
import { t } from '../i18n';

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
      message: t('messages:findings.criteria.noCriteria'),
      fix: t('messages:findings.criteria.noCriteriaFix'),
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
      message: t('messages:findings.criteria.priceNotScored'),
      fix: t('messages:findings.criteria.priceNotScoredFix'),
    });
  }
  if (withFormula.length > 1) {
    const names = withFormula.map((c) => criterionName(c, criteria.indexOf(c)));
    add({
      code: 'price-formula-multiple',
      severity: 'error',
      field: 'scoring',
      message: t('messages:findings.criteria.priceFormulaMultiple', { count: withFormula.length, names: listNames(names) }),
      fix: t('messages:findings.criteria.priceFormulaMultipleFix'),
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
        message: t('messages:findings.criteria.nameEmpty', { position: index + 1 }),
        fix: t('messages:findings.criteria.nameEmptyFix'),
      });
    }
    if (c.weight <= 0) {
      add({
        code: 'weight-not-positive',
        severity: 'error',
        criterionId: c.id,
        field: 'weight',
        message: t('messages:findings.criteria.weightNotPositive', { name: capitalise(name), weight: pct(c.weight) }),
        fix: t('messages:findings.criteria.weightNotPositiveFix'),
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
        const levels = t('messages:findings.criteria.levels', { count: missing.length, levels: listNames(missing.map(String)) });
        add({
          code: 'scale-descriptors-missing',
          severity: 'error',
          criterionId: c.id,
          field: 'scoring.descriptors',
          message: t('messages:findings.criteria.descriptorsMissing', { max: c.scoring.max, name, levels }),
          fix: t('messages:findings.criteria.descriptorsMissingFix'),
        });
      }
    }
    if (leaves.has(c.id) && !isPriceCategory(c.category) && c.evidence.trim() === '') {
      add({
        code: 'evidence-empty',
        severity: 'warning',
        criterionId: c.id,
        field: 'evidence',
        message: t('messages:findings.criteria.evidenceEmpty', { name: capitalise(name) }),
        fix: t('messages:findings.criteria.evidenceEmptyFix'),
      });
    }
  });
}

function checkRequirements(requirements: readonly Requirement[], add: AddFinding): void {
  requirements.forEach((r, index) => {
    const name = t('messages:findings.criteria.requirementName', {
      context: r.name.trim() === '' ? 'unnamed' : undefined,
      position: index + 1,
      name: r.name.trim(),
    });
    if (r.name.trim() === '') {
      add({
        code: 'requirement-name-empty',
        severity: 'error',
        requirementId: r.id,
        field: 'name',
        message: t('messages:findings.criteria.requirementNameEmpty', { position: index + 1 }),
        fix: t('messages:findings.criteria.requirementNameEmptyFix'),
      });
    }
    if (r.evidence.trim() === '') {
      add({
        code: 'requirement-evidence-empty',
        severity: 'warning',
        requirementId: r.id,
        field: 'evidence',
        message: t('messages:findings.criteria.requirementEvidenceEmpty', { name }),
        fix: t('messages:findings.criteria.requirementEvidenceEmptyFix'),
      });
    }
  });
}
