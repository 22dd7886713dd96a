import { describe, expect, it } from 'vitest';
import { newLot, type Lot } from '../../../../shared/model/tender';
import {
  initialSimulatorState,
  newBidRow,
  priceCriterionOf,
  readSimulatorForm,
  type SimulatorState,
} from '../../../../shared/rules/simulatorForm';
import { crit } from './helpers';

function lotWith(criteria: Lot['criteria']): Lot {
  return { ...newLot('Laptops'), criteria };
}

const absolutePrice = crit('p', 'price', 4000, { scoring: { type: 'absolute', ceiling: 200000, floor: 50000 } });

function state(patch: Partial<SimulatorState> = {}): SimulatorState {
  return { ...initialSimulatorState(lotWith([])), ...patch };
}

describe('the simulator form', () => {
  it('starts from the lot’s price criterion: its weight as points, its formula and its bounds', () => {
    const start = initialSimulatorState(lotWith([crit('q', 'quality', 6000), absolutePrice]));
    expect(start.pricePoints).toBe('40');
    expect(start.chosen).toBe('absolute');
    expect([start.ceiling, start.floor]).toEqual(['200000', '50000']);
    expect(start.bids.map((b) => [b.label, b.price])).toEqual([
      ['Bid A', '100000'],
      ['Bid B', '115000'],
      ['Bid C', '130000'],
    ]);
    expect(new Set(start.bids.map((b) => b.key)).size).toBe(3);
  });

  it('falls back to 60 points and the lowest-price ratio without a single scored price criterion', () => {
    const start = initialSimulatorState(lotWith([crit('q', 'quality', 10000)]));
    expect([start.pricePoints, start.chosen, start.ceiling, start.floor]).toEqual(['60', 'lowest-price-ratio', '', '']);
    expect(priceCriterionOf(lotWith([crit('p1', 'price', 5000), crit('p2', 'price', 5000)]))).toBeUndefined();
    expect(priceCriterionOf(lotWith([absolutePrice]))?.id).toBe('p');
  });

  it('scores the sample bids under every formula when everything typed is usable', () => {
    const form = readSimulatorForm(state());
    expect(form.problems.size).toBe(0);
    expect(form.qualityPoints).toBe(40);
    expect(form.hasExtra).toBe(false);
    expect(form.results?.find((r) => r.formula === 'lowest-price-ratio')?.available).toBe(true);
  });

  it('keys every problem to its field and shows no scores meanwhile', () => {
    const bid = newBidRow('Bid X', 'lots', '7');
    const form = readSimulatorForm(state({ bids: [bid], pricePoints: '120', ceiling: '100', extraPrice: 'abc' }));
    expect(form.problems.get('pricePoints')).toBe('The price criterion can carry at most 100 points.');
    expect(form.problems.get(`${bid.key}:price`)).toMatch(/not a number/);
    expect(form.problems.get('floor')).toMatch(/floor price is empty/);
    expect(form.problems.get('extra:price')).toMatch(/not a number/);
    expect(form.results).toBeNull();
    expect(form.unplaced).toEqual([]);
  });

  it('lists the simulation’s own problems that no field shows', () => {
    const form = readSimulatorForm(state({ bids: [] }));
    expect(form.unplaced).toEqual([['bids', 'Enter at least one bid price to simulate.']]);
    expect(form.results).toBeNull();
  });

  it('reads the bounds and the extra bid into the simulation', () => {
    const form = readSimulatorForm(state({ ceiling: '150000', floor: '90000', extraPrice: '95000' }));
    expect(form.problems.size).toBe(0);
    expect(form.hasExtra).toBe(true);
    expect([form.ceiling, form.floor]).toEqual([150000, 90000]);
    const absolute = form.results?.find((r) => r.formula === 'absolute');
    expect(absolute?.available && absolute.bids.map((b) => b.label)).toEqual(['Bid A', 'Bid B', 'Bid C']);
  });
});
