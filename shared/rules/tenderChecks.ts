/**
 * Every check on a whole tender in one list: the criteria rules per lot and the clause template
 * findings. The editors show them by area; the exporters refuse while any error remains.
 */
import type { Tender } from '../model/tender';
import { DEFAULT_CRITERIA_SETTINGS, type CriteriaSettings } from '../model/criteria';
import { checkCriteria } from './criteriaChecks';
import { renderClauses } from '../clauses/instances';
import type { BaseFinding } from './findings';

export type FindingArea = 'criteria' | 'clauses';

export interface TenderFinding extends BaseFinding {
  code: string;
  area: FindingArea;
  fix: string;
  lotId?: string;
  criterionId?: string;
  requirementId?: string;
  clauseId?: string;
  parameter?: string;
  field?: string;
}

export function checkTender(tender: Tender, settings: CriteriaSettings = DEFAULT_CRITERIA_SETTINGS): TenderFinding[] {
  const criteria: TenderFinding[] = checkCriteria(tender.lots, settings).map((finding) => ({ ...finding, area: 'criteria' }));
  const clauses: TenderFinding[] = renderClauses(tender.clauses).findings.map((finding) => ({ ...finding, area: 'clauses' }));
  return [...criteria, ...clauses];
}
