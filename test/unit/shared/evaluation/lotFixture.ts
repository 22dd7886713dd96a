/**
 * One lot used across the evaluation tests, with scores whose results are worked out by hand below.
 *
 * Criteria (points W = weight / 100):
 *   1   Price                       40  lowest-price ratio
 *   2   Service quality (heading)   35
 *   2.1   Delivery plan             20  scale 0-5
 *   2.2   Repair service            15  scale 0-10
 *   3   Supply-chain transparency   25  scale 0-5 (social)
 * Requirements: R1 discloses factories, R2 accepts the clause. Minimum quality: 30 points.
 * Bids: Acme 100,000.00; Borealis 80,000.00; Cobalt 120,000.00. Panel: AO, BW, CL.
 *
 * Scores [AO, BW, CL]:
 *                 2.1 (0-5)   2.2 (0-10)   3 (0-5)
 *   Acme          4 4 5       8 6 7        3 4 3
 *   Borealis      2 3 2       5 5 2        1 1 2
 *   Cobalt        5 4 5       9 9 8        5 2 4
 * Flags: Borealis 2.2 (spread 3 of 10 = 0.3, exactly the threshold), Cobalt 3 (spread 3 of 5 = 0.6).
 * Pass/fail: AO fails Borealis on R1; everything else passes.
 *
 * Quality points (W * mean / max):
 *   Acme      20*(13/3)/5 + 15*7/10  + 25*(10/3)/5 = 52/3 + 10.5 + 50/3 = 44.5
 *   Borealis  20*(7/3)/5  + 15*4/10  + 25*(4/3)/5  = 28/3 + 6 + 20/3    = 22     (below 30, and fails R1)
 *   Cobalt    20*(14/3)/5 + 15*(26/3)/10 + 25*(11/3)/5 = 56/3 + 13 + 55/3 = 50
 * Price (valid bids only: Borealis is excluded, so Pmin = Acme's 100,000):
 *   Acme 40, Cobalt 40 * 100000/120000 = 33.333...
 * Totals: Acme 84.50 (rank 1), Cobalt 83.33 (rank 2), Borealis excluded.
 * Moderating Cobalt on 3 to 5: Cobalt quality 56/3 + 13 + 25 = 56.666..., total 90.00 (rank 1), Acme rank 2.
 */
import { defaultQualityScale } from '@shared/model/scoring';
import type { Criterion, Requirement } from '@shared/model/criteria';
import { emptyLotEvaluation, type LotEvaluation, type ScoreEntry, type VerdictEntry } from '@shared/model/evaluation';
import { TENDER_SCHEMA_VERSION, type Lot, type Tender } from '@shared/model/tender';

const crit = (c: Partial<Criterion> & Pick<Criterion, 'id' | 'name' | 'category' | 'weight'>): Criterion => ({
  description: `${c.name}: what is assessed.`,
  evidence: `Evidence for ${c.name.toLowerCase()}.`,
  scoring: defaultQualityScale(5),
  ...c,
});

export const CRITERIA: Criterion[] = [
  crit({ id: 'c-price', name: 'Price', category: 'price', weight: 4000, scoring: { type: 'lowest-price-ratio' } }),
  crit({ id: 'c-quality', name: 'Service quality', category: 'quality', weight: 3500 }),
  crit({ id: 'c-q1', parentId: 'c-quality', name: 'Delivery plan', category: 'quality', weight: 2000 }),
  crit({ id: 'c-q2', parentId: 'c-quality', name: 'Repair service', category: 'quality', weight: 1500, scoring: defaultQualityScale(10) }),
  crit({ id: 'c-social', name: 'Supply-chain transparency', category: 'social', weight: 2500 }),
];

export const REQUIREMENTS: Requirement[] = [
  { id: 'r-1', name: 'Discloses its final assembly factories', description: '', evidence: 'Factory list' },
  { id: 'r-2', name: 'Accepts the disclosure clause', description: '', evidence: 'Signed declaration' },
];

export const BIDDERS = ['b-acme', 'b-bor', 'b-cob'] as const;
export const EVALUATORS = ['ev-ao', 'ev-bw', 'ev-cl'] as const;

