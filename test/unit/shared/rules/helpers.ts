import { defaultQualityScale } from '../../../../shared/model/scoring';
import type { Criterion, CriterionCategory, Requirement } from '../../../../shared/model/criteria';

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
