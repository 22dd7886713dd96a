import { z } from 'zod';
import { t } from '../i18n';
import { IdSchema, longText, newId, shortText } from './common';
import { ScoringMethodSchema, QUALITY_SCALE_MAXIMA, defaultQualityScale, type QualityScaleMax, type ScoringMethod } from './scoring';
import type { Language } from './language';

/**
 * Award criteria of one lot.
 *
 * Criteria are kept as one flat, ordered list per lot. A sub-criterion names its parent with
 * `parentId`; nesting is one level deep. The array order is the display order: every top-level
 * criterion is followed by its own sub-criteria ("canonical order"), and every helper below returns
 * the list in that order. A flat list keeps zod validation, undo/redo diffs and drag-and-drop simple.
 *
 * Weights are integers in hundredths of a percentage point (100% = 10000), see DESIGN.md "Numbers".
 * A sub-criterion's weight is its share of the whole lot, so sub-criteria total their parent's weight.
 */

export const WEIGHT_TOTAL = 10_000;
export const MAX_CRITERIA_PER_LOT = 200;
export const MAX_REQUIREMENTS_PER_LOT = 200;

export const CRITERION_CATEGORIES = ['price', 'cost', 'quality', 'social', 'environmental'] as const;
export const CriterionCategorySchema = z.enum(CRITERION_CATEGORIES);
export type CriterionCategory = z.infer<typeof CriterionCategorySchema>;

export const CATEGORY_LABELS: Record<CriterionCategory, string> = {
  price: 'Price',
  cost: 'Cost (life-cycle)',
  quality: 'Quality',
  social: 'Social',
  environmental: 'Environmental',
};

/** Price and cost criteria are scored by a price formula; the others by a quality scale. */
export function isPriceCategory(category: CriterionCategory): boolean {
  return category === 'price' || category === 'cost';
}

/** A weight in hundredths of a percentage point. Zero is storable (the rules report it). */
export const WeightSchema = z
  .number()
  .int('A weight is a whole number of hundredths of a percent')
  .min(0, { error: () => t('messages:validation.criteria.weightNegative') })
  .max(WEIGHT_TOTAL, { error: () => t('messages:validation.criteria.weightAbove100') });

export const CriterionSchema = z
  .object({
    id: IdSchema,
    /** Set on sub-criteria: the id of a top-level criterion of the same lot. */
    parentId: IdSchema.optional(),
    /** The library entry this criterion was created from, if any. */
    libraryId: IdSchema.optional(),
    /** May be empty while the user types; the rules report empty names. */
    name: shortText(() => t('messages:field.criterionName')),
    description: longText(() => t('messages:field.criterionDescription')),
    category: CriterionCategorySchema,
    weight: WeightSchema,
    scoring: ScoringMethodSchema,
    /** What the bidder must supply so the evaluators can score this criterion. */
    evidence: longText(() => t('messages:field.evidence')),
  })
  .strict();
export type Criterion = z.infer<typeof CriterionSchema>;

/**
 * Structural soundness of a lot's criteria list: unique ids, parents that exist, one level of nesting.
 * These are data-integrity rules the editor never breaks, so a list that breaks them does not validate.
 * Everything a user can get wrong while editing (weights, names, floors, ...) is left to the rules.
 */
export const CriteriaListSchema = z
  .array(CriterionSchema)
  .max(MAX_CRITERIA_PER_LOT, { error: () => t('messages:validation.criteria.tooManyCriteria', { max: MAX_CRITERIA_PER_LOT }) })
  .superRefine((list, ctx) => {
    for (const problem of structuralProblems(list)) {
      ctx.addIssue({ code: 'custom', path: [problem.index, problem.field], message: problem.message });
    }
  });

export const RequirementSchema = z
  .object({
    id: IdSchema,
    libraryId: IdSchema.optional(),
    name: shortText(() => t('messages:field.requirementName')),
    description: longText(() => t('messages:field.requirementDescription')),
    evidence: longText(() => t('messages:field.evidence')),
  })
  .strict();
export type Requirement = z.infer<typeof RequirementSchema>;

export const RequirementListSchema = z
  .array(RequirementSchema)
  .max(MAX_REQUIREMENTS_PER_LOT, { error: () => t('messages:validation.criteria.tooManyRequirements', { max: MAX_REQUIREMENTS_PER_LOT }) })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: [index, 'id'],
          message: t('messages:validation.criteria.requirementIdTwice', { id: item.id }),
        });
      seen.add(item.id);
    });
  });

