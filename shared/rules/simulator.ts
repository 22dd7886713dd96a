import {
  PRICE_FORMULAS,
  PRICE_FORMULA_EXPRESSIONS,
  PRICE_FORMULA_LABELS,
  type PriceFormula,
  type PriceFormulaType,
} from '../model/scoring';
import { absoluteBoundsProblem, priceProblem, rankScores, scorePrices, scoresEqual } from './scoring';

/**
 * The price formula simulator: sample bids in, each formula's scores and ranking out, side by side,
 * with a warning whenever withdrawing one bid (or adding a given one) would change the order of the
 * others. Relative formulas can do that; the absolute formula cannot, because no bid affects another.
 */

export const SIMULATOR_MAX_BIDS = 50;

export interface SimulatorBid {
  id: string;
  /** Shown in messages; the id is used when absent. */
  label?: string;
  price: number;
  /** Quality points already earned, from 0 to the simulation's qualityPoints. */
  quality?: number;
}

export interface SimulatorInput {
  bids: readonly SimulatorBid[];
  /** Points the price criterion carries, e.g. 60 for a 60% weight. */
  pricePoints: number;
  /** Most quality points a bid can earn. Default: 100 − pricePoints. */
  qualityPoints?: number;
  /** Published bounds; without them the absolute formula is listed as unavailable. */
  absolute?: { ceiling: number; floor: number };
  /** Formulas to compare; default all four. */
  formulas?: readonly PriceFormulaType[];
  /** "What if this bid came in too?" */
  addedBid?: SimulatorBid;
}

export interface SimulationProblem {
  /** The bid concerned (the added bid's id for problems with it). */
  bidId?: string;
  field: 'price' | 'quality' | 'id' | 'pricePoints' | 'qualityPoints' | 'absolute' | 'bids';
  message: string;
}

export interface SimulatedBid {
  bidId: string;
  label: string;
  price: number;
  priceScore: number;
  qualityScore: number;
  total: number;
  /** 1 is best; equal totals share a rank. */
  rank: number;
}

export type PairOrder = 'first-ahead' | 'tied' | 'second-ahead';

export interface OrderChange {
  first: string;
  second: string;
  before: PairOrder;
  after: PairOrder;
}

export interface RankReversal {
  /** What would happen: a bid withdrawn from the field, or the given bid added to it. */
  trigger: 'withdrawn' | 'added';
  bidId: string;
  changes: OrderChange[];
  /** Plain words, e.g. 'Under Lowest-price ratio, if Bid C were withdrawn, Bid B would move ahead of Bid A.' */
  message: string;
}

export type FormulaSimulation =
  | {
      formula: PriceFormulaType;
      available: true;
      label: string;
      expression: string;
      /** In the order the bids were given. */
      bids: SimulatedBid[];
      /** Bid ids, best first (ties keep input order). */
      ranking: string[];
      reversals: RankReversal[];
    }
  | { formula: PriceFormulaType; available: false; label: string; expression: string; reason: string };

export type SimulationResult =
  { ok: true; formulas: FormulaSimulation[]; anyReversal: boolean } | { ok: false; problems: SimulationProblem[] };

const labelOf = (bid: SimulatorBid): string => (bid.label && bid.label.trim() !== '' ? bid.label : bid.id);

function validate(input: SimulatorInput, qualityPoints: number): SimulationProblem[] {
  const problems: SimulationProblem[] = [];
  if (input.bids.length === 0) problems.push({ field: 'bids', message: 'Enter at least one bid price to simulate.' });
  if (input.bids.length > SIMULATOR_MAX_BIDS) {
    problems.push({ field: 'bids', message: `The simulator takes at most ${SIMULATOR_MAX_BIDS} bids.` });
  }
  if (!Number.isFinite(input.pricePoints) || input.pricePoints <= 0 || input.pricePoints > 100) {
    problems.push({ field: 'pricePoints', message: 'The price weight must be more than 0 and at most 100 points.' });
  }
  if (!Number.isFinite(qualityPoints) || qualityPoints < 0 || qualityPoints > 100) {
    problems.push({ field: 'qualityPoints', message: 'The quality points must be between 0 and 100.' });
  }
  const all = input.addedBid ? [...input.bids, input.addedBid] : [...input.bids];
  const ids = new Set<string>();
  const withQuality = all.filter((b) => b.quality !== undefined).length;
  for (const bid of all) {
    if (ids.has(bid.id))
      problems.push({ bidId: bid.id, field: 'id', message: `Two bids are called "${bid.id}"; give each bid its own name.` });
    ids.add(bid.id);
    const p = priceProblem(bid.price);
    if (p) problems.push({ bidId: bid.id, field: 'price', message: `${labelOf(bid)}: ${p}.` });
    if (bid.quality === undefined) {
      if (withQuality > 0) {
        problems.push({
          bidId: bid.id,
          field: 'quality',
          message: `${labelOf(bid)} has no quality score; enter one for every bid or for none.`,
        });
      }
    } else if (!Number.isFinite(bid.quality) || bid.quality < 0 || bid.quality > qualityPoints) {
      problems.push({
        bidId: bid.id,
        field: 'quality',
        message: `${labelOf(bid)}: the quality score must be between 0 and ${qualityPoints} points.`,
      });
    }
  }
  return problems;
}

function totalsFor(method: PriceFormula, bids: readonly SimulatorBid[], pricePoints: number): { price: number[]; total: number[] } {
  const price = scorePrices(
    method,
    bids.map((b) => b.price),
    pricePoints,
  );
  return { price, total: price.map((s, i) => s + (bids[i]?.quality ?? 0)) };
}

