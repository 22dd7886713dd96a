/**
 * Generated tenders for the benchmarks. Deterministic (same shape, same bytes), valid against the
 * current schema (checked with TenderContentSchema), and sized by a target number of bytes on disk.
 *
 * `tenderContent` fills lots, criteria and requirements (save and list benchmarks);
 * `referenceTenderContent` is the whole reference tender of the benchmarks: REFERENCE_SHAPE's lots and criteria plus
 * 120 contract clauses, 150 Q&A questions and, per lot, 12 bidders with prices and 6 evaluators.
 */
import { createInstance } from '@shared/clauses/instances';
import { currentVersion } from '@shared/clauses/library';
import type { ClauseInstance, ParameterValues } from '@shared/model/clauses';
import { LIMITS } from '@shared/model/common';
import type { Criterion, CriterionCategory, Requirement } from '@shared/model/criteria';
import { evaluationOf, type Bidder, type Evaluator, type LotEvaluation } from '@shared/model/evaluation';
import type { SelectedQuestion } from '@shared/model/questions';
import { TenderContentSchema, type Lot, type TenderContent } from '@shared/model/tender';
import { builtinLibraries } from '../../../electron/services/library/builtins';

export interface TenderShape {
  lots: number;
  /** Criteria per lot, sub-criteria included. The first is price; the rest are groups of a quality, social or environmental criterion and its sub-criteria. */
  criteriaPerLot: number;
  /** Sub-criteria under each non-price top-level criterion (the last group may have fewer). */
  subPerTop: number;
  requirementsPerLot: number;
  /** Characters in each criterion's description and evidence and in each requirement's text. */
  textLength: number;
}

/** The lots and criteria of the issue's reference tender: 3 lots x 60 criteria (price, then 15 criteria with up to 3 sub-criteria each). */
export const REFERENCE_SHAPE: TenderShape = { lots: 3, criteriaPerLot: 60, subPerTop: 3, requirementsPerLot: 10, textLength: 600 };

const WORDS = (
  'supplier shall disclose tier one and tier two production sites workers recruitment fees grievance mechanism ' +
  'remedy audit evidence monitoring living wage overtime freedom of association health safety subcontracting ' +
  'corrective action plan timeline independent verification traceability minerals forced labour risk assessment'
).split(' ');

/** Deterministic prose of exactly `length` characters. */
export function prose(length: number, seed: number): string {
  let out = '';
  for (let i = seed; out.length < length; i += 7) out += `${WORDS[i % WORDS.length]} `;
  return out.slice(0, length);
}

/** Splits `total` into `parts` integers that add up to it exactly. */
function split(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, i) => base + (i < total - base * parts ? 1 : 0));
}

const QUALITY_CATEGORIES: CriterionCategory[] = ['quality', 'social', 'environmental'];

function lotCriteria(lot: number, shape: TenderShape): Criterion[] {
  const criteria: Criterion[] = [];
  const text = (n: number) => prose(shape.textLength, lot * 1000 + n);
  criteria.push({
    id: `c-${lot}-price`,
    name: 'Price',
    description: text(0),
    category: 'price',
    weight: 4000,
    scoring: { type: 'lowest-price-ratio' },
    evidence: text(1),
  });
  // Group sizes (sub-criteria per top-level criterion) so that the lot has exactly criteriaPerLot criteria.
  const groups: number[] = [];
  for (let remaining = shape.criteriaPerLot - 1; remaining > 0;) {
    const subs = Math.min(shape.subPerTop, remaining - 1);
    groups.push(subs);
    remaining -= 1 + subs;
  }
  const weights = groups.length ? split(6000, groups.length) : [];
  groups.forEach((subs, index) => {
    const id = `c-${lot}-${index}`;
    const weight = weights[index]!;
    const category = QUALITY_CATEGORIES[index % QUALITY_CATEGORIES.length]!;
    const scoring = {
      type: 'quality-scale' as const,
      max: 5 as const,
      descriptors: Array.from({ length: 6 }, (_, s) => prose(80, s + index)),
    };
    criteria.push({
      id,
      name: `Criterion ${lot}.${index + 1}`,
      description: text(index + 2),
      category,
      weight,
      scoring,
      evidence: text(index + 3),
    });
    const subWeights = subs ? split(weight, subs) : [];
    for (let sub = 0; sub < subs; sub += 1) {
      criteria.push({
        id: `${id}-${sub}`,
        parentId: id,
        name: `Sub-criterion ${lot}.${index + 1}.${sub + 1}`,
        description: text(index * 10 + sub),
        category,
        weight: subWeights[sub]!,
        scoring: { ...scoring, descriptors: [...scoring.descriptors] },
        evidence: text(index * 10 + sub + 5),
      });
    }
  });
  return criteria;
}