/**
 * Minimum quality score: the fewest points, out of the lot's 100, that a bid must earn on its
 * non-price criteria (quality, social, environmental) to stay in the competition. Same unit as weights.
 */
export const MinimumQualityScoreSchema = WeightSchema;

/**
 * The criteria fields of a Lot. Compose them into the lot schema with
 * `LotSchema.extend(lotCriteriaShape)`; a migration step fills `criteria: []` and `requirements: []`
 * for lots saved before.
 */
export const lotCriteriaShape = {
  criteria: CriteriaListSchema,
  requirements: RequirementListSchema,
  minimumQualityScore: MinimumQualityScoreSchema.optional(),
};
export const LotCriteriaSchema = z.object(lotCriteriaShape).strict();
export type LotCriteria = z.infer<typeof LotCriteriaSchema>;

export function emptyLotCriteria(): LotCriteria {
  return { criteria: [], requirements: [] };
}

// ---------------------------------------------------------------------------------------------
// Organisation settings for floors

/** Tenderwright never lets the social share of a lot fall below 8% (DOMAIN.md, "Social floor"). */
export const SOCIAL_FLOOR_MINIMUM = 800;

/** Categories an organisation may set an extra floor for (social has its own field). */
export const FLOOR_CATEGORIES = ['quality', 'environmental'] as const;
export type FloorCategory = (typeof FLOOR_CATEGORIES)[number];

export const CriteriaSettingsSchema = z
  .object({
    /**
     * The organisation's social floor. Values below SOCIAL_FLOOR_MINIMUM are stored as written (so
     * they can be shown and flagged) but the rules apply SOCIAL_FLOOR_MINIMUM instead.
     */
    socialFloor: WeightSchema,
    /** Optional floors for other categories, e.g. { environmental: 3000 } for 30%. */
    categoryFloors: z
      .object({
        quality: WeightSchema.optional(),
        environmental: WeightSchema.optional(),
      })
      .strict(),
    /** The scale new quality, social and environmental criteria start with. */
    defaultQualityScale: z.literal(QUALITY_SCALE_MAXIMA),
  })
  .strict();
export type CriteriaSettings = z.infer<typeof CriteriaSettingsSchema>;

export const DEFAULT_CRITERIA_SETTINGS: CriteriaSettings = {
  socialFloor: SOCIAL_FLOOR_MINIMUM,
  categoryFloors: {},
  defaultQualityScale: 5,
};

/** The floor the rules apply for each category (in hundredths), after raising the social floor to the minimum. */
export function effectiveFloors(settings: CriteriaSettings = DEFAULT_CRITERIA_SETTINGS): Partial<Record<CriterionCategory, number>> {
  const floors: Partial<Record<CriterionCategory, number>> = {
    social: Math.max(SOCIAL_FLOOR_MINIMUM, settings.socialFloor),
  };
  for (const category of FLOOR_CATEGORIES) {
    const value = settings.categoryFloors[category];
    if (value !== undefined && value > 0) floors[category] = value;
  }
  return floors;
}

// ---------------------------------------------------------------------------------------------
// Creating criteria

export function defaultScoringFor(category: CriterionCategory, scaleMax: QualityScaleMax = 5, language: Language = 'en'): ScoringMethod {
  return isPriceCategory(category) ? { type: 'lowest-price-ratio' } : defaultQualityScale(scaleMax, language);
}

export interface NewCriterionOptions {
  id?: string;
  parentId?: string;
  name?: string;
  weight?: number;
  scaleMax?: QualityScaleMax;
  /** The tender's language: a quality scale gets its default descriptors in it. */
  language?: Language;
}

/** A fresh criterion with the category's default scoring method. */
export function newCriterion(category: CriterionCategory, options: NewCriterionOptions = {}): Criterion {
  return {
    id: options.id ?? newId('crit'),
    ...(options.parentId ? { parentId: options.parentId } : {}),
    name: options.name ?? '',
    description: '',
    category,
    weight: options.weight ?? 0,
    scoring: defaultScoringFor(category, options.scaleMax, options.language),
    evidence: '',
  };
}

