/**
 * Checks on a lot's evaluation setup: what must be right before evaluator workbooks can be exported.
 * Pure; the evaluation screen shows the findings and the exporters refuse while any error remains.
 */
import { DEFAULT_CRITERIA_SETTINGS, type CriteriaSettings } from '../model/criteria';
import { evaluationOf, type Bidder } from '../model/evaluation';
import { checkLot } from './criteriaChecks';
import type { BaseFinding } from './findings';
import { priceLeaves, qualityLeaves, type EvaluationLotInput } from './evaluationCriteria';
import { t } from '../i18n';

export interface EvaluationFinding extends BaseFinding {
  /** Which part of the screen it concerns. */
  area: 'criteria' | 'bidders' | 'evaluators' | 'prices';
  bidderId?: string;
  evaluatorId?: string;
}

export type EvaluationExport = 'evaluator' | 'lead';

const bidderName = (b: Bidder, i: number) =>
  b.name.trim() ? `“${b.name.trim()}”` : t('messages:findings.evaluation.bidderNumbered', { number: i + 1 });

/**
 * Findings for the evaluation of one lot. `forExport` decides which gaps are errors: evaluator
 * workbooks need bidders, evaluators and (when prices are shown) every price; the lead workbook can be
 * made at any time and shows blanks for what is missing.
 */
export function checkEvaluation(
  lot: EvaluationLotInput,
  forExport: EvaluationExport = 'evaluator',
  settings: CriteriaSettings = DEFAULT_CRITERIA_SETTINGS,
): EvaluationFinding[] {
  const findings: EvaluationFinding[] = [];
  const evaluation = evaluationOf(lot);
  const add = (f: Omit<EvaluationFinding, 'id'>) =>
    findings.push({ id: `${f.area}:${f.bidderId ?? f.evaluatorId ?? 'lot'}:${findings.length}`, ...f });
  const strict = forExport === 'evaluator';

  for (const finding of checkLot(lot, settings)) {
    if (finding.severity !== 'error') continue;
    add({ severity: 'error', area: 'criteria', message: t('messages:findings.evaluation.criteriaProblem', { message: finding.message }) });
  }
  if (qualityLeaves(lot.criteria).length === 0 && lot.requirements.length === 0 && lot.criteria.length > 0) {
    add({
      severity: strict ? 'error' : 'warning',
      area: 'criteria',
      message: t('messages:findings.evaluation.nothingToScore'),
    });
  }

  if (evaluation.bidders.length === 0) {
    add({ severity: 'error', area: 'bidders', message: t('messages:findings.evaluation.addBidders') });
  }
  const names = new Map<string, number>();
  evaluation.bidders.forEach((b, i) => {
    if (!b.name.trim())
      add({
        severity: 'error',
        area: 'bidders',
        bidderId: b.id,
        message: t('messages:findings.evaluation.bidderNoName', { number: i + 1 }),
      });
    const key = b.name.trim().toLowerCase();
    if (key && names.has(key))
      add({
        severity: 'warning',
        area: 'bidders',
        bidderId: b.id,
        message: t('messages:findings.evaluation.bidderDuplicate', { name: bidderName(b, i) }),
      });
    names.set(key, i);
  });

  if (evaluation.evaluators.length === 0) {
    add({ severity: strict ? 'error' : 'warning', area: 'evaluators', message: t('messages:findings.evaluation.addEvaluators') });
  }
  const initials = new Map<string, string>();
  evaluation.evaluators.forEach((e, i) => {
    const label = e.name.trim() ? `“${e.name.trim()}”` : t('messages:findings.evaluation.evaluatorNumbered', { number: i + 1 });
    if (!e.name.trim())
      add({
        severity: 'error',
        area: 'evaluators',
        evaluatorId: e.id,
        message: t('messages:findings.evaluation.evaluatorNoName', { number: i + 1 }),
      });
    const key = e.initials.trim().toUpperCase();
    if (!key)
      add({
        severity: 'error',
        area: 'evaluators',
        evaluatorId: e.id,
        message: t('messages:findings.evaluation.noInitials', { label }),
      });
    else if (!/^[\p{L}\p{N}]+$/u.test(key))
      add({
        severity: 'error',
        area: 'evaluators',
        evaluatorId: e.id,
        message: t('messages:findings.evaluation.initialsCharacters', { label }),
      });
    else if (initials.has(key))
      add({
        severity: 'error',
        area: 'evaluators',
        evaluatorId: e.id,
        message: t('messages:findings.evaluation.initialsShared', { label, other: initials.get(key), initials: key }),
      });
    if (key) initials.set(key, label);
  });

  if (priceLeaves(lot.criteria).length > 0) {
    const showPrices = !evaluation.hidePriceFromEvaluators;
    evaluation.bidders.forEach((b, i) => {
      if (b.priceCents === undefined) {
        add({
          severity: strict && showPrices ? 'error' : 'warning',
          area: 'prices',
          bidderId: b.id,
          message:
            strict && showPrices
              ? t('messages:findings.evaluation.enterPrice', { name: bidderName(b, i) })
              : t('messages:findings.evaluation.noPriceYet', { name: bidderName(b, i) }),
        });
      } else if (b.priceCents === 0) {
        add({
          severity: 'error',
          area: 'prices',
          bidderId: b.id,
          message: t('messages:findings.evaluation.priceZero', { name: bidderName(b, i) }),
        });
      }
    });
  }
  return findings;
}
