/**
 * Aggregation, consensus and ranking of a lot's evaluation (issue 6). Pure: a lot in, results out.
 *
 * The rules, each mirrored by a spreadsheet formula in the lead workbook (electron/services/evaluation):
 * - Scored criteria are the leaves (criteria without sub-criteria). A leaf with a quality scale is
 *   scored by the evaluators; a leaf with a price formula is scored from the bid prices the lead enters.
 *   A sub-criterion's weight is its share of the whole lot, so every leaf carries W = weight / 100 points.
 * - Per quality leaf and bid: the scores of the evaluators whose workbooks were imported, their mean,
 *   the spread (max - min), flagged when spread / scale max >= 0.3; the consensus score is the latest
 *   moderated score when there is one, else the mean. Contribution = W * consensus / scale max.
 * - Pass/fail: the consensus on a requirement is the moderated result when there is one; otherwise
 *   FAIL as soon as any evaluator failed the bid, PASS when at least one evaluator passed it and none
 *   failed it, and pending while nobody has judged it. A bid that fails any requirement is excluded.
 * - Minimum quality: a bid whose quality points (the sum of its quality-leaf contributions) fall below
 *   the lot's minimum is excluded.
 * - Price: only valid bids (priced and not excluded) count as Pmin / Pmax; each is scored with the
 *   lot's formula. Excluded bids get no price score, no total and no rank.
 * - Total = quality points + price points; rank = competition ranking, highest first, ties share a rank.
 * Everything is computed with exact fractions and rounded to two decimals only for display.
 */
import { criteriaTree, type Criterion, type Requirement } from '../model/criteria';
import {
  currentImports,
  evaluationOf,
  type Bidder,
  type Evaluator,
  type EvaluatorImport,
  type LotEvaluation,
  type Moderation,
  type ScoreEntry,
  type ScoreModeration,
  type Verdict,
  type VerdictModeration,
} from '../model/evaluation';
import type { PriceFormula, QualityScaleMax } from '../model/scoring';
import { setupChecksum } from './evaluationChecksum';
import { Fraction } from './evaluationExact';

/** Spread flag: (max - min) / scale max >= 3/10. Compared in integers: 10 * (max - min) >= 3 * scale max. */
export const SPREAD_FLAG_TENTHS = 3;
export const SPREAD_FLAG_RATIO = SPREAD_FLAG_TENTHS / 10;

export function isSpreadFlagged(min: number, max: number, scaleMax: number): boolean {
  return 10 * (max - min) >= SPREAD_FLAG_TENTHS * scaleMax;
}

export interface EvaluationLotInput {
  id: string;
  title?: string;
  criteria: readonly Criterion[];
  requirements: readonly Requirement[];
  minimumQualityScore?: number;
  evaluation?: LotEvaluation;
}

// ---- the criteria as the evaluation sees them ------------------------------------------------

export type CriterionRole = 'heading' | 'quality' | 'price';

export interface EvaluationCriterion {
  criterion: Criterion;
  /** "1", "2", "2.1": the numbering shown in the app and the workbooks. */
  ref: string;
  role: CriterionRole;
  depth: 0 | 1;
  /** Points the criterion carries: weight / 100. */
  points: Fraction;
  scaleMax?: QualityScaleMax;
  formula?: PriceFormula;
}

/** The lot's criteria in canonical order, numbered, each with its role. */
export function evaluationCriteria(criteria: readonly Criterion[]): EvaluationCriterion[] {
  const rows: EvaluationCriterion[] = [];
  const roleOf = (c: Criterion, hasChildren: boolean): Pick<EvaluationCriterion, 'role' | 'scaleMax' | 'formula'> => {
    if (hasChildren) return { role: 'heading' };
    if (c.scoring.type === 'quality-scale') return { role: 'quality', scaleMax: c.scoring.max };
    return { role: 'price', formula: c.scoring as PriceFormula };
  };
  criteriaTree(criteria).forEach((node, i) => {
    const top = node.criterion;
    rows.push({ criterion: top, ref: String(i + 1), depth: 0, points: Fraction.of(top.weight, 100), ...roleOf(top, node.children.length > 0) });
    node.children.forEach((child, j) => {
      rows.push({ criterion: child, ref: `${i + 1}.${j + 1}`, depth: 1, points: Fraction.of(child.weight, 100), ...roleOf(child, false) });
    });
  });
  return rows;
}

