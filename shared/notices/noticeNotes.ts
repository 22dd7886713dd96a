/** What the export preview tells the buyer about how the tender reads in a notice. */
import { SOCIAL_FLOOR_MINIMUM } from '../model/criteria';
import type { Tender } from '../model/tender';
import { formatWeight } from '../rules/weights';
import { codeLabel } from './codelists';
import { SOCIAL_OBJECTIVES } from './eforms';
import type { NoticeFormat } from './noticeChecks';
import { MINIMUM_QUALITY_NAME, SOCIAL_MARK, hasSocialCriteria, noticeLot } from './noticeCriteria';

export function noticeNotes(tender: Pick<Tender, 'lots' | 'clauses'>, format: NoticeFormat, socialFloor: number): string[] {
  const floor = formatWeight(Math.max(SOCIAL_FLOOR_MINIMUM, socialFloor));
  const lots = tender.lots.map((lot, index) => noticeLot(lot, index));
  const social = lots.filter(hasSocialCriteria);
  const shares = social.map((l) => `“${l.title}” ${formatWeight(l.socialShare)}%`).join(', ');
  const notes: string[] = [];
  if (format === 'ocds') {
    notes.push(
      'Weights are written as exact percentages (percentageExact) from the stored hundredths, so they add up to exactly 100 per lot.',
    );
    if (social.length > 0) {
      notes.push(
        `OCDS has no social criterion type either: social criteria are published as quality criteria whose description begins “${SOCIAL_MARK}”, and each lot with social criteria has the sustainability goals social.humanRightsInSupplyChains and social.laborRightsPromotion with the strategy awardCriteria. The description states the social share against your ${floor}% floor (${shares}).`,
      );
    }
    if (tender.clauses.length > 0)
      notes.push('The contract clauses appear as the sustainability strategy contractPerformanceConditions, with their titles.');
  } else {
    notes.push(
      'Weights are written as exact percentages (BT-5421 “per-exa”) from the stored hundredths, so 33.33 + 33.33 + 33.34 is written as exactly those numbers.',
    );
    if (social.length > 0) {
      const objectives = SOCIAL_OBJECTIVES.map((code) => `“${codeLabel('social-objective', code)}” (${code})`).join(' and ');
      notes.push(
        `eForms has no social criterion type, so each social criterion is published as type quality with a description beginning “${SOCIAL_MARK}”. Each lot with social criteria declares the strategic procurement “${codeLabel('strategic-procurement', 'soc-obj')}” (BT-06 soc-obj) and the social objectives ${objectives} (BT-775); its description (BT-777) states the social share against your ${floor}% floor: ${shares}.`,
      );
    }
    notes.push(
      'Each criterion’s description (BT-540) says how it is scored: eForms forbids describing price formulas in BT-543 beside weights, so the formula is given in words there.',
    );
    if (tender.clauses.length > 0) notes.push('The contract clauses are summarised by title as each lot’s performance conditions (BT-70).');
  }
  if (tender.lots.some((l) => l.criteria.some((c) => c.parentId !== undefined))) {
    notes.push(
      'Notices do not nest criteria: a criterion with sub-criteria is published as its sub-criteria, each naming its parent in the description.',
    );
  }
  if (lots.some((l) => l.minimumQualityScore !== undefined)) {
    notes.push(
      `A lot’s minimum quality score is published as an extra criterion “${MINIMUM_QUALITY_NAME}” that carries only the minimum score (${format === 'ocds' ? 'threshold minimumScore' : 'BT-5423 min-score'}), in points out of the lot’s 100.`,
    );
  }
  return notes;
}
