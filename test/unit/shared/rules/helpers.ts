import { defaultQualityScale } from '../../../../shared/model/scoring';
import type { Criterion, CriterionCategory, Requirement } from '../../../../shared/model/criteria';
import type { LotCriteriaInput } from '../../../../shared/rules/criteriaChecks';
import type { Finding } from '../../../../shared/rules/findings';

/** A complete, valid criterion with the category's usual scoring method. */
export function crit(id: string, category: CriterionCategory, weight: number, extra: Partial<Criterion> = {}): Criterion {
  return {
    id,
    name: `Criterion ${id}`,
    description: '',
    category,
    weight,
    scoring: category === 'price' || category === 'cost' ? { type: 'lowest-price-ratio' } : defaultQualityScale(5),
    evidence: category === 'price' || category === 'cost' ? '' : 'Evidence to supply',
    ...extra,
  };
}

export function req(id: string, extra: Partial<Requirement> = {}): Requirement {
  return { id, name: `Requirement ${id}`, description: '', evidence: 'A signed declaration', ...extra };
}

/** A sound lot: price 60, quality 30, social 10. */
export function soundCriteria(): Criterion[] {
  return [crit('p', 'price', 6000), crit('q', 'quality', 3000), crit('s', 'social', 1000)];
}

/** A lot to run the criteria checks on. */
export function lot(criteria: Criterion[], extra: Partial<LotCriteriaInput> = {}): LotCriteriaInput {
  return { id: 'lot1', title: 'Laptops', criteria, requirements: [], ...extra };
}

export const codes = (findings: Finding[]) => findings.map((f) => f.code);
