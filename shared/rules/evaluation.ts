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
import { currentImports, evaluationOf, type Bidder, type Evaluator, type EvaluatorImport } from '../model/evaluation';
import type { PriceFormula, QualityScaleMax } from '../model/scoring';
import { setupChecksum } from './evaluationChecksum';
import { lotConsensus, type ScoreCellResult, type VerdictCellResult } from './evaluationConsensus';
import { evaluationCriteria, type CriterionRole, type EvaluationLotInput } from './evaluationCriteria';
import { minimumQualityPoints, rankBidders, type BidderResult } from './evaluationRanking';

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

const bidderLabel = (b: Pick<Bidder, 'name'>, index: number) => (b.name.trim() ? `“${b.name.trim()}”` : `bidder ${index + 1}`);

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

  const { cells, cellPoints, verdicts } = lotConsensus(lot, active, quality, bidders, evaluation.moderations);
  const minimum = minimumQualityPoints(lot);
  const results = rankBidders(lot.requirements, bidders, quality, price, cellPoints, verdicts, minimum);

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