export function lotEvaluation(overrides: Partial<LotEvaluation> = {}): LotEvaluation {
  return {
    ...emptyLotEvaluation(),
    lead: 'Lena Lead',
    hidePriceFromEvaluators: true,
    bidders: [
      { id: 'b-acme', name: 'Acme Ltd', reference: 'BID-01', priceCents: 10_000_000 },
      { id: 'b-bor', name: 'Borealis', reference: 'BID-02', priceCents: 8_000_000 },
      { id: 'b-cob', name: 'Cobalt Co', reference: 'BID-03', priceCents: 12_000_000 },
    ],
    evaluators: [
      { id: 'ev-ao', name: 'Ana Ortiz', initials: 'AO' },
      { id: 'ev-bw', name: 'Ben Weiss', initials: 'BW' },
      { id: 'ev-cl', name: 'Chen Li', initials: 'CL' },
    ],
    ...overrides,
  };
}

export function fixtureLot(overrides: Partial<LotEvaluation> = {}): Lot {
  return {
    id: 'lot-1',
    title: 'Laptops',
    criteria: structuredClone(CRITERIA),
    requirements: structuredClone(REQUIREMENTS),
    minimumQualityScore: 3000,
    evaluation: lotEvaluation(overrides),
  };
}

export function fixtureTender(lot: Lot = fixtureLot(), revision = 7): Tender {
  return {
    schemaVersion: TENDER_SCHEMA_VERSION,
    id: 'tender-1',
    title: 'Laptops for schools',
    reference: 'IT-2027-01',
    buyer: 'City of Example',
    description: '',
    lots: [lot, { id: 'lot-2', title: 'Repair', criteria: [], requirements: [] }],
    clauses: [],
    qa: { questions: [], suppliers: [], threads: [] },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    revision,
  };
}

/** SCORES[evaluator][bidder][criterion] */
export const SCORES: Record<(typeof EVALUATORS)[number], Record<(typeof BIDDERS)[number], Record<'c-q1' | 'c-q2' | 'c-social', number>>> = {
  'ev-ao': {
    'b-acme': { 'c-q1': 4, 'c-q2': 8, 'c-social': 3 },
    'b-bor': { 'c-q1': 2, 'c-q2': 5, 'c-social': 1 },
    'b-cob': { 'c-q1': 5, 'c-q2': 9, 'c-social': 5 },
  },
  'ev-bw': {
    'b-acme': { 'c-q1': 4, 'c-q2': 6, 'c-social': 4 },
    'b-bor': { 'c-q1': 3, 'c-q2': 5, 'c-social': 1 },
    'b-cob': { 'c-q1': 4, 'c-q2': 9, 'c-social': 2 },
  },
  'ev-cl': {
    'b-acme': { 'c-q1': 5, 'c-q2': 7, 'c-social': 3 },
    'b-bor': { 'c-q1': 2, 'c-q2': 2, 'c-social': 2 },
    'b-cob': { 'c-q1': 5, 'c-q2': 8, 'c-social': 4 },
  },
};

export const SCALE: Record<'c-q1' | 'c-q2' | 'c-social', 5 | 10> = { 'c-q1': 5, 'c-q2': 10, 'c-social': 5 };

export function scoreEntries(evaluatorId: (typeof EVALUATORS)[number]): ScoreEntry[] {
  return BIDDERS.flatMap((bidderId) =>
    (['c-q1', 'c-q2', 'c-social'] as const).map((criterionId) => ({
      criterionId,
      bidderId,
      score: SCORES[evaluatorId][bidderId][criterionId],
      scaleMax: SCALE[criterionId],
      reason: `${evaluatorId} on ${bidderId}/${criterionId}`,
    })),
  );
}

export function verdictEntries(evaluatorId: (typeof EVALUATORS)[number]): VerdictEntry[] {
  return BIDDERS.flatMap((bidderId) =>
    REQUIREMENTS.map((r) => {
      const fail = evaluatorId === 'ev-ao' && bidderId === 'b-bor' && r.id === 'r-1';
      return {
        requirementId: r.id,
        bidderId,
        result: fail ? ('fail' as const) : ('pass' as const),
        reason: fail ? 'No factory list in the bid' : '',
      };
    }),
  );
}
