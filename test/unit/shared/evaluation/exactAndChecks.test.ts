import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { centsToAmount, LotEvaluationSchema, parseAmount, ScoreEntrySchema } from '@shared/model/evaluation';
import { Fraction } from '@shared/rules/evaluationExact';
import { canonicalSetup, setupChecksum, sha256Hex } from '@shared/rules/evaluationChecksum';
import { checkEvaluation } from '@shared/rules/evaluationChecks';
import { exportBlockers as evaluationBlockers } from '@shared/rules/findings';
import { fixtureLot, lotEvaluation } from './lotFixture';

describe('Fraction', () => {
  it('adds, multiplies, divides and compares exactly', () => {
    const third = Fraction.of(1, 3);
    expect(third.add(third).add(third).eq(Fraction.ONE)).toBe(true);
    expect(Fraction.of(6, -4).toString()).toBe('-3/2');
    expect(Fraction.of(2, 3).mul(Fraction.of(9, 4)).toString()).toBe('3/2');
    expect(Fraction.of(1).div(Fraction.of(3)).lt(Fraction.of(34, 100))).toBe(true);
    expect(() => Fraction.of(1).div(Fraction.ZERO)).toThrow(RangeError);
  });

  it('rounds half away from zero, as spreadsheets do, at the cent', () => {
    expect(Fraction.of(250, 3).round(2)).toBe(83.33);
    expect(Fraction.of(1005, 1000).round(2)).toBe(1.01);
    expect(Fraction.of(2675, 1000).toFixed(2)).toBe('2.68');
    expect(Fraction.of(-2675, 1000).toFixed(2)).toBe('-2.68');
    expect(Fraction.of(1, 3).toFixed(0)).toBe('0');
    expect(Fraction.of(5, 1000).toFixed(2)).toBe('0.01');
  });

  it('reads decimals as typed', () => {
    expect(Fraction.fromDecimal(1234.56).toString()).toBe('30864/25');
    expect(Fraction.fromDecimal(1e21).toString()).toBe('1000000000000000000000');
    expect(Fraction.fromDecimal(1.5e-7).toString()).toBe('3/20000000');
    expect(Fraction.of(10n ** 30n, 3n).toNumber()).toBeCloseTo(1e30 / 3, -15);
  });
});

describe('setup checksum', () => {
  it('is SHA-256, identical to node:crypto', () => {
    for (const text of ['', 'abc', 'é'.repeat(1000), 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64)]) {
      const bytes = new TextEncoder().encode(text);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('changes with weights, scales, bidders and price visibility, not with names or prices', () => {
    const lot = fixtureLot();
    const base = setupChecksum({ ...lot, evaluation: lot.evaluation! });
    const variant = (change: (l: ReturnType<typeof fixtureLot>) => void) => {
      const copy = fixtureLot();
      change(copy);
      return setupChecksum({ ...copy, evaluation: copy.evaluation! });
    };
    expect(variant((l) => (l.criteria[2]!.weight = 2100))).not.toBe(base);
    expect(variant((l) => (l.criteria[3]!.scoring = { type: 'quality-scale', max: 5, descriptors: [] }))).not.toBe(base);
    expect(variant((l) => l.evaluation!.bidders.pop())).not.toBe(base);
    expect(variant((l) => (l.evaluation!.hidePriceFromEvaluators = false))).not.toBe(base);
    expect(variant((l) => l.requirements.reverse())).not.toBe(base);
    expect(variant((l) => (l.criteria[2]!.name = 'Delivery plan (revised)'))).toBe(base);
    expect(variant((l) => (l.evaluation!.bidders[0]!.priceCents = 1))).toBe(base);
    expect(variant((l) => (l.evaluation!.bidders[0]!.name = 'Acme Limited'))).toBe(base);
    expect(canonicalSetup({ ...lot, evaluation: lot.evaluation! })).toContain('"bidders":["b-acme","b-bor","b-cob"]');
  });
});

describe('evaluation setup checks', () => {
  it('a sound setup has no errors', () => {
    expect(evaluationBlockers(checkEvaluation(fixtureLot())).blocking).toEqual([]);
  });

  it('names every gap, and lets the lead workbook through with blanks', () => {
    const lot = fixtureLot({
      hidePriceFromEvaluators: false,
      bidders: [
        { id: 'b1', name: '', reference: '' },
        { id: 'b2', name: 'Acme', reference: '', priceCents: 0 },
      ],
      evaluators: [
        { id: 'e1', name: 'Ana', initials: 'AO' },
        { id: 'e2', name: 'Ann', initials: 'ao' },
        { id: 'e3', name: '', initials: 'A/B' },
      ],
    });
    const messages = checkEvaluation(lot).map((f) => `${f.severity}: ${f.message}`);
    expect(messages).toEqual([
      'error: Bidder 1 has no name.',
      'error: “Ann” and “Ana” share the initials AO; give each evaluator their own.',
      'error: Evaluator 3 has no name.',
      'error: Evaluator 3: initials may contain letters and digits only.',
      'error: Enter the bid price of Bidder 1: the evaluator workbooks show prices (or hide prices from evaluators).',
      'error: The bid price of “Acme” is zero; a price must be above zero to be scored.',
    ]);
    const lead = checkEvaluation(fixtureLot({ bidders: [{ id: 'b1', name: 'X', reference: '' }], evaluators: [] }), 'lead');
    expect(lead.filter((f) => f.severity === 'error')).toEqual([]);
    expect(evaluationBlockers(checkEvaluation({ ...fixtureLot(), criteria: [], minimumQualityScore: undefined })).summary).toMatch(
      /^Export refused: 1 problem must be fixed first: Criteria: This lot has no award criteria yet/,
    );
  });
});

describe('evaluation model', () => {
  it('reads typed amounts to the cent without floating point', () => {
    expect(parseAmount('12,345.67')).toEqual({ ok: true, cents: 1_234_567 });
    expect(parseAmount(' 80 000 ')).toEqual({ ok: true, cents: 8_000_000 });
    expect(parseAmount('0.1')).toEqual({ ok: true, cents: 10 });
    // Read like every other amount in the app: a lone comma before one or two digits is the decimal mark.
    expect(parseAmount('99,5')).toEqual({ ok: true, cents: 9_950 });
    expect(parseAmount('1,250,000')).toEqual({ ok: true, cents: 125_000_000 });
    expect(parseAmount('1 250,75')).toEqual({ ok: true, cents: 125_075 });
    expect(parseAmount('1.005')).toMatchObject({ ok: false, message: 'Enter the price to the cent (at most two decimals)' });
    expect(parseAmount('-5')).toMatchObject({ ok: false, message: 'A price must not be negative' });
    expect(parseAmount('ten')).toMatchObject({ ok: false });
    expect(parseAmount('')).toMatchObject({ ok: false, message: 'Enter the bid price' });
    expect(centsToAmount(1_234_567)).toBe('12345.67');
    expect(centsToAmount(5)).toBe('0.05');
  });

  it('refuses duplicate ids and scores above their scale', () => {
    const evaluation = lotEvaluation();
    evaluation.bidders.push({ ...evaluation.bidders[0]! });
    expect(LotEvaluationSchema.safeParse(evaluation).error?.issues[0]?.message).toBe('Bidder id "b-acme" is used twice');
    expect(ScoreEntrySchema.safeParse({ criterionId: 'c', bidderId: 'b', score: 7, scaleMax: 5, reason: 'r' }).success).toBe(false);
    expect(ScoreEntrySchema.safeParse({ criterionId: 'c', bidderId: 'b', score: 5, scaleMax: 5, reason: '' }).success).toBe(false);
  });
});
