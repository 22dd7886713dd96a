import { z } from 'zod';
import type { Language } from './language';
import { TRANSLATED_DEFAULT_DESCRIPTORS } from './scoringDescriptors';

/**
 * How a criterion turns a bid into points.
 *
 * Price and cost criteria use a price formula; quality, social and environmental criteria use a
 * quality scale with a descriptor for every level. The formulas themselves live in
 * shared/rules/scoring.ts.
 */

export const PRICE_FORMULAS = ['lowest-price-ratio', 'linear-lowest-highest', 'deviation-from-lowest', 'absolute'] as const;
export type PriceFormulaType = (typeof PRICE_FORMULAS)[number];

/** Plain-words names for the UI, the findings and the exports. */
export const PRICE_FORMULA_LABELS: Record<PriceFormulaType, string> = {
  'lowest-price-ratio': 'Lowest-price ratio',
  'linear-lowest-highest': 'Linear between lowest and highest',
  'deviation-from-lowest': 'Deviation from lowest',
  absolute: 'Absolute (published ceiling and floor)',
};

/** The one-line formula shown beside each method, in the DOMAIN.md notation. */
export const PRICE_FORMULA_EXPRESSIONS: Record<PriceFormulaType, string> = {
  'lowest-price-ratio': 'S = W × Pmin / Pi',
  'linear-lowest-highest': 'S = W × (Pmax − Pi) / (Pmax − Pmin)',
  'deviation-from-lowest': 'S = W × max(0, 1 − (Pi − Pmin) / Pmin)',
  absolute: 'S = W × clamp((Pceil − Pi) / (Pceil − Pfloor), 0, 1)',
};

export const QUALITY_SCALE_MAXIMA = [5, 10] as const;
export type QualityScaleMax = (typeof QUALITY_SCALE_MAXIMA)[number];

export const DESCRIPTOR_MAX_LENGTH = 2000;

export const LowestPriceRatioSchema = z.object({ type: z.literal('lowest-price-ratio') }).strict();
export const LinearLowestHighestSchema = z.object({ type: z.literal('linear-lowest-highest') }).strict();
export const DeviationFromLowestSchema = z.object({ type: z.literal('deviation-from-lowest') }).strict();

/**
 * Fixed bounds published in the tender. The schema only asks for finite, non-negative amounts so a
 * half-edited method can still be saved; the rules report a ceiling that is not above the floor.
 */
export const AbsolutePriceSchema = z
  .object({
    type: z.literal('absolute'),
    ceiling: z.number().nonnegative('The ceiling price must not be negative'),
    floor: z.number().nonnegative('The floor price must not be negative'),
  })
  .strict();

/**
 * A 0..max scale. descriptors[s] describes score s, so a complete 0-5 scale has 6 descriptors.
 * Missing or blank descriptors are allowed here (the user may still be writing them) and reported by
 * the rules; more than max+1 descriptors are refused because they cannot belong to any level.
 */
export const QualityScaleSchema = z
  .object({
    type: z.literal('quality-scale'),
    max: z.literal(QUALITY_SCALE_MAXIMA),
    descriptors: z.array(z.string().max(DESCRIPTOR_MAX_LENGTH, `A descriptor must be at most ${DESCRIPTOR_MAX_LENGTH} characters`)),
  })
  .strict()
  .superRefine((scale, ctx) => {
    if (scale.descriptors.length > scale.max + 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['descriptors'],
        message: `A 0-${scale.max} scale has ${scale.max + 1} levels, but ${scale.descriptors.length} descriptors were given`,
      });
    }
  });

export const ScoringMethodSchema = z.discriminatedUnion('type', [
  LowestPriceRatioSchema,
  LinearLowestHighestSchema,
  DeviationFromLowestSchema,
  AbsolutePriceSchema,
  QualityScaleSchema,
]);
export type ScoringMethod = z.infer<typeof ScoringMethodSchema>;
export type PriceFormula = Extract<ScoringMethod, { type: PriceFormulaType }>;
export type AbsolutePrice = z.infer<typeof AbsolutePriceSchema>;
export type QualityScale = z.infer<typeof QualityScaleSchema>;

export function isPriceFormula(method: ScoringMethod): method is PriceFormula {
  return method.type !== 'quality-scale';
}

/** Short general-purpose labels for a new scale, written for Tenderwright. The user edits them per criterion. */
export const DEFAULT_DESCRIPTORS: Record<QualityScaleMax, readonly string[]> = {
  5: [
    'Unacceptable: the answer is missing or does not address the criterion.',
    'Serious reservations: the answer addresses the criterion only in part and leaves major doubts.',
    'Minor reservations: the answer addresses the criterion, with gaps that matter.',
    'Acceptable: the answer meets the criterion with no significant gaps.',
    'Good: the answer meets the criterion fully and is backed by evidence.',
    'Excellent: the answer goes beyond the criterion, backed by strong evidence.',
  ],
  10: [
    'Unacceptable: the answer is missing or does not address the criterion.',
    'Very poor: only a few points are addressed and most are unsupported.',
    'Poor: several points are addressed, with major gaps or doubts.',
    'Weak: the criterion is partly met; important gaps remain.',
    'Below expectations: most of the criterion is met, with gaps that matter.',
    'Adequate: the criterion is met at the minimum level expected.',
    'Satisfactory: the criterion is met with a few minor gaps.',
    'Good: the criterion is fully met and supported by evidence.',
    'Very good: the criterion is fully met with some added value.',
    'Excellent: clear added value, backed by strong evidence.',
    'Outstanding: exceeds the criterion on every point with verifiable evidence.',
  ],
};

/** The default descriptors of a scale in a language (a tender's, so a new criterion speaks it). */
export function defaultDescriptors(max: QualityScaleMax, language: Language = 'en'): readonly string[] {
  return language === 'en' ? DEFAULT_DESCRIPTORS[max] : TRANSLATED_DEFAULT_DESCRIPTORS[language][max];
}

export function defaultQualityScale(max: QualityScaleMax = 5, language: Language = 'en'): QualityScale {
  return { type: 'quality-scale', max, descriptors: [...defaultDescriptors(max, language)] };
}

/**
 * Changes a scale's maximum, keeping the descriptors the user already wrote for levels that still
 * exist and filling new levels with empty text (which the rules then report).
 */
export function resizeQualityScale(scale: QualityScale, max: QualityScaleMax): QualityScale {
  const descriptors = Array.from({ length: max + 1 }, (_, level) => scale.descriptors[level] ?? '');
  return { type: 'quality-scale', max, descriptors };
}
