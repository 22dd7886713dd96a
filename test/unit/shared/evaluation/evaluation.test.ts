import { describe, expect, it } from 'vitest';
import { emptyLotEvaluation, type EvaluatorImport, type LotEvaluation, type Moderation } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import { scorePrices } from '@shared/rules/scoring';
import { evaluateLot } from '@shared/rules/evaluation';
import { evaluatorSubtotals, isSpreadFlagged } from '@shared/rules/evaluationConsensus';
import { evaluationCriteria } from '@shared/rules/evaluationCriteria';
import { exactPriceScores, pricePointsBeforeExclusions, rankExact } from '@shared/rules/evaluationRanking';
import { setupChecksum } from '@shared/rules/evaluationChecksum';
import { Fraction } from '@shared/rules/evaluationExact';
import { EVALUATORS, fixtureLot, scoreEntries, verdictEntries } from './lotFixture';

const AT = '2026-11-20T10:00:00.000Z';

function importFor(lot: Lot, evaluatorId: (typeof EVALUATORS)[number], extra: Partial<EvaluatorImport> = {}): EvaluatorImport {
  return {
    id: `imp-${evaluatorId}`,
    evaluatorId,
    fileName: `${evaluatorId}.xlsx`,
    importedAt: AT,
    importedBy: 'Lena Lead',
    workbookSha256: 'a'.repeat(64),
    tenderRevision: 7,
    setupChecksum: setupChecksum({ ...lot, evaluation: lot.evaluation! }),
    scores: scoreEntries(evaluatorId),
    verdicts: verdictEntries(evaluatorId),
    ...extra,
  };
}

function withImports(lot: Lot, evaluators: readonly (typeof EVALUATORS)[number][] = EVALUATORS, moderations: Moderation[] = []): Lot {
  const evaluation: LotEvaluation = { ...lot.evaluation!, imports: evaluators.map((e) => importFor(lot, e)), moderations };
  return { ...lot, evaluation };
}

const bidder = (results: ReturnType<typeof evaluateLot>, id: string) => results.bidders.find((b) => b.bidderId === id)!;
const cell = (results: ReturnType<typeof evaluateLot>, criterionId: string, bidderId: string) =>
  results.cells.find((c) => c.criterionId === criterionId && c.bidderId === bidderId)!;

