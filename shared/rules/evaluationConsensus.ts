/**
 * Consensus per cell: the evaluators' scores on each quality leaf and bid (mean, spread, the moderated
 * score in force) and their verdicts on each requirement and bid (fail as soon as one evaluator fails it).
 */
import {
  evaluationOf,
  type Bidder,
  type Evaluator,
  type EvaluatorImport,
  type Moderation,
  type ScoreEntry,
  type ScoreModeration,
  type Verdict,
  type VerdictModeration,
} from '../model/evaluation';
import { applicableScores, qualityLeaves, type EvaluationCriterion, type EvaluationLotInput } from './evaluationCriteria';
import { Fraction } from './evaluationExact';

/** Spread flag: (max - min) / scale max >= 3/10. Compared in integers: 10 * (max - min) >= 3 * scale max. */
export const SPREAD_FLAG_TENTHS = 3;
export const SPREAD_FLAG_RATIO = SPREAD_FLAG_TENTHS / 10;

export function isSpreadFlagged(min: number, max: number, scaleMax: number): boolean {
  return 10 * (max - min) >= SPREAD_FLAG_TENTHS * scaleMax;
}

export interface EvaluatorScoreView {
  evaluatorId: string;
  score: number;
  reason: string;
}

export interface ScoreCellResult {
  criterionId: string;
  bidderId: string;
  scaleMax: number;
  /** The evaluators' original scores, in panel order (only evaluators whose workbook was imported). */
  scores: EvaluatorScoreView[];
  mean: number | null;
  min: number | null;
  max: number | null;
  spread: number | null;
  flagged: boolean;
  /** The moderation in force, if any. */
  moderation: ScoreModeration | null;
  /** Every moderation of this cell, oldest first (withdrawals included). */
  history: ScoreModeration[];
  consensus: number | null;
  consensusSource: 'moderated' | 'mean' | 'none';
  /** W * consensus / scale max. */
  points: number | null;
}

export interface VerdictView {
  evaluatorId: string;
  result: Verdict;
  reason: string;
}

export interface VerdictCellResult {
  requirementId: string;
  bidderId: string;
  verdicts: VerdictView[];
  fails: number;
  passes: number;
  moderation: VerdictModeration | null;
  history: VerdictModeration[];
  /** null while no evaluator has judged it and it is not moderated. */
  consensus: Verdict | null;
  consensusSource: 'moderated' | 'evaluators' | 'none';
}

export const cellKey = (a: string, b: string) => `${a}\u0000${b}`;

function latestModerations(moderations: readonly Moderation[]) {
  const scores = new Map<string, ScoreModeration[]>();
  const verdicts = new Map<string, VerdictModeration[]>();
  for (const m of moderations) {
    if (m.kind === 'score') {
      const key = cellKey(m.criterionId, m.bidderId);
      scores.set(key, [...(scores.get(key) ?? []), m]);
    } else {
      const key = cellKey(m.requirementId, m.bidderId);
      verdicts.set(key, [...(verdicts.get(key) ?? []), m]);
    }
  }
  return { scores, verdicts };
}

/**
 * One evaluator's own weighted quality points per bid (W * s / smax summed over quality leaves): the
 * live subtotal of the evaluator workbook.
 */
export function evaluatorSubtotals(lot: EvaluationLotInput, entries: readonly ScoreEntry[]): Map<string, Fraction> {
  const leaves = new Map(qualityLeaves(lot.criteria).map((c) => [c.criterion.id, c]));
  const totals = new Map<string, Fraction>(evaluationOf(lot).bidders.map((b) => [b.id, Fraction.ZERO]));
  for (const e of applicableScores(lot, entries)) {
    const leaf = leaves.get(e.criterionId)!;
    totals.set(e.bidderId, totals.get(e.bidderId)!.add(leaf.points.mul(Fraction.of(e.score, leaf.scaleMax!))));
  }
  return totals;
}

/** Price points of every priced bid before any exclusion: what an evaluator workbook that shows prices computes. */
/** An evaluator whose workbook was imported, with what it holds. */
export interface ActiveEvaluator {
  evaluator: Evaluator;
  import: EvaluatorImport | null;
}

export interface LotConsensus {
  cells: ScoreCellResult[];
  /** Points of each quality cell (W * consensus / scale max), by cellKey(criterion, bidder). */
  cellPoints: Map<string, Fraction | null>;
  verdicts: VerdictCellResult[];
}

