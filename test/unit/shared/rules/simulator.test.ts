import { describe, expect, it } from 'vitest';
import { simulatePriceFormulas, type FormulaSimulation } from '../../../../shared/rules/simulator';

type Available = Extract<FormulaSimulation, { available: true }>;

function byFormula(result: ReturnType<typeof simulatePriceFormulas>, formula: string): Available {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const found = result.formulas.find((f) => f.formula === formula);
  if (!found || !found.available) throw new Error(`${formula} not available`);
  return found;
}

describe('simulatePriceFormulas', () => {
  it('shows every formula side by side with scores and ranking', () => {
    const result = simulatePriceFormulas({
      bids: [
        { id: 'a', label: 'Bid A', price: 100 },
        { id: 'b', label: 'Bid B', price: 150 },
        { id: 'c', label: 'Bid C', price: 200 },
      ],
      pricePoints: 60,
      absolute: { ceiling: 250, floor: 50 },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.formulas.map((f) => f.formula)).toEqual([
      'lowest-price-ratio',
      'linear-lowest-highest',
      'deviation-from-lowest',
      'absolute',
    ]);
    const ratio = byFormula(result, 'lowest-price-ratio');
    expect(ratio.bids.map((b) => b.priceScore)).toEqual([60, 40, 30]);
    expect(ratio.ranking).toEqual(['a', 'b', 'c']);
    expect(byFormula(result, 'linear-lowest-highest').bids.map((b) => b.priceScore)).toEqual([60, 30, 0]);
    expect(byFormula(result, 'deviation-from-lowest').bids.map((b) => b.priceScore)).toEqual([60, 30, 0]);
    expect(byFormula(result, 'absolute').bids.map((b) => b.priceScore)).toEqual([45, 30, 15]);
    expect(result.anyReversal).toBe(false);
  });

  it('lists the absolute formula as unavailable without bounds, or with bad ones', () => {
    const none = simulatePriceFormulas({ bids: [{ id: 'a', price: 10 }], pricePoints: 50 });
    expect(none.ok && none.formulas.find((f) => f.formula === 'absolute')).toMatchObject({ available: false, reason: /ceiling and floor/ });
    const bad = simulatePriceFormulas({ bids: [{ id: 'a', price: 10 }], pricePoints: 50, absolute: { ceiling: 5, floor: 9 } });
    expect(bad.ok && bad.formulas.find((f) => f.formula === 'absolute')).toMatchObject({
      available: false,
      reason: /must be above the floor/,
    });
  });

  it('adds quality points to totals', () => {
    const result = simulatePriceFormulas({
      bids: [
        { id: 'a', price: 100, quality: 10 },
        { id: 'b', price: 120, quality: 35 },
      ],
      pricePoints: 60,
      formulas: ['lowest-price-ratio'],
    });
    const ratio = byFormula(result, 'lowest-price-ratio');
    expect(ratio.bids.map((b) => b.total)).toEqual([70, 85]);
    expect(ratio.ranking).toEqual(['b', 'a']);
    expect(ratio.bids.map((b) => b.rank)).toEqual([2, 1]);
  });

  it('handles a single bid and equal prices', () => {
    const single = byFormula(simulatePriceFormulas({ bids: [{ id: 'a', price: 99 }], pricePoints: 70 }), 'linear-lowest-highest');
    expect(single.bids[0]).toMatchObject({ priceScore: 70, rank: 1 });
    const equal = byFormula(
      simulatePriceFormulas({
        bids: [
          { id: 'a', price: 50 },
          { id: 'b', price: 50 },
          { id: 'c', price: 50 },
        ],
        pricePoints: 70,
      }),
      'linear-lowest-highest',
    );
    expect(equal.bids.map((b) => b.rank)).toEqual([1, 1, 1]);
    expect(equal.reversals).toEqual([]);
  });

  it('detects a rank reversal when a bid is withdrawn, under relative formulas only', () => {
    // Under the linear formula the highest price sets the bottom of the scale. With the very expensive
    // bid C in the field, A and B are close on price points and B's better quality wins; withdraw C and
    // B becomes the highest price, drops to zero price points, and A moves ahead.
    const input = {
      bids: [
        { id: 'a', label: 'Bid A', price: 100, quality: 20 },
        { id: 'b', label: 'Bid B', price: 120, quality: 30 },
        { id: 'c', label: 'Bid C', price: 300, quality: 40 },
      ],
      pricePoints: 60,
      absolute: { ceiling: 400, floor: 50 },
    };
    const result = simulatePriceFormulas(input);
    expect(result.ok).toBe(true);
    const linear = byFormula(result, 'linear-lowest-highest');
    expect(linear.bids.map((b) => b.total)).toEqual([80, 84, 40]);
    expect(linear.ranking).toEqual(['b', 'a', 'c']);
    const withdrawn = linear.reversals.find((r) => r.trigger === 'withdrawn' && r.bidId === 'c');
    expect(withdrawn).toBeDefined();
    expect(withdrawn?.changes).toEqual([{ first: 'a', second: 'b', before: 'second-ahead', after: 'first-ahead' }]);
    expect(withdrawn?.message).toBe('Under Linear between lowest and highest, if Bid C were withdrawn, Bid A would move ahead of Bid B.');
    expect(result.ok && result.anyReversal).toBe(true);
    // Bids never affect each other under the absolute formula.
    expect(byFormula(result, 'absolute').reversals).toEqual([]);
  });

  it('detects a rank reversal when a given bid is added', () => {
    // A very cheap newcomer compresses the ratio scores, so quality decides between A and B.
    const result = simulatePriceFormulas({
      bids: [
        { id: 'a', label: 'Bid A', price: 100, quality: 10 },
        { id: 'b', label: 'Bid B', price: 130, quality: 20 },
      ],
      pricePoints: 60,
      addedBid: { id: 'x', label: 'Newcomer', price: 20, quality: 0 },
      absolute: { ceiling: 400, floor: 10 },
    });
    const ratio = byFormula(result, 'lowest-price-ratio');
    expect(ratio.ranking).toEqual(['a', 'b']);
    expect(ratio.bids.map((b) => b.bidId)).toEqual(['a', 'b']);
    const added = ratio.reversals.find((r) => r.trigger === 'added');
    expect(added).toMatchObject({ bidId: 'x', changes: [{ first: 'a', second: 'b', before: 'first-ahead', after: 'second-ahead' }] });
    expect(added?.message).toBe('Under Lowest-price ratio, if Newcomer were added, Bid B would move ahead of Bid A.');
    expect(byFormula(result, 'absolute').reversals).toEqual([]);
  });

  it('reports ties made or broken as order changes', () => {
    // A and B tie (60 + 0 and 30 + 30); withdrawing C makes B the highest price, worth 0 price points.
    const result = simulatePriceFormulas({
      bids: [
        { id: 'a', price: 100, quality: 0 },
        { id: 'b', price: 150, quality: 30 },
        { id: 'c', price: 200, quality: 30 },
      ],
      pricePoints: 60,
      qualityPoints: 40,
      formulas: ['linear-lowest-highest'],
    });
    const linear = byFormula(result, 'linear-lowest-highest');
    expect(linear.bids.map((b) => b.total)).toEqual([60, 60, 30]);
    expect(linear.bids.map((b) => b.rank)).toEqual([1, 1, 3]);
    const r = linear.reversals.find((x) => x.bidId === 'c');
    expect(r?.changes).toEqual([{ first: 'a', second: 'b', before: 'tied', after: 'first-ahead' }]);
    expect(r?.message).toBe('Under Linear between lowest and highest, if c were withdrawn, a would move ahead of b, breaking their tie.');
  });

  it('returns problems instead of throwing for bad input', () => {
    const result = simulatePriceFormulas({
      bids: [
        { id: 'a', price: 0 },
        { id: 'b', price: -3, quality: 10 },
        { id: 'b', price: 10, quality: 99 },
      ],
      pricePoints: 60,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.problems.map((p) => `${p.bidId}:${p.field}`);
    expect(fields).toEqual(expect.arrayContaining(['a:price', 'a:quality', 'b:price', 'b:id', 'b:quality']));
    expect(result.problems.find((p) => p.bidId === 'a' && p.field === 'price')?.message).toMatch(/zero cannot be scored/);
    expect(simulatePriceFormulas({ bids: [], pricePoints: 60 })).toMatchObject({ ok: false, problems: [{ field: 'bids' }] });
    expect(simulatePriceFormulas({ bids: [{ id: 'a', price: 1 }], pricePoints: 0 })).toMatchObject({ ok: false });
    expect(simulatePriceFormulas({ bids: [{ id: 'a', price: 1 }], pricePoints: 60, addedBid: { id: 'x', price: 0 } })).toMatchObject({
      ok: false,
      problems: [{ bidId: 'x', field: 'price' }],
    });
  });
});
