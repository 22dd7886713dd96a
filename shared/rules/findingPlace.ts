/** Where a tender finding sits: in words for the user, and as the field path reported with a refusal. */
import { orderedInstances } from '../clauses/instances';
import type { Tender } from '../model/tender';
import type { TenderFinding } from './tenderChecks';

export interface FindingPlace {
  /** "Lot “Laptops”" or "Clause 3 “Remedy and corrective action”". */
  where: string;
  /** "lots.0.criteria.2.weight", "clauses.1.values.days". */
  path: string;
}

export function locateFinding(tender: Pick<Tender, 'clauses' | 'lots'>, finding: TenderFinding): FindingPlace {
  if (finding.area === 'clauses') {
    const ordered = orderedInstances(tender.clauses);
    const index = ordered.findIndex((c) => c.id === finding.clauseId);
    const instance = ordered[index];
    if (!instance) return { where: 'Contract clauses', path: 'clauses' };
    const title = (instance.edited ?? instance.frozen).title;
    return {
      where: `Clause ${index + 1} “${title}”`,
      path: `clauses.${index}${finding.parameter ? `.values.${finding.parameter}` : ''}`,
    };
  }
  const lotIndex = tender.lots.findIndex((l) => l.id === finding.lotId);
  const lot = tender.lots[lotIndex];
  if (!lot) return { where: 'Award criteria', path: 'lots' };
  let path = `lots.${lotIndex}`;
  if (finding.criterionId) path += `.criteria.${lot.criteria.findIndex((c) => c.id === finding.criterionId)}`;
  else if (finding.requirementId) path += `.requirements.${lot.requirements.findIndex((r) => r.id === finding.requirementId)}`;
  if (finding.field) path += `.${finding.field}`;
  return { where: `Lot “${lot.title}”`, path };
}