function pairOrder(a: number, b: number): PairOrder {
  if (scoresEqual(a, b)) return 'tied';
  return a > b ? 'first-ahead' : 'second-ahead';
}

/** Order changes between the bids present in both fields (matched by id). */
function orderChanges(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>, ids: readonly string[]): OrderChange[] {
  const changes: OrderChange[] = [];
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const first = ids[i] as string;
      const second = ids[j] as string;
      const was = pairOrder(before.get(first) ?? 0, before.get(second) ?? 0);
      const now = pairOrder(after.get(first) ?? 0, after.get(second) ?? 0);
      if (was !== now) changes.push({ first, second, before: was, after: now });
    }
  }
  return changes;
}

function describeChange(change: OrderChange, names: ReadonlyMap<string, string>): string {
  const a = names.get(change.first) ?? change.first;
  const b = names.get(change.second) ?? change.second;
  if (change.after === 'tied') return `${a} and ${b} would tie`;
  const [ahead, behind] = change.after === 'first-ahead' ? [a, b] : [b, a];
  return change.before === 'tied' ? `${ahead} would move ahead of ${behind}, breaking their tie` : `${ahead} would move ahead of ${behind}`;
}

function reversalMessage(
  trigger: RankReversal['trigger'],
  who: string,
  changes: OrderChange[],
  names: ReadonlyMap<string, string>,
  formula: string,
): string {
  const shown = changes.slice(0, 3).map((c) => describeChange(c, names));
  const more = changes.length > 3 ? ` (and ${changes.length - 3} more changes)` : '';
  const list = shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : (shown[0] ?? '');
  const condition = trigger === 'withdrawn' ? `if ${who} were withdrawn` : `if ${who} were added`;
  return `Under ${formula}, ${condition}, ${list}${more}.`;
}

function simulateFormula(method: PriceFormula, input: SimulatorInput): FormulaSimulation {
  const label = PRICE_FORMULA_LABELS[method.type];
  const expression = PRICE_FORMULA_EXPRESSIONS[method.type];
  const bids = input.bids;
  const names = new Map([...bids, ...(input.addedBid ? [input.addedBid] : [])].map((b) => [b.id, labelOf(b)]));
  const base = totalsFor(method, bids, input.pricePoints);
  const ranks = rankScores(base.total);
  const simulated: SimulatedBid[] = bids.map((bid, i) => ({
    bidId: bid.id,
    label: labelOf(bid),
    price: bid.price,
    priceScore: base.price[i] ?? 0,
    qualityScore: bid.quality ?? 0,
    total: base.total[i] ?? 0,
    rank: ranks[i] ?? 0,
  }));
  const ranking = simulated
    .map((s, i) => ({ s, i }))
    .sort((x, y) => x.s.rank - y.s.rank || x.i - y.i)
    .map(({ s }) => s.bidId);
  const baseTotals = new Map(bids.map((b, i) => [b.id, base.total[i] ?? 0]));

  const reversals: RankReversal[] = [];
  if (bids.length >= 3) {
    for (const withdrawn of bids) {
      const rest = bids.filter((b) => b.id !== withdrawn.id);
      const after = totalsFor(method, rest, input.pricePoints);
      const afterTotals = new Map(rest.map((b, i) => [b.id, after.total[i] ?? 0]));
      const changes = orderChanges(
        baseTotals,
        afterTotals,
        rest.map((b) => b.id),
      );
      if (changes.length > 0) {
        reversals.push({
          trigger: 'withdrawn',
          bidId: withdrawn.id,
          changes,
          message: reversalMessage('withdrawn', labelOf(withdrawn), changes, names, label),
        });
      }
    }
  }
  if (input.addedBid && bids.length >= 2) {
    const field = [...bids, input.addedBid];
    const after = totalsFor(method, field, input.pricePoints);
    const afterTotals = new Map(field.map((b, i) => [b.id, after.total[i] ?? 0]));
    const changes = orderChanges(
      baseTotals,
      afterTotals,
      bids.map((b) => b.id),
    );
    if (changes.length > 0) {
      const added = input.addedBid;
      reversals.push({
        trigger: 'added',
        bidId: added.id,
        changes,
        message: reversalMessage('added', labelOf(added), changes, names, label),
      });
    }
  }
  return { formula: method.type, available: true, label, expression, bids: simulated, ranking, reversals };
}

/**
 * Runs every requested formula over the sample bids. Bad input (a zero or negative price, a missing
 * quality score, ...) comes back as problems rather than an exception, so the UI can show them.
 */
export function simulatePriceFormulas(input: SimulatorInput): SimulationResult {
  const qualityPoints = input.qualityPoints ?? 100 - input.pricePoints;
  const problems = validate(input, qualityPoints);
  if (problems.length > 0) return { ok: false, problems };
  const formulas = input.formulas ?? PRICE_FORMULAS;
  const results: FormulaSimulation[] = formulas.map((type) => {
    const label = PRICE_FORMULA_LABELS[type];
    const expression = PRICE_FORMULA_EXPRESSIONS[type];
    if (type !== 'absolute') return simulateFormula({ type }, input);
    if (!input.absolute) {
      return {
        formula: type,
        available: false,
        label,
        expression,
        reason: 'Enter the published ceiling and floor prices to see the absolute formula.',
      };
    }
    const boundsProblem = absoluteBoundsProblem(input.absolute.ceiling, input.absolute.floor);
    if (boundsProblem)
      return { formula: type, available: false, label, expression, reason: `The absolute formula cannot be used: ${boundsProblem}.` };
    return simulateFormula({ type, ceiling: input.absolute.ceiling, floor: input.absolute.floor }, input);
  });
  return { ok: true, formulas: results, anyReversal: results.some((r) => r.available && r.reversals.length > 0) };
}