export const qualityLeaves = (criteria: readonly Criterion[]) => evaluationCriteria(criteria).filter((c) => c.role === 'quality');
export const priceLeaves = (criteria: readonly Criterion[]) => evaluationCriteria(criteria).filter((c) => c.role === 'price');

// ---- price scores ------------------------------------------------------------------------------

/**
 * Price points of each bid, exactly, with the lot's formula. Bids that are not valid (excluded, or
 * without a usable price) get null and do not count as the lowest or highest price.
 */
export function exactPriceScores(
  formula: PriceFormula,
  pricesCents: readonly (number | undefined)[],
  valid: readonly boolean[],
  points: Fraction,
): (Fraction | null)[] {
  const usable = pricesCents.map((p, i) => valid[i] === true && p !== undefined && p > 0);
  const prices = pricesCents.map((p) => (p === undefined ? null : Fraction.of(p)));
  const pool = prices.filter((p, i): p is Fraction => p !== null && usable[i] === true);
  if (pool.length === 0) return prices.map(() => null);
  const lowest = pool.reduce(Fraction.min);
  const highest = pool.reduce(Fraction.max);
  return prices.map((price, i) => {
    if (!price || !usable[i]) return null;
    switch (formula.type) {
      case 'lowest-price-ratio':
        return points.mul(lowest).div(price);
      case 'linear-lowest-highest':
        return highest.eq(lowest) ? points : points.mul(highest.sub(price)).div(highest.sub(lowest));
      case 'deviation-from-lowest': {
        const ratio = Fraction.ONE.sub(price.sub(lowest).div(lowest));
        return points.mul(Fraction.max(Fraction.ZERO, ratio));
      }
      case 'absolute': {
        const ceiling = Fraction.fromDecimal(formula.ceiling).mul(Fraction.of(100));
        const floor = Fraction.fromDecimal(formula.floor).mul(Fraction.of(100));
        if (ceiling.cmp(floor) <= 0) return null;
        const ratio = ceiling.sub(price).div(ceiling.sub(floor));
        return points.mul(Fraction.min(Fraction.ONE, Fraction.max(Fraction.ZERO, ratio)));
      }
    }
  });
}

// ---- results -----------------------------------------------------------------------------------

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

export type Exclusion =
  | { kind: 'requirement'; requirementId: string; message: string }
  | { kind: 'minimum-quality'; message: string };

export interface BidderResult {
  bidderId: string;
  name: string;
  reference: string;
  priceCents?: number;
  /** Sum of the quality-leaf contributions; null until every quality leaf has a consensus. */
  qualityPoints: number | null;
  pricePoints: number | null;
  total: number | null;
  /** The same, rounded half-up to two decimals (what the app shows and the workbook's ROUND gives). */
  qualityPointsRounded: number | null;
  pricePointsRounded: number | null;
  totalRounded: number | null;
  exclusions: Exclusion[];
  excluded: boolean;
  rank: number | null;
  /** Why there is no total yet (missing scores, no price, ...). Empty when the total is known or the bid is excluded. */
  pending: string[];
}

export interface PanelMember {
  evaluator: Evaluator;
  import: EvaluatorImport | null;
  /** The workbook was filled in for an earlier setup (criteria, requirements, bidders or price visibility changed since). */
  stale: boolean;
}

