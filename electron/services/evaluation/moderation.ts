/**
 * A moderation: the lead's score or verdict that replaces the panel's consensus for one bid, or the
 * withdrawal of one, with the audit entry that says what it replaced and why.
 */
import type { ModerationTarget } from '@shared/api/methods/evaluation';
import { ApiError } from '@shared/api/errors';
import { newId } from '@shared/model/common';
import { evaluationOf, type LotEvaluation, type Moderation } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import { evaluateLot } from '@shared/rules/evaluation';
import { qualityLeaves } from '@shared/rules/evaluationCriteria';
import { t } from '@shared/i18n';

export interface ModerateRequest {
  tenderId: string;
  lotId: string;
  target: ModerationTarget;
  rationale: string;
  by: string;
}

/** The lot's evaluation with `request`'s moderation, made at `at`, and its audit entry added. */
export function withModeration(lot: Lot, request: ModerateRequest, at: string): LotEvaluation {
  const evaluation = evaluationOf(lot);
  const { target } = request;
  const bidder = evaluation.bidders.find((b) => b.id === target.bidderId);
  if (!bidder) throw new ApiError('not_found', t('messages:errors.evaluation.noBidder', { id: target.bidderId, lot: lot.title }));
  const results = evaluateLot(lot);
  const id = newId('mod');
  let moderation: Moderation;
  let summary: string;
  const bidderName = bidder.name.trim() || 'an unnamed bidder';
  if (target.kind === 'score') {
    const leaf = qualityLeaves(lot.criteria).find((c) => c.criterion.id === target.criterionId);
    if (!leaf) throw new ApiError('not_found', t('messages:errors.evaluation.criterionNotScored'));
    const cell = results.cells.find((c) => c.criterionId === target.criterionId && c.bidderId === target.bidderId)!;
    if (cell.scores.length === 0) throw new ApiError('conflict', t('messages:errors.evaluation.noScoreToModerate'));
    if (target.score !== null && target.score > leaf.scaleMax!) {
      throw new ApiError('invalid_input', t('messages:errors.evaluation.moderatedScoreScale', { max: leaf.scaleMax }), [
        { path: 'target.score', message: `at most ${leaf.scaleMax}` },
      ]);
    }
    if (target.score === null && !cell.moderation) throw new ApiError('conflict', t('messages:errors.evaluation.scoreNotModerated'));
    moderation = {
      id,
      kind: 'score',
      criterionId: target.criterionId,
      bidderId: target.bidderId,
      score: target.score,
      rationale: request.rationale,
      by: request.by,
      at,
    };
    const scores = cell.scores.map((s) => s.score).join(', ');
    summary =
      target.score === null
        ? `Withdrew the moderation of ${bidderName} on ${leaf.ref} “${leaf.criterion.name}”: the consensus is the evaluators’ mean again (scores ${scores}). Rationale: ${request.rationale}`
        : `Moderated ${bidderName} on ${leaf.ref} “${leaf.criterion.name}” to ${target.score} of ${leaf.scaleMax} (evaluators’ scores ${scores}, mean ${cell.mean === null ? '–' : cell.mean.toFixed(2)}). Rationale: ${request.rationale}`;
  } else {
    const requirement = lot.requirements.find((r) => r.id === target.requirementId);
    if (!requirement) throw new ApiError('not_found', t('messages:errors.evaluation.requirementNotInLot'));
    const cell = results.verdicts.find((v) => v.requirementId === target.requirementId && v.bidderId === target.bidderId)!;
    if (cell.verdicts.length === 0) throw new ApiError('conflict', t('messages:errors.evaluation.noVerdictToModerate'));
    if (target.result === null && !cell.moderation) throw new ApiError('conflict', t('messages:errors.evaluation.verdictNotModerated'));
    moderation = {
      id,
      kind: 'verdict',
      requirementId: target.requirementId,
      bidderId: target.bidderId,
      result: target.result,
      rationale: request.rationale,
      by: request.by,
      at,
    };
    summary =
      target.result === null
        ? `Withdrew the moderation of ${bidderName} on “${requirement.name}”. Rationale: ${request.rationale}`
        : `Moderated ${bidderName} on “${requirement.name}” to ${target.result === 'pass' ? 'Pass' : 'Fail'} (evaluators: ${cell.passes} pass, ${cell.fails} fail). Rationale: ${request.rationale}`;
  }
  const isWithdrawal = (moderation.kind === 'score' ? moderation.score : moderation.result) === null;
  return {
    ...evaluation,
    moderations: [...evaluation.moderations, moderation],
    audit: [
      ...evaluation.audit,
      { id: newId('aud'), at, by: request.by, action: isWithdrawal ? 'withdraw-moderation' : 'moderate', moderationId: id, summary },
    ],
  };
}