export function newRequirement(options: { id?: string; name?: string } = {}): Requirement {
  return { id: options.id ?? newId('req'), name: options.name ?? '', description: '', evidence: '' };
}

// ---------------------------------------------------------------------------------------------
// Structure and tree helpers (all pure: they return new arrays and never mutate their input)

export interface StructuralProblem {
  index: number;
  id: string;
  field: 'id' | 'parentId';
  kind: 'duplicate-id' | 'self-parent' | 'unknown-parent' | 'too-deep';
  message: string;
}

/** What makes a list structurally unsound. Used by the schema and, defensively, by the rules. */
export function structuralProblems(list: readonly Pick<Criterion, 'id' | 'parentId'>[]): StructuralProblem[] {
  const problems: StructuralProblem[] = [];
  const byId = new Map<string, Pick<Criterion, 'id' | 'parentId'>>();
  list.forEach((item, index) => {
    if (byId.has(item.id)) {
      problems.push({
        index,
        id: item.id,
        field: 'id',
        kind: 'duplicate-id',
        message: t('messages:validation.criteria.criterionIdTwice', { id: item.id }),
      });
    } else {
      byId.set(item.id, item);
    }
  });
  list.forEach((item, index) => {
    if (item.parentId === undefined) return;
    if (item.parentId === item.id) {
      problems.push({
        index,
        id: item.id,
        field: 'parentId',
        kind: 'self-parent',
        message: t('messages:validation.criteria.ownParent', { id: item.id }),
      });
      return;
    }
    const parent = byId.get(item.parentId);
    if (!parent) {
      problems.push({
        index,
        id: item.id,
        field: 'parentId',
        kind: 'unknown-parent',
        message: t('messages:validation.criteria.parentMissing', { id: item.id, parentId: item.parentId }),
      });
    } else if (parent.parentId !== undefined) {
      problems.push({
        index,
        id: item.id,
        field: 'parentId',
        kind: 'too-deep',
        message: t('messages:validation.criteria.tooDeep', { id: item.id }),
      });
    }
  });
  return problems;
}

export function topLevelCriteria<T extends Pick<Criterion, 'parentId'>>(list: readonly T[]): T[] {
  return list.filter((c) => c.parentId === undefined);
}

export function childrenOf<T extends Pick<Criterion, 'parentId'>>(list: readonly T[], parentId: string): T[] {
  return list.filter((c) => c.parentId === parentId);
}

export function hasChildren(list: readonly Pick<Criterion, 'parentId'>[], id: string): boolean {
  return list.some((c) => c.parentId === id);
}

export interface CriterionNode<T = Criterion> {
  criterion: T;
  children: T[];
}

/**
 * The list as a tree of top-level criteria and their sub-criteria, in array order. Sub-criteria whose
 * parent is missing or is itself a sub-criterion (only possible in unvalidated data) are lifted to the
 * top level so nothing disappears from view.
 */
export function criteriaTree<T extends Pick<Criterion, 'id' | 'parentId'>>(list: readonly T[]): CriterionNode<T>[] {
  const topIds = new Set(list.filter((c) => c.parentId === undefined).map((c) => c.id));
  const nodes: CriterionNode<T>[] = [];
  const byId = new Map<string, CriterionNode<T>>();
  for (const c of list) {
    if (c.parentId === undefined || !topIds.has(c.parentId)) {
      const node: CriterionNode<T> = { criterion: c, children: [] };
      nodes.push(node);
      if (c.parentId === undefined && !byId.has(c.id)) byId.set(c.id, node);
    }
  }
  for (const c of list) {
    if (c.parentId !== undefined && topIds.has(c.parentId)) byId.get(c.parentId)?.children.push(c);
  }
  return nodes;
}

/** Flattens a tree back to the canonical flat order. */
export function flattenTree<T>(tree: readonly CriterionNode<T>[]): T[] {
  return tree.flatMap((node) => [node.criterion, ...node.children]);
}

/** Puts every sub-criterion right after its parent, keeping sibling order. */
export function canonicalOrder<T extends Pick<Criterion, 'id' | 'parentId'>>(list: readonly T[]): T[] {
  return flattenTree(criteriaTree(list));
}

export function findCriterion<T extends Pick<Criterion, 'id'>>(list: readonly T[], id: string): T | undefined {
  return list.find((c) => c.id === id);
}