/** A criterion as the results carry it (plain data, safe to send over the API). */
export interface ResultCriterion {
  criterionId: string;
  parentId?: string;
  ref: string;
  name: string;
  role: CriterionRole;
  depth: 0 | 1;
  /** Points the criterion carries (weight / 100). */
  points: number;
  scaleMax?: QualityScaleMax;
  formula?: PriceFormula['type'];
}

export interface LotResults {
  lotId: string;
  criteria: ResultCriterion[];
  /** Quality leaves × bidders, criterion-major, in display order. */
  cells: ScoreCellResult[];
  /** Requirements × bidders. */
  verdicts: VerdictCellResult[];
  bidders: BidderResult[];
  panel: PanelMember[];
  /** Points a bid must reach on its quality criteria, when the lot sets a minimum. */
  minimumQualityPoints: number | null;
  flaggedCount: number;
  /** Every evaluator imported, every price entered, every bid ranked or excluded. */
  complete: boolean;
  notes: string[];
  setupChecksum: string;
}

const keyOf = (a: string, b: string) => `${a}\u0000${b}`;

function latestModerations(moderations: readonly Moderation[]) {
  const scores = new Map<string, ScoreModeration[]>();
  const verdicts = new Map<string, VerdictModeration[]>();
  for (const m of moderations) {
    if (m.kind === 'score') {
      const key = keyOf(m.criterionId, m.bidderId);
      scores.set(key, [...(scores.get(key) ?? []), m]);
    } else {
      const key = keyOf(m.requirementId, m.bidderId);
      verdicts.set(key, [...(verdicts.get(key) ?? []), m]);
    }
  }
  return { scores, verdicts };
}

const bidderLabel = (b: Pick<Bidder, 'name'>, index: number) => (b.name.trim() ? `“${b.name.trim()}”` : `bidder ${index + 1}`);