describe('evaluation rules: the hand-computed lot', () => {
  const results = evaluateLot(withImports(fixtureLot()));

  it('numbers the criteria and gives each its role', () => {
    expect(evaluationCriteria(fixtureLot().criteria).map((c) => [c.ref, c.criterion.id, c.role])).toEqual([
      ['1', 'c-price', 'price'],
      ['2', 'c-quality', 'heading'],
      ['2.1', 'c-q1', 'quality'],
      ['2.2', 'c-q2', 'quality'],
      ['3', 'c-social', 'quality'],
    ]);
  });

  it('keeps every evaluator’s score and computes mean, spread and the 0.3 flag', () => {
    const acme = cell(results, 'c-q1', 'b-acme');
    expect(acme.scores.map((s) => s.score)).toEqual([4, 4, 5]);
    expect(acme.mean).toBeCloseTo(13 / 3, 12);
    expect(acme.spread).toBe(1);
    expect(acme.flagged).toBe(false);
    // Spread exactly 0.3 of the scale is flagged; 0.2 is not.
    expect(cell(results, 'c-q2', 'b-bor')).toMatchObject({ spread: 3, flagged: true, mean: 4 });
    expect(cell(results, 'c-q2', 'b-acme')).toMatchObject({ spread: 2, flagged: false });
    expect(cell(results, 'c-social', 'b-cob')).toMatchObject({ spread: 3, flagged: true });
    expect(results.flaggedCount).toBe(2);
    expect(isSpreadFlagged(2, 5, 10)).toBe(true);
    expect(isSpreadFlagged(3, 5, 10)).toBe(false);
    expect(isSpreadFlagged(0, 2, 5)).toBe(true);
    expect(isSpreadFlagged(0, 1, 5)).toBe(false);
  });

  it('totals, exclusions and ranks as worked out by hand', () => {
    expect(bidder(results, 'b-acme')).toMatchObject({
      qualityPointsRounded: 44.5,
      pricePointsRounded: 40,
      totalRounded: 84.5,
      rank: 1,
      excluded: false,
    });
    expect(bidder(results, 'b-cob')).toMatchObject({ qualityPointsRounded: 50, pricePointsRounded: 33.33, totalRounded: 83.33, rank: 2 });
    expect(bidder(results, 'b-cob').total).toBeCloseTo(250 / 3, 12);
    const borealis = bidder(results, 'b-bor');
    expect(borealis).toMatchObject({ qualityPointsRounded: 22, excluded: true, rank: null, total: null, pricePoints: null });
    expect(borealis.exclusions.map((e) => e.kind)).toEqual(['requirement', 'minimum-quality']);
    expect(borealis.exclusions[0]!.message).toBe('Fails the requirement “Discloses its final assembly factories”');
    expect(borealis.exclusions[1]!.message).toBe('22.00 quality points, below the minimum of 30.00');
    expect(results.complete).toBe(true);
  });

  it('leaves excluded bids out of the lowest price (Borealis is cheapest but excluded)', () => {
    // Had Borealis counted, Acme would get 40 * 80000/100000 = 32.
    expect(bidder(results, 'b-acme').pricePoints).toBe(40);
  });

  it('pass/fail consensus: fail if any evaluator fails it, unless moderated', () => {
    const r1 = results.verdicts.find((v) => v.requirementId === 'r-1' && v.bidderId === 'b-bor')!;
    expect(r1).toMatchObject({ fails: 1, passes: 2, consensus: 'fail', consensusSource: 'evaluators' });
    const moderated = evaluateLot(
      withImports(fixtureLot(), EVALUATORS, [
        {
          id: 'm1',
          kind: 'verdict',
          requirementId: 'r-1',
          bidderId: 'b-bor',
          result: 'pass',
          rationale: 'List found in annex 4',
          by: 'Lena',
          at: AT,
        },
      ]),
    );
    const after = moderated.verdicts.find((v) => v.requirementId === 'r-1' && v.bidderId === 'b-bor')!;
    expect(after).toMatchObject({ consensus: 'pass', consensusSource: 'moderated', fails: 1 });
    // Still excluded: below the minimum quality.
    expect(bidder(moderated, 'b-bor').exclusions.map((e) => e.kind)).toEqual(['minimum-quality']);
  });

  it('a moderated score replaces the mean, keeps the originals and can flip the ranking', () => {
    const lot = withImports(fixtureLot(), EVALUATORS, [
      {
        id: 'm1',
        kind: 'score',
        criterionId: 'c-social',
        bidderId: 'b-cob',
        score: 5,
        rationale: 'Panel agreed the supplier map is complete',
        by: 'Lena',
        at: AT,
      },
    ]);
    const moderated = evaluateLot(lot);
    const c = cell(moderated, 'c-social', 'b-cob');
    expect(c).toMatchObject({ consensus: 5, consensusSource: 'moderated', flagged: true });
    expect(c.scores.map((s) => s.score)).toEqual([5, 2, 4]);
    expect(c.mean).toBeCloseTo(11 / 3, 12);
    expect(bidder(moderated, 'b-cob')).toMatchObject({ totalRounded: 90, rank: 1 });
    expect(bidder(moderated, 'b-acme')).toMatchObject({ totalRounded: 84.5, rank: 2 });
    expect(moderated.flaggedCount).toBe(1);

    // Withdrawn: back to the mean, the history keeps both entries.
    const withdrawn = evaluateLot({
      ...lot,
      evaluation: {
        ...lot.evaluation!,
        moderations: [
          ...lot.evaluation!.moderations,
          { id: 'm2', kind: 'score', criterionId: 'c-social', bidderId: 'b-cob', score: null, rationale: 'Reopened', by: 'Lena', at: AT },
        ],
      },
    });
    const back = cell(withdrawn, 'c-social', 'b-cob');
    expect(back).toMatchObject({ consensusSource: 'mean', moderation: null });
    expect(back.history).toHaveLength(2);
    expect(bidder(withdrawn, 'b-cob').totalRounded).toBe(83.33);
  });

  it('with some evaluators missing, uses the imported ones and says the results are provisional', () => {
    const partial = evaluateLot(withImports(fixtureLot(), ['ev-ao', 'ev-bw']));
    expect(cell(partial, 'c-q1', 'b-acme').scores).toHaveLength(2);
    expect(cell(partial, 'c-q1', 'b-acme').mean).toBe(4);
    expect(partial.complete).toBe(false);
    expect(partial.notes[0]).toBe('2 of 3 evaluators’ workbooks imported (waiting for Chen Li): the results are provisional.');
  });

  it('with nothing imported, has no totals and no ranks', () => {
    const none = evaluateLot(fixtureLot());
    expect(none.bidders.every((b) => b.total === null && b.rank === null && !b.excluded)).toBe(true);
    expect(none.bidders[0]!.pending).toContain('not every quality criterion has a score yet');
  });

  it('a bid without a price gets no total; a superseded import is ignored; a stale import is named', () => {
    const lot = withImports(fixtureLot());
    lot.evaluation!.bidders[0] = { id: 'b-acme', name: 'Acme Ltd', reference: 'BID-01' };
    const noPrice = evaluateLot(lot);
    expect(bidder(noPrice, 'b-acme')).toMatchObject({ total: null, rank: null, pending: ['no bid price entered'] });
    expect(bidder(noPrice, 'b-cob')).toMatchObject({ pricePointsRounded: 40, rank: 1 });
    expect(noPrice.notes).toContain('No bid price entered for “Acme Ltd”.');

    const superseded = withImports(fixtureLot());
    superseded.evaluation!.imports[0] = { ...superseded.evaluation!.imports[0]!, supersededAt: AT, supersededBy: 'imp-x' };
    expect(evaluateLot(superseded).panel[0]!.import).toBeNull();

    const stale = withImports(fixtureLot());
    stale.evaluation!.imports[1] = { ...stale.evaluation!.imports[1]!, setupChecksum: 'b'.repeat(64) };
    const staleResults = evaluateLot(stale);
    expect(staleResults.panel[1]!.stale).toBe(true);
    expect(staleResults.complete).toBe(false);
    expect(staleResults.notes.some((n) => n.startsWith('Ben Weiss’s workbook was filled in before'))).toBe(true);
  });

  it('ignores scores given on another scale than the criterion has now', () => {
    const lot = withImports(fixtureLot());
    const q2 = lot.criteria.find((c) => c.id === 'c-q2')!;
    q2.scoring = { type: 'quality-scale', max: 5, descriptors: ['a', 'b', 'c', 'd', 'e', 'f'] };
    const results2 = evaluateLot(lot);
    expect(cell(results2, 'c-q2', 'b-acme').scores).toEqual([]);
    expect(bidder(results2, 'b-acme').total).toBeNull();
  });

  it('evaluator subtotals and price points before exclusions (what the evaluator workbook shows)', () => {
    const lot = fixtureLot();
    const ao = evaluatorSubtotals(lot, scoreEntries('ev-ao'));
    // 20*4/5 + 15*8/10 + 25*3/5 = 16 + 12 + 15
    expect(ao.get('b-acme')!.eq(Fraction.of(43))).toBe(true);
    const before = pricePointsBeforeExclusions(lot);
    expect(before.get('b-bor')!.toNumber()).toBe(40);
    expect(before.get('b-acme')!.toNumber()).toBe(32);
    expect(before.get('b-cob')!.toFixed(2)).toBe('26.67');
  });
});