function lotRequirements(lot: number, shape: TenderShape): Requirement[] {
  return Array.from({ length: shape.requirementsPerLot }, (_, i) => ({
    id: `r-${lot}-${i}`,
    name: `Requirement ${lot}.${i + 1}`,
    description: prose(shape.textLength, lot * 77 + i),
    evidence: prose(Math.floor(shape.textLength / 2), lot * 31 + i),
  }));
}

/** `base` (e.g. a freshly created tender's content) with generated lots, validated. */
export function tenderContent(base: TenderContent, shape: TenderShape): TenderContent {
  const template = base.lots[0];
  if (!template) throw new Error('the base content needs a lot to copy');
  const lots: Lot[] = Array.from({ length: Math.min(shape.lots, LIMITS.lots) }, (_, i) => ({
    ...structuredClone(template),
    id: `lot-bench-${i + 1}`,
    title: `Lot ${i + 1}: ${prose(40, i)}`,
    criteria: lotCriteria(i + 1, shape),
    requirements: lotRequirements(i + 1, shape),
  }));
  return TenderContentSchema.parse({ ...base, description: prose(Math.min(LIMITS.longText, shape.textLength * 4), 3), lots });
}

/** Bytes the store would write for a tender with this content (it writes JSON indented by two spaces). */
export function bytesOnDisk(value: unknown): number {
  return Buffer.byteLength(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * The shape (REFERENCE_SHAPE's structure) whose text length brings the tender to about `targetBytes`.
 * Text fields are capped by the schema, so very large targets are reached by adding lots instead.
 */
export function shapeForSize(
  base: TenderContent,
  targetBytes: number,
  structure: Omit<TenderShape, 'textLength'> = REFERENCE_SHAPE,
): TenderShape {
  const size = (textLength: number) => bytesOnDisk(tenderContent(base, { ...structure, textLength }));
  const small = size(100);
  const perChar = (size(1100) - small) / 1000;
  const textLength = Math.round(100 + (targetBytes - small) / perChar);
  if (textLength < 1) throw new Error(`a tender of ${structure.lots} lots is already larger than ${targetBytes} bytes`);
  if (textLength <= LIMITS.longText) return { ...structure, textLength };
  return shapeForSize(base, targetBytes, { ...structure, lots: structure.lots * 2 });
}

// ---------------------------------------------------------------------------------------------------
// The whole reference tender of the benchmarks

/** What the reference tender holds beyond REFERENCE_SHAPE's lots and criteria. */
export const REFERENCE_EXTRAS = { clauses: 120, questions: 150, biddersPerLot: 12, evaluatorsPerLot: 6 } as const;

/** Values for the built-in parameters that have no default (the rest keep their defaults). */
const CLAUSE_VALUES: ParameterValues = {
  first_report_date: '2027-03-01',
  first_update_date: '2027-06-30',
  monitoring_organisation: 'Electronics Watch',
};

/** `count` clauses made from the built-in library, cycling through its templates in order, as a buyer adds them. */
export function referenceClauses(count: number = REFERENCE_EXTRAS.clauses): ClauseInstance[] {
  const templates = builtinLibraries().clauses.map(currentVersion);
  return Array.from({ length: count }, (_, order) => {
    const template = templates[order % templates.length]!;
    const values = Object.fromEntries(
      template.parameters.filter((p) => p.name in CLAUSE_VALUES).map((p) => [p.name, CLAUSE_VALUES[p.name]!]),
    );
    return createInstance(template, { order, origin: 'builtin', values, id: `cl-ref-${order + 1}` });
  });
}

/** `count` selected questions from the built-in bank; past its end, numbered variants of its questions (own ids, same wording plus a number). */
export function referenceQuestions(count: number = REFERENCE_EXTRAS.questions): SelectedQuestion[] {
  const bank = builtinLibraries().questions;
  return Array.from({ length: count }, (_, order) => {
    const round = Math.floor(order / bank.length);
    const source = bank[order % bank.length]!;
    const questionId = round === 0 ? source.id : `${source.id}-v${round + 1}`;
    const question =
      round === 0 ? structuredClone(source) : { ...structuredClone(source), id: questionId, question: `${source.question} (${round + 1})` };
    return { questionId, order, question };
  });
}

const BIDDER_NAMES = [
  'Northwind Devices',
  'Fabrikam Computing',
  'Contoso IT Supply',
  'Adatum Hardware',
  'Tailspin Electronics',
  'Litware Systems',
  'Proseware Office',
  'Wingtip Technology',
  'Coho Devices',
  'Alpine Digital',
  'Blue Yonder Supply',
  'Fourth Coffee IT',
];
const EVALUATOR_NAMES: [string, string][] = [
  ['Amina Okafor', 'AO'],
  ['Bram Willems', 'BW'],
  ['Chen Li', 'CL'],
  ['Dorota Nowak', 'DN'],
  ['Emil Sørensen', 'ES'],
  ['Fatima Haddad', 'FH'],
];

/** The evaluation setup of lot `lot` (1-based): named bidders with distinct prices, a named panel with initials, a lead. */
export function referenceEvaluation(
  lot: number,
  base: LotEvaluation,
  bidders: number = REFERENCE_EXTRAS.biddersPerLot,
  evaluators: number = REFERENCE_EXTRAS.evaluatorsPerLot,
): LotEvaluation {
  const bidderList: Bidder[] = Array.from({ length: bidders }, (_, i) => ({
    id: `bid-${lot}-${i + 1}`,
    name: `${BIDDER_NAMES[i % BIDDER_NAMES.length]}${i >= BIDDER_NAMES.length ? ` ${Math.floor(i / BIDDER_NAMES.length) + 1}` : ''}`,
    reference: `B-${lot}-${String(i + 1).padStart(3, '0')}`,
    // 1.2 to 2.0 million, in cents, a different price per bid.
    priceCents: 120_000_000 + ((i * 7_919_31 + lot * 1_234_57) % 80_000_000),
  }));
  const panel: Evaluator[] = Array.from({ length: evaluators }, (_, i) => {
    const [name, initials] = EVALUATOR_NAMES[i % EVALUATOR_NAMES.length]!;
    const round = Math.floor(i / EVALUATOR_NAMES.length);
    return {
      id: `ev-${lot}-${i + 1}`,
      name: round ? `${name} ${round + 1}` : name,
      initials: round ? `${initials}${round + 1}` : initials,
    };
  });
  return { ...base, lead: 'Lena Evaluation-Lead', bidders: bidderList, evaluators: panel };
}

/**
 * The reference tender on top of `base` (e.g. a freshly created tender's content): 3 lots x 60
 * criteria with sub-criteria (REFERENCE_SHAPE), 120 clauses, 150 questions, and per lot 12 bidders with
 * prices and 6 evaluators. Deterministic and validated with TenderContentSchema.
 */
export function referenceTenderContent(base: TenderContent, shape: TenderShape = REFERENCE_SHAPE): TenderContent {
  const withLots = tenderContent(base, shape);
  return TenderContentSchema.parse({
    ...withLots,
    lots: withLots.lots.map((lot, i) => ({ ...lot, evaluation: referenceEvaluation(i + 1, evaluationOf(lot)) })),
    clauses: referenceClauses(),
    qa: { ...withLots.qa, questions: referenceQuestions() },
  });
}
