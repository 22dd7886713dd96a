/**
 * Price points, exclusions, totals and ranking of a lot's bids, on exact fractions: only valid bids
 * (priced and not excluded) count as the lowest or highest price, excluded bids get no total and no rank.
 */
import type { Requirement } from '../model/criteria';
import { evaluationOf, type Bidder } from '../model/evaluation';
import type { PriceFormula } from '../model/scoring';
import { cellKey, type VerdictCellResult } from './evaluationConsensus';
import { priceLeaves, type EvaluationCriterion, type EvaluationLotInput } from './evaluationCriteria';
import { Fraction } from './evaluationExact';

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

export type Exclusion = { kind: 'requirement'; requirementId: string; message: string } | { kind: 'minimum-quality'; message: string };

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

/** Price points of every priced bid before any exclusion: what an evaluator workbook that shows prices computes. */
export function pricePointsBeforeExclusions(lot: EvaluationLotInput): Map<string, Fraction | null> {
  const bidders = evaluationOf(lot).bidders;
  const leaf = priceLeaves(lot.criteria)[0];
  const result = new Map<string, Fraction | null>(bidders.map((b) => [b.id, null]));
  if (!leaf?.formula) return result;
  const scores = exactPriceScores(
    leaf.formula,
    bidders.map((b) => b.priceCents),
    bidders.map(() => true),
    leaf.points,
  );
  bidders.forEach((b, i) => result.set(b.id, scores[i] ?? null));
  return result;
}

/** Competition ranking, highest first, on exact values: [80, 90, 80] -> [2, 1, 2]. */
export function rankExact(totals: readonly (Fraction | null)[]): (number | null)[] {
  return totals.map((t) => (t === null ? null : 1 + totals.filter((o) => o !== null && o.cmp(t) > 0).length));
}

/** Points a bid must reach on its quality criteria, when the lot sets a minimum. */
export function minimumQualityPoints(lot: Pick<EvaluationLotInput, 'minimumQualityScore'>): Fraction | null {
  return lot.minimumQualityScore !== undefined && lot.minimumQualityScore > 0 ? Fraction.of(lot.minimumQualityScore, 100) : null;
}

/** Each bid's quality points, exclusions, price points, total and rank. */
export function rankBidders(
  requirements: readonly Requirement[],
  bidders: readonly Bidder[],
  quality: readonly EvaluationCriterion[],
  price: readonly EvaluationCriterion[],
  cellPoints: ReadonlyMap<string, Fraction | null>,
  verdicts: readonly VerdictCellResult[],
  minimum: Fraction | null,
): BidderResult[] {
  const perBidder = bidders.map((bidder, index) => {
    const pending: string[] = [];
    const parts = quality.map((leaf) => cellPoints.get(cellKey(leaf.criterion.id, bidder.id)) ?? null);
    const qualityExact = parts.every((p) => p !== null) ? Fraction.sum(parts as Fraction[]) : null;
    if (qualityExact === null) pending.push('not every quality criterion has a score yet');
    const exclusions: Exclusion[] = [];
    for (const requirement of requirements) {
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
    const scores = exactPriceScores(
      leaf.formula!,
      bidders.map((b) => b.priceCents),
      valid,
      leaf.points,
    );
    perBidder.forEach((b, i) => {
      const previous = priceExact.get(b.bidder.id);
      const score = scores[i] ?? null;
      priceExact.set(b.bidder.id, previous === undefined ? score : previous && score ? previous.add(score) : null);
      if (valid[i] && score === null) {
        b.pending.push(
          b.bidder.priceCents === undefined ? 'no bid price entered' : 'the bid price cannot be scored (it must be above zero)',
        );
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
  return results;
}