/** The scores an evaluator gave that still apply: criterion still a quality leaf on the same scale, bidder still bidding. */
export function applicableScores(lot: EvaluationLotInput, entries: readonly ScoreEntry[]): ScoreEntry[] {
  const leaves = new Map(qualityLeaves(lot.criteria).map((c) => [c.criterion.id, c]));
  const bidders = new Set(evaluationOf(lot).bidders.map((b) => b.id));
  return entries.filter((e) => leaves.get(e.criterionId)?.scaleMax === e.scaleMax && bidders.has(e.bidderId));
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
export function pricePointsBeforeExclusions(lot: EvaluationLotInput): Map<string, Fraction | null> {
  const bidders = evaluationOf(lot).bidders;
  const leaf = priceLeaves(lot.criteria)[0];
  const result = new Map<string, Fraction | null>(bidders.map((b) => [b.id, null]));
  if (!leaf?.formula) return result;
  const scores = exactPriceScores(leaf.formula, bidders.map((b) => b.priceCents), bidders.map(() => true), leaf.points);
  bidders.forEach((b, i) => result.set(b.id, scores[i] ?? null));
  return result;
}

/** Competition ranking, highest first, on exact values: [80, 90, 80] -> [2, 1, 2]. */
export function rankExact(totals: readonly (Fraction | null)[]): (number | null)[] {
  return totals.map((t) => (t === null ? null : 1 + totals.filter((o) => o !== null && o.cmp(t) > 0).length));
}

export function evaluateLot(lot: EvaluationLotInput): LotResults {
  const evaluation = evaluationOf(lot);
  const { bidders, evaluators } = evaluation;
  const criteria = evaluationCriteria(lot.criteria);
  const quality = criteria.filter((c) => c.role === 'quality');
  const price = criteria.filter((c) => c.role === 'price');
  const checksum = setupChecksum({ ...lot, evaluation });
  const imports = currentImports(evaluation);
  const notes: string[] = [];

  const panel: PanelMember[] = evaluators.map((evaluator) => {
    const entry = imports.get(evaluator.id) ?? null;
    return { evaluator, import: entry, stale: entry !== null && entry.setupChecksum !== checksum };
  });
  const active = panel.filter((p) => p.import !== null);

  // Scores and verdicts per cell, in panel order.
  const scoreBy = new Map<string, EvaluatorScoreView[]>();
  const verdictBy = new Map<string, VerdictView[]>();
  const requirementIds = new Set(lot.requirements.map((r) => r.id));
  const bidderIds = new Set(bidders.map((b) => b.id));
  for (const member of active) {
    for (const e of applicableScores(lot, member.import!.scores)) {
      const key = keyOf(e.criterionId, e.bidderId);
      scoreBy.set(key, [...(scoreBy.get(key) ?? []), { evaluatorId: member.evaluator.id, score: e.score, reason: e.reason }]);
    }
    for (const v of member.import!.verdicts) {
      if (!requirementIds.has(v.requirementId) || !bidderIds.has(v.bidderId)) continue;
      const key = keyOf(v.requirementId, v.bidderId);
      verdictBy.set(key, [...(verdictBy.get(key) ?? []), { evaluatorId: member.evaluator.id, result: v.result, reason: v.reason }]);
    }
  }
  const moderations = latestModerations(evaluation.moderations);

  // Quality cells.
  const cells: ScoreCellResult[] = [];
  const cellPoints = new Map<string, Fraction | null>();
  for (const leaf of quality) {
    const scaleMax = leaf.scaleMax!;
    for (const bidder of bidders) {
      const key = keyOf(leaf.criterion.id, bidder.id);
      const scores = scoreBy.get(key) ?? [];
      const history = moderations.scores.get(key) ?? [];
      const last = history[history.length - 1];
      const moderation = last && last.score !== null && last.score <= scaleMax ? last : null;
      const values = scores.map((s) => s.score);
      const min = values.length ? Math.min(...values) : null;
      const max = values.length ? Math.max(...values) : null;
      const meanExact = values.length ? Fraction.of(values.reduce((a, b) => a + b, 0), values.length) : null;
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
      const key = keyOf(requirement.id, bidder.id);
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

  // Quality points and exclusions per bid.
  const minimum = lot.minimumQualityScore !== undefined && lot.minimumQualityScore > 0 ? Fraction.of(lot.minimumQualityScore, 100) : null;
  const perBidder = bidders.map((bidder, index) => {
    const pending: string[] = [];
    const parts = quality.map((leaf) => cellPoints.get(keyOf(leaf.criterion.id, bidder.id)) ?? null);
    const qualityExact = parts.every((p) => p !== null) ? Fraction.sum(parts as Fraction[]) : null;
    if (qualityExact === null) pending.push('not every quality criterion has a score yet');
    const exclusions: Exclusion[] = [];
    for (const requirement of lot.requirements) {
      const cell = verdicts.find((v) => v.requirementId === requirement.id && v.bidderId === bidder.id);
      if (cell?.consensus === 'fail') {
        exclusions.push({
          kind: 'requirement',
          requirementId: requirement.id,
          message: `Fails the requirement “${requirement.name.trim() || 'unnamed requirement'}”${cell.consensusSource === 'moderated' ? ' (moderated)' : ''}`,
        });
      } else if (!cell?.consensus) {
        pending.push(`no pass/fail verdict yet on “${requirement.name.trim() || 'unnamed requirement'}”`);
      }
    }
    if (minimum && qualityExact && qualityExact.lt(minimum)) {
      exclusions.push({
        kind: 'minimum-quality',
        message: `${qualityExact.toFixed(2)} quality points, below the minimum of ${minimum.toFixed(2)}`,
      });
    }
    return { bidder, index, qualityExact, exclusions, pending };
  });

  // Price points among valid bids.
  const priceExact = new Map<string, Fraction | null>();
  for (const leaf of price) {
    const valid = perBidder.map((b) => b.exclusions.length === 0);
    const scores = exactPriceScores(leaf.formula!, bidders.map((b) => b.priceCents), valid, leaf.points);
    perBidder.forEach((b, i) => {
      const previous = priceExact.get(b.bidder.id);
      const score = scores[i] ?? null;
      priceExact.set(b.bidder.id, previous === undefined ? score : previous && score ? previous.add(score) : null);
      if (valid[i] && score === null) {
        b.pending.push(b.bidder.priceCents === undefined ? 'no bid price entered' : 'the bid price cannot be scored (it must be above zero)');
      }
    });
  }

  const totals = perBidder.map((b) => {
    if (b.exclusions.length > 0 || b.qualityExact === null) return null;
    if (price.length === 0) return b.qualityExact;
    const p = priceExact.get(b.bidder.id) ?? null;
    return p === null ? null : b.qualityExact.add(p);
  });
  const ranks = rankExact(totals);

  const results: BidderResult[] = perBidder.map((b, i) => {
    const p = price.length ? (priceExact.get(b.bidder.id) ?? null) : null;
    const excluded = b.exclusions.length > 0;
    return {
      bidderId: b.bidder.id,
      name: b.bidder.name,
      reference: b.bidder.reference,
      ...(b.bidder.priceCents !== undefined ? { priceCents: b.bidder.priceCents } : {}),
      qualityPoints: b.qualityExact ? b.qualityExact.toNumber() : null,
      pricePoints: p ? p.toNumber() : null,
      total: totals[i] ? totals[i]!.toNumber() : null,
      qualityPointsRounded: b.qualityExact ? b.qualityExact.round(2) : null,
      pricePointsRounded: p ? p.round(2) : null,
      totalRounded: totals[i] ? totals[i]!.round(2) : null,
      exclusions: b.exclusions,
      excluded,
      rank: ranks[i] ?? null,
      pending: excluded ? [] : b.pending,
    };
  });

  // Notes the screen shows above the ranking.
  const missing = panel.filter((p) => p.import === null);
  if (evaluators.length === 0) notes.push('No evaluators on the panel yet.');
  else if (missing.length > 0) {
    notes.push(
      `${active.length} of ${evaluators.length} evaluators’ workbooks imported (waiting for ${missing.map((p) => p.evaluator.name.trim() || p.evaluator.initials || 'an unnamed evaluator').join(', ')}): the results are provisional.`,
    );
  }
  for (const p of panel.filter((m) => m.stale)) {
    notes.push(
      `${p.evaluator.name.trim() || 'An evaluator'}’s workbook was filled in before the criteria, requirements or bidders changed; only the scores that still apply are used. Export a new workbook for this evaluator.`,
    );
  }
  bidders.forEach((b, i) => {
    if (price.length > 0 && b.priceCents === undefined) notes.push(`No bid price entered for ${bidderLabel(b, i)}.`);
  });
  const flaggedCount = cells.filter((c) => c.flagged && !c.moderation).length;
  if (flaggedCount > 0) {
    notes.push(`${flaggedCount} score${flaggedCount === 1 ? '' : 's'} with a wide spread between evaluators and no moderation yet.`);
  }

  const complete =
    evaluators.length > 0 &&
    bidders.length > 0 &&
    missing.length === 0 &&
    !panel.some((p) => p.stale) &&
    results.every((r) => r.excluded || r.rank !== null);

  return {
    lotId: lot.id,
    criteria: criteria.map((c) => ({
      criterionId: c.criterion.id,
      ...(c.criterion.parentId ? { parentId: c.criterion.parentId } : {}),
      ref: c.ref,
      name: c.criterion.name,
      role: c.role,
      depth: c.depth,
      points: c.points.toNumber(),
      ...(c.scaleMax ? { scaleMax: c.scaleMax } : {}),
      ...(c.formula ? { formula: c.formula.type } : {}),
    })),
    cells,
    verdicts,
    bidders: results,
    panel,
    minimumQualityPoints: minimum ? minimum.toNumber() : null,
    flaggedCount,
    complete,
    notes,
    setupChecksum: checksum,
  };
}
