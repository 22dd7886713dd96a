/**
 * Generated tenders for the benchmarks. Deterministic (same shape, same bytes), valid against the
 * current schema (checked with TenderContentSchema), and sized by a target number of bytes on disk.
 *
 * Only lots, criteria and requirements are filled for now; the export and import benchmarks of issue 7
 * will add clauses, questions, bidders and evaluators to the same generator (the "reference tender":
 * 3 lots x 60 criteria with sub-criteria, 120 clauses, 150 questions, 12 bidders, 6 evaluators).
 */
import { LIMITS } from '@shared/model/common';
import type { Criterion, CriterionCategory, Requirement } from '@shared/model/criteria';
import { TenderContentSchema, type Lot, type TenderContent } from '@shared/model/tender';

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

/** The lots and criteria of the reference tender: 3 lots x 60 criteria (price, then 15 criteria with up to 3 sub-criteria each). */
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
  for (let remaining = shape.criteriaPerLot - 1; remaining > 0; ) {
    const subs = Math.min(shape.subPerTop, remaining - 1);
    groups.push(subs);
    remaining -= 1 + subs;
  }
  const weights = groups.length ? split(6000, groups.length) : [];
  groups.forEach((subs, index) => {
    const id = `c-${lot}-${index}`;
    const weight = weights[index]!;
    const category = QUALITY_CATEGORIES[index % QUALITY_CATEGORIES.length]!;
    const scoring = { type: 'quality-scale' as const, max: 5 as const, descriptors: Array.from({ length: 6 }, (_, s) => prose(80, s + index)) };
    criteria.push({ id, name: `Criterion ${lot}.${index + 1}`, description: text(index + 2), category, weight, scoring, evidence: text(index + 3) });
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
export function shapeForSize(base: TenderContent, targetBytes: number, structure: Omit<TenderShape, 'textLength'> = REFERENCE_SHAPE): TenderShape {
  const size = (textLength: number) => bytesOnDisk(tenderContent(base, { ...structure, textLength }));
  const small = size(100);
  const perChar = (size(1100) - small) / 1000;
  const textLength = Math.round(100 + (targetBytes - small) / perChar);
  if (textLength < 1) throw new Error(`a tender of ${structure.lots} lots is already larger than ${targetBytes} bytes`);
  if (textLength <= LIMITS.longText) return { ...structure, textLength };
  return shapeForSize(base, targetBytes, { ...structure, lots: structure.lots * 2 });
}