/** The quality and pass/fail cells of a lot from the imported workbooks and the moderations. */
export function lotConsensus(
  lot: EvaluationLotInput,
  active: readonly ActiveEvaluator[],
  quality: readonly EvaluationCriterion[],
  bidders: readonly Bidder[],
  moderationLog: readonly Moderation[],
): LotConsensus {
  // Scores and verdicts per cell, in panel order.
  const scoreBy = new Map<string, EvaluatorScoreView[]>();
  const verdictBy = new Map<string, VerdictView[]>();
  const requirementIds = new Set(lot.requirements.map((r) => r.id));
  const bidderIds = new Set(bidders.map((b) => b.id));
  for (const member of active) {
    for (const e of applicableScores(lot, member.import!.scores)) {
      const key = cellKey(e.criterionId, e.bidderId);
      scoreBy.set(key, [...(scoreBy.get(key) ?? []), { evaluatorId: member.evaluator.id, score: e.score, reason: e.reason }]);
    }
    for (const v of member.import!.verdicts) {
      if (!requirementIds.has(v.requirementId) || !bidderIds.has(v.bidderId)) continue;
      const key = cellKey(v.requirementId, v.bidderId);
      verdictBy.set(key, [...(verdictBy.get(key) ?? []), { evaluatorId: member.evaluator.id, result: v.result, reason: v.reason }]);
    }
  }
  const moderations = latestModerations(moderationLog);

  // Quality cells.
  const cells: ScoreCellResult[] = [];
  const cellPoints = new Map<string, Fraction | null>();
  for (const leaf of quality) {
    const scaleMax = leaf.scaleMax!;
    for (const bidder of bidders) {
      const key = cellKey(leaf.criterion.id, bidder.id);
      const scores = scoreBy.get(key) ?? [];
      const history = moderations.scores.get(key) ?? [];
      const last = history[history.length - 1];
      const moderation = last && last.score !== null && last.score <= scaleMax ? last : null;
      const values = scores.map((s) => s.score);
      const min = values.length ? Math.min(...values) : null;
      const max = values.length ? Math.max(...values) : null;
      const meanExact = values.length
        ? Fraction.of(
            values.reduce((a, b) => a + b, 0),
            values.length,
          )
        : null;
      const consensusExact = moderation ? Fraction.of(moderation.score!) : meanExact;
      const pointsExact = consensusExact ? leaf.points.mul(consensusExact).div(Fraction.of(scaleMax)) : null;
      cellPoints.set(key, pointsExact);
      cells.push({
        criterionId: leaf.criterion.id,
        bidderId: bidder.id,
        scaleMax,
        scores,
        mean: meanExact ? meanExact.toNumber() : null,
        min,
        max,
        spread: min !== null && max !== null ? max - min : null,
        flagged: min !== null && max !== null && isSpreadFlagged(min, max, scaleMax),
        moderation,
        history,
        consensus: consensusExact ? consensusExact.toNumber() : null,
        consensusSource: moderation ? 'moderated' : meanExact ? 'mean' : 'none',
        points: pointsExact ? pointsExact.toNumber() : null,
      });
    }
  }

  // Pass/fail cells.
  const verdicts: VerdictCellResult[] = [];
  for (const requirement of lot.requirements) {
    for (const bidder of bidders) {
      const key = cellKey(requirement.id, bidder.id);
      const given = verdictBy.get(key) ?? [];
      const history = moderations.verdicts.get(key) ?? [];
      const last = history[history.length - 1];
      const moderation = last && last.result !== null ? last : null;
      const fails = given.filter((v) => v.result === 'fail').length;
      const passes = given.filter((v) => v.result === 'pass').length;
      const fromEvaluators: Verdict | null = fails > 0 ? 'fail' : passes > 0 ? 'pass' : null;
      verdicts.push({
        requirementId: requirement.id,
        bidderId: bidder.id,
        verdicts: given,
        fails,
        passes,
        moderation,
        history,
        consensus: moderation ? moderation.result : fromEvaluators,
        consensusSource: moderation ? 'moderated' : fromEvaluators ? 'evaluators' : 'none',
      });
    }
  }
  return { cells, cellPoints, verdicts };
}
