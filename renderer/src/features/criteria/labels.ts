/**
 * The criteria screens' names for categories, price formulas and weight presets, in the user's
 * language. The shared models keep their English labels for the documents and checks that use them.
 */
import { t } from '@shared/i18n';
import type { CriterionCategory } from '@shared/model/criteria';
import type { PriceFormulaType } from '@shared/model/scoring';
import type { WeightPreset } from '@shared/rules/presets';
import type { Language } from '@shared/model/language';

const CATEGORY_LABEL: Record<CriterionCategory, () => string> = {
  price: () => t('criteria:category.price'),
  cost: () => t('criteria:category.cost'),
  quality: () => t('criteria:category.quality'),
  social: () => t('criteria:category.social'),
  environmental: () => t('criteria:category.environmental'),
};

export const categoryLabel = (category: CriterionCategory): string => CATEGORY_LABEL[category]();

const SHARE_LABEL: Record<CriterionCategory, () => string> = {
  price: () => t('criteria:share.price'),
  cost: () => t('criteria:share.cost'),
  quality: () => t('criteria:share.quality'),
  social: () => t('criteria:share.social'),
  environmental: () => t('criteria:share.environmental'),
};

/** "Social share": the part of a lot's weight its criteria of a category carry. */
export const shareLabel = (category: CriterionCategory): string => SHARE_LABEL[category]();

const FORMULA_LABEL: Record<PriceFormulaType, () => string> = {
  'lowest-price-ratio': () => t('criteria:formula.lowestPriceRatio'),
  'linear-lowest-highest': () => t('criteria:formula.linearLowestHighest'),
  'deviation-from-lowest': () => t('criteria:formula.deviationFromLowest'),
  absolute: () => t('criteria:formula.absolute'),
};

export const formulaLabel = (formula: PriceFormulaType): string => FORMULA_LABEL[formula]();

/** The same formula's name inside a sentence ("scored with lowest-price ratio"). */
const FORMULA_IN_SENTENCE: Record<PriceFormulaType, () => string> = {
  'lowest-price-ratio': () => t('criteria:formulaInSentence.lowestPriceRatio'),
  'linear-lowest-highest': () => t('criteria:formulaInSentence.linearLowestHighest'),
  'deviation-from-lowest': () => t('criteria:formulaInSentence.deviationFromLowest'),
  absolute: () => t('criteria:formulaInSentence.absolute'),
};

export const formulaInSentence = (formula: PriceFormulaType): string => FORMULA_IN_SENTENCE[formula]();

const ONLY_IN: Record<Language, () => string> = {
  en: () => t('criteria:library.onlyIn.en'),
  fr: () => t('criteria:library.onlyIn.fr'),
  es: () => t('criteria:library.onlyIn.es'),
};

/** The library browser's flag on an item that exists in another language than the tender's: "Only in English". */
export const onlyInLabel = (language: Language): string => ONLY_IN[language]();

const PRESET_TEXT: Record<string, () => { name: string; description: string }> = {
  'price60-quality30-social10': () => ({
    name: t('criteria:presets.price60Quality30Social10.name'),
    description: t('criteria:presets.price60Quality30Social10.description'),
  }),
  'price50-quality25-social15-environmental10': () => ({
    name: t('criteria:presets.price50Quality25Social15Environmental10.name'),
    description: t('criteria:presets.price50Quality25Social15Environmental10.description'),
  }),
  'cost40-quality30-social15-environmental15': () => ({
    name: t('criteria:presets.cost40Quality30Social15Environmental15.name'),
    description: t('criteria:presets.cost40Quality30Social15Environmental15.description'),
  }),
  'price40-quality20-environmental30-social10': () => ({
    name: t('criteria:presets.price40Quality20Environmental30Social10.name'),
    description: t('criteria:presets.price40Quality20Environmental30Social10.description'),
  }),
  'price30-quality45-social25': () => ({
    name: t('criteria:presets.price30Quality45Social25.name'),
    description: t('criteria:presets.price30Quality45Social25.description'),
  }),
};

/** A preset's name and description; a preset this screen does not know keeps its own English words. */
export const presetText = (preset: WeightPreset): { name: string; description: string } =>
  PRESET_TEXT[preset.id]?.() ?? { name: preset.name, description: preset.description };