describe('price scores and ranking', () => {
  const prices = [10_000_000, 8_000_000, 12_000_000, 9_999_999];
  const formulas = [
    { type: 'lowest-price-ratio' as const },
    { type: 'linear-lowest-highest' as const },
    { type: 'deviation-from-lowest' as const },
    { type: 'absolute' as const, ceiling: 130_000, floor: 70_000.5 },
  ];
  it.each(formulas)('exact scores agree with the floating-point score functions: $type', (formula) => {
    const exact = exactPriceScores(
      formula,
      prices,
      prices.map(() => true),
      Fraction.of(40),
    );
    const float = scorePrices(
      formula.type === 'absolute' ? { ...formula, ceiling: formula.ceiling * 100, floor: formula.floor * 100 } : formula,
      prices,
      40,
    );
    exact.forEach((value, i) => expect(value!.toNumber()).toBeCloseTo(float[i]!, 10));
  });

  it('linear with all prices equal gives full points; invalid bids get nothing and do not count', () => {
    expect(
      exactPriceScores({ type: 'linear-lowest-highest' }, [500, 500], [true, true], Fraction.of(30)).map((f) => f!.toNumber()),
    ).toEqual([30, 30]);
    const scores = exactPriceScores({ type: 'lowest-price-ratio' }, [100, 50, undefined, 0], [true, false, true, true], Fraction.of(10));
    expect(scores.map((s) => (s ? s.toNumber() : null))).toEqual([10, null, null, null]);
  });

  it('ranks exactly: ties share a rank and the next rank is skipped', () => {
    const third = Fraction.of(1, 3);
    expect(rankExact([third.add(third).add(third), Fraction.ONE, Fraction.of(2), null, Fraction.of(1, 2)])).toEqual([2, 2, 1, null, 4]);
  });
});

describe('an empty evaluation', () => {
  it('gives empty results without failing', () => {
    const lot: Lot = { id: 'l', title: 'Empty', criteria: [], requirements: [], evaluation: emptyLotEvaluation() };
    const results = evaluateLot(lot);
    expect(results).toMatchObject({ cells: [], verdicts: [], bidders: [], complete: false, notes: ['No evaluators on the panel yet.'] });
    expect(evaluateLot({ id: 'l', title: 'Old', criteria: [], requirements: [] }).bidders).toEqual([]);
  });
});
