/**
 * The price formula simulator's form: what the user typed (sample bids, price points, bounds, an
 * extra bid), read into the simulation's input, with every problem keyed to the field it belongs to.
 */
import { newId } from '../model/common';
import { isPriceCategory, type Criterion } from '../model/criteria';
import { isPriceFormula, type PriceFormulaType } from '../model/scoring';
import type { Lot } from '../model/tender';
import { parseAmount, type AmountResult } from './amounts';
import { roundScore } from './scoring';
import { simulatePriceFormulas, type FormulaSimulation, type SimulatorBid } from './simulator';

export interface BidRow {
  key: string;
  label: string;
  price: string;
  quality: string;
}

export interface SimulatorState {
  bids: BidRow[];
  pricePoints: string;
  ceiling: string;
  floor: string;
  extraLabel: string;
  extraPrice: string;
  extraQuality: string;
  chosen: PriceFormulaType;
}

/** The lot's scored price criterion, if it has exactly one. */
export function priceCriterionOf(lot: Lot): Criterion | undefined {
  const priced = lot.criteria.filter(
    (c) => isPriceCategory(c.category) && isPriceFormula(c.scoring) && !lot.criteria.some((x) => x.parentId === c.id),
  );
  return priced.length === 1 ? priced[0] : undefined;
}

export const newBidRow = (label: string, price = '', quality = ''): BidRow => ({ key: newId('bid'), label, price, quality });

export function initialSimulatorState(lot: Lot): SimulatorState {
  const price = priceCriterionOf(lot);
  const scoring = price?.scoring;
  return {
    bids: [newBidRow('Bid A', '100000'), newBidRow('Bid B', '115000'), newBidRow('Bid C', '130000')],
    pricePoints: price && price.weight > 0 ? String(roundScore(price.weight / 100)) : '60',
    ceiling: scoring?.type === 'absolute' ? String(scoring.ceiling) : '',
    floor: scoring?.type === 'absolute' ? String(scoring.floor) : '',
    extraLabel: 'Extra bid',
    extraPrice: '',
    extraQuality: '',
    chosen: scoring && isPriceFormula(scoring) ? scoring.type : 'lowest-price-ratio',
  };
}

export interface SimulatorForm {
  /** Problem messages by field key: "pricePoints", "ceiling", "floor", "<bid key>:price", "extra:quality"... */
  problems: Map<string, string>;
  /** The problems no input field shows (about the bids as a whole, the quality points, the bounds together). */
  unplaced: [string, string][];
  qualityPoints: number | undefined;
  ceiling: number | undefined;
  floor: number | undefined;
  hasExtra: boolean;
  /** Every formula's scores and ranking; null while a problem remains. */
  results: FormulaSimulation[] | null;
}

/** Reads the form and runs the simulation when everything typed is usable. */
export function readSimulatorForm(state: SimulatorState): SimulatorForm {
  const problems = new Map<string, string>();
  const take = (key: string, result: AmountResult): number | undefined => {
    if (result.ok) return result.value;
    problems.set(key, result.message);
    return undefined;
  };
  const pricePoints = take('pricePoints', parseAmount(state.pricePoints, { what: 'The price points' }));
  if (pricePoints !== undefined && pricePoints > 100) problems.set('pricePoints', 'The price criterion can carry at most 100 points.');
  const qualityPoints = pricePoints !== undefined ? roundScore(100 - pricePoints) : undefined;
  const bids: SimulatorBid[] = [];
  for (const b of state.bids) {
    const price = take(`${b.key}:price`, parseAmount(b.price, { what: 'The price' }));
    const quality =
      b.quality.trim() === ''
        ? undefined
        : take(`${b.key}:quality`, parseAmount(b.quality, { what: 'The quality score', allowZero: true }));
    if (price !== undefined)
      bids.push({ id: b.key, label: b.label.trim() || 'Unnamed bid', price, ...(quality !== undefined ? { quality } : {}) });
  }
  const hasBounds = state.ceiling.trim() !== '' || state.floor.trim() !== '';
  const ceiling = hasBounds ? take('ceiling', parseAmount(state.ceiling, { what: 'The ceiling price', allowZero: true })) : undefined;
  const floor = hasBounds ? take('floor', parseAmount(state.floor, { what: 'The floor price', allowZero: true })) : undefined;
  const hasExtra = state.extraPrice.trim() !== '';
  const extraPrice = hasExtra ? take('extra:price', parseAmount(state.extraPrice, { what: 'The price' })) : undefined;
  const extraQuality =
    hasExtra && state.extraQuality.trim() !== ''
      ? take('extra:quality', parseAmount(state.extraQuality, { what: 'The quality score', allowZero: true }))
      : undefined;

  const simulation =
    problems.size === 0 && pricePoints !== undefined
      ? simulatePriceFormulas({
          bids,
          pricePoints,
          qualityPoints,
          ...(ceiling !== undefined && floor !== undefined ? { absolute: { ceiling, floor } } : {}),
          ...(hasExtra && extraPrice !== undefined
            ? {
                addedBid: {
                  id: 'extra',
                  label: state.extraLabel.trim() || 'Extra bid',
                  price: extraPrice,
                  ...(extraQuality !== undefined ? { quality: extraQuality } : {}),
                },
              }
            : {}),
        })
      : null;
  if (simulation && !simulation.ok) {
    for (const p of simulation.problems) {
      const key = p.bidId === 'extra' ? `extra:${p.field}` : p.bidId ? `${p.bidId}:${p.field}` : p.field;
      if (!problems.has(key)) problems.set(key, p.message);
    }
  }
  const unplaced = [...problems.entries()].filter(
    ([key]) => key === 'bids' || key === 'qualityPoints' || key === 'absolute' || key.endsWith(':id'),
  );
  return { problems, unplaced, qualityPoints, ceiling, floor, hasExtra, results: simulation?.ok ? simulation.formulas : null };
}
