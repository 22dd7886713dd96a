/**
 * What the export preview says about a notice before and after validation: the mandatory fields the
 * app does not hold (for the buyer to complete in the e-notification tool), texts too long for
 * eForms, and the SDK's rule failures in sentences a buyer understands, each with the screen that
 * fixes it.
 */
import type { Tender } from '../model/tender';
import { MINIMUM_QUALITY_NAME, noticeLot } from './noticeCriteria';
import { t } from '../i18n';

export type NoticeFormat = 'eforms-lot' | 'eforms-notice' | 'ocds';

export interface MissingField {
  /** The eForms business term, e.g. "BT-105". */
  bt: string;
  label: string;
  /** Whether it is asked once per notice or for every lot. */
  level: 'notice' | 'lot';
}

const fieldsAt = (level: MissingField['level'], fields: [bt: string, label: string][]): MissingField[] =>
  fields.map(([bt, label]) => ({ bt, label, level }));

/** Mandatory in a contract notice, and not something the app knows. */
const NOTICE_FIELDS: MissingField[] = fieldsAt('notice', [
  ['BT-11', 'Buyer legal type'],
  ['BT-10', 'Activity of the buyer'],
  ['BT-513, BT-514', 'Buyer’s town and country'],
  ['BT-506', 'Buyer’s contact email'],
  ['BT-105', 'Procedure type'],
  ['BT-05', 'Time of dispatch (the date is the export date)'],
  ['BT-757', 'Notice version'],
]);

const LOT_FIELDS: MissingField[] = fieldsAt('lot', [
  ['BT-23', 'Main nature of the contract (works, supplies or services)'],
  ['BT-262', 'Main CPV classification'],
  ['BT-5071, BT-5141', 'Place of performance'],
  ['BT-36', 'Duration of the contract'],
  ['BT-131', 'Deadline for receipt of tenders'],
  ['BT-15', 'Address of the procurement documents'],
  ['BT-17', 'Electronic submission'],
  ['BT-97', 'Languages in which tenders may be submitted'],
  ['OPT-301', 'Review organisation'],
]);

/** The mandatory fields a file of this format leaves for the buyer to complete. */
export function eformsMissingFields(tender: Pick<Tender, 'buyer'>, format: 'eforms-lot' | 'eforms-notice'): MissingField[] {
  if (format === 'eforms-lot') return LOT_FIELDS;
  const buyer: MissingField[] = tender.buyer.trim() ? [] : [{ bt: 'BT-500', label: 'Buyer’s official name', level: 'notice' }];
  return [...buyer, ...NOTICE_FIELDS, ...LOT_FIELDS];
}

/** A reason the notice cannot be written or was refused, where it is, and the screen that fixes it. */
export interface NoticeProblem {
  /** The SDK rule ("BR-BT-00540-0074"), "XSD", or the eForms field limit ("BT-540 length"). */
  rule: string;
  message: string;
  lotId?: string;
  criterionId?: string;
  screen: 'criteria' | 'settings' | 'details';
}

/** eForms text limits (the SDK's field maxLength) the app's own fields may exceed. */
export const EFORMS_LIMITS = { name: 400, description: 6000 } as const;

/** Criteria whose published name or description would be longer than eForms allows. */
export function textLengthProblems(tender: Pick<Tender, 'lots'>): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  tender.lots.forEach((lot, index) => {
    for (const c of noticeLot(lot, index).criteria) {
      const where = t('messages:findings.notice.where.lotCriterion', { lot: lot.title, criterion: c.name });
      if (c.description.length > EFORMS_LIMITS.description) {
        problems.push({
          rule: 'BT-540 length',
          message: t('messages:findings.notice.descriptionTooLong', {
            where,
            length: c.description.length,
            max: EFORMS_LIMITS.description,
          }),
          lotId: lot.id,
          criterionId: c.criterionId,
          screen: 'criteria',
        });
      }
      if (c.name.length > EFORMS_LIMITS.name) {
        problems.push({
          rule: 'BT-734 length',
          message: t('messages:findings.notice.nameTooLong', { where, max: EFORMS_LIMITS.name }),
          lotId: lot.id,
          criterionId: c.criterionId,
          screen: 'criteria',
        });
      }
    }
  });
  return problems;
}

/** What an SDK rule means, by its field (the rule's diagnostics), in the buyer's words. */
const RULE_MEANINGS: [RegExp, () => string][] = [
  [/^BR-BT-00539-02(00|02)$/, () => t('messages:findings.notice.meaning.weightsAddTo100')],
  [/^BR-BT-00539-02(01|03)$/, () => t('messages:findings.notice.meaning.weightsAddTo1')],
  [/^BR-BT-00539-(0194|0195|0197|0205|0209|0210)$/, () => t('messages:findings.notice.meaning.ranking')],
  [/^BR-BT-00540-015[01]$/, () => t('messages:findings.notice.meaning.oneMinimum')],
  [/^BR-BT-00540-/, () => t('messages:findings.notice.meaning.typeAndDescription')],
  [/^BR-BT-00541-/, () => t('messages:findings.notice.meaning.weightNeedsDescription')],
  [/^BR-BT-00543-/, () => t('messages:findings.notice.meaning.complexNoWeights')],
  [/^BR-BT-00733-/, () => t('messages:findings.notice.meaning.justificationRanked')],
  [/^BR-BT-00734-/, () => t('messages:findings.notice.meaning.nameNeedsDescription')],
  [/^BR-BT-00777-/, () => t('messages:findings.notice.meaning.strategicAim')],
  [/^BR-BT-05421-/, () => t('messages:findings.notice.meaning.weightKind')],
  [/^BR-BT-00198-/, () => t('messages:findings.notice.meaning.withheldDate')],
];

export interface RuleFailureInput {
  ruleId: string;
  field: string;
  lotId?: string;
  criterionNumber?: number;
}

/**
 * A rule failure from the validator as a sentence: where (lot and criterion, by the tender's names),
 * what the rule asks, and the rule id, e.g. "Lot “Laptops”, criterion “Price”: every criterion needs
 * a type and a description (eForms rule BR-BT-00540-0074)."
 */
export function describeRuleFailure(tender: Pick<Tender, 'lots'>, failure: RuleFailureInput): NoticeProblem {
  const index = failure.lotId ? Number(/^LOT-(\d+)$/.exec(failure.lotId)?.[1] ?? 0) - 1 : -1;
  const lot = tender.lots[index];
  const published = lot ? noticeLot(lot, index) : undefined;
  const criterion = failure.criterionNumber ? published?.criteria[failure.criterionNumber - 1] : undefined;
  const criterionName = failure.criterionNumber && published && !criterion ? MINIMUM_QUALITY_NAME : criterion?.name;
  const where = lot
    ? criterionName !== undefined
      ? t('messages:findings.notice.where.lotCriterion', { lot: lot.title, criterion: criterionName })
      : t('messages:findings.notice.where.lot', { lot: lot.title })
    : criterionName !== undefined
      ? t('messages:findings.notice.where.noticeCriterion', { criterion: criterionName })
      : t('messages:findings.notice.where.notice');
  const meaning =
    RULE_MEANINGS.find(([pattern]) => pattern.test(failure.ruleId))?.[1]() ??
    t('messages:findings.notice.meaning.other', { field: failure.field || t('messages:findings.notice.theAwardCriteria') });
  return {
    rule: failure.ruleId,
    message: t('messages:findings.notice.ruleFailure', { where, meaning, rule: failure.ruleId }),
    ...(lot ? { lotId: lot.id } : {}),
    ...(criterion ? { criterionId: criterion.criterionId } : {}),
    screen: 'criteria',
  };
}
