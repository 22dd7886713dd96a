/**
 * Texts the exporters write, worked out once and purely: scoring methods in words and as formulas,
 * floor statements, the tender's parties filled into clauses, safe file names and XML-safe text.
 * The Word exporter (electron/services/export) lays these out; the Export screen may show them too.
 */
import { DEFAULT_CRITERIA_SETTINGS, SOCIAL_FLOOR_MINIMUM, type CriteriaSettings, type Criterion } from '../model/criteria';
import { PRICE_FORMULA_EXPRESSIONS, type ScoringMethod } from '../model/scoring';
import type { ClauseInstance } from '../model/clauses';
import type { Lot, Tender } from '../model/tender';
import { floorStatus } from './weightingChecks';
import { qualityPointsAvailable } from './weights';
import { isXmlChar } from './xmlSafeText';
import { ENGLISH, type DocumentVoice } from '../documents/voice';

// The XML-safe sanitiser lives in its own module; exporters have always imported it from here.
export { xmlSafeText } from './xmlSafeText';

// ---------------------------------------------------------------------------------------------------
// File names

export type ExportKind = 'tender-pack' | 'clauses';

const KIND_LABELS: Record<ExportKind, (voice: DocumentVoice) => string> = {
  'tender-pack': ({ t }) => t('documents:fileName.tenderPack'),
  clauses: ({ t }) => t('documents:fileName.clauses'),
};
const MAX_BASE_LENGTH = 120;

/** A file-name part from user text: no folders, no characters Windows refuses, no controls, no leading/trailing dots. */
export function sanitiseFileNamePart(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || !isXmlChar(code) || '/\\:*?"<>|'.includes(ch)) out += ' ';
    else out += ch;
  }
  out = out
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  if (out.length > MAX_BASE_LENGTH)
    out = [...out]
      .slice(0, MAX_BASE_LENGTH)
      .join('')
      .trimEnd()
      .replace(/[.\s]+$/, '');
  return out;
}

/** "TW-2026-014 Laptops - Tender pack 2026-05-01.docx": reference and title, what it is, the export date. */
export function exportFileName(
  tender: Pick<Tender, 'reference' | 'title'>,
  kind: ExportKind,
  exportDate: string,
  voice: DocumentVoice = ENGLISH,
): string {
  const reference = sanitiseFileNamePart(tender.reference);
  const title = sanitiseFileNamePart(tender.title);
  const base = sanitiseFileNamePart([reference, title].filter((part) => part !== '').join(' ')) || voice.t('documents:fileName.untitled');
  return `${base} - ${KIND_LABELS[kind](voice)} ${exportDate}.docx`;
}

// ---------------------------------------------------------------------------------------------------
// Dates and numbers

/** "2026-05-01" -> "1 May 2026" (in the voice's locale: "1 mai 2026"). */
export function longDate(iso: string, voice: DocumentVoice = ENGLISH): string {
  return voice.date(iso);
}

/** An amount as bidders read it: "1,250,000" or "99.5" (in the voice's locale: "1 250 000"). */
export function formatAmount(value: number, voice: DocumentVoice = ENGLISH): string {
  return voice.amount(value);
}

// ---------------------------------------------------------------------------------------------------
// Scoring in words and as a formula

export interface ScoringText {
  /** Short name of the method, e.g. "Lowest-price ratio" or "Quality scale 0-5". */
  method: string;
  /** What the method does, in plain words with this criterion's points. */
  words: string;
  /** The formula in the DOMAIN.md notation. */
  formula: string;
  /** What each symbol of the formula stands for, with this criterion's values. */
  where: string;
}

/** What the price symbols stand for, per relative formula. */
const PRICE_SYMBOLS = {
  'lowest-price-ratio': ({ t }: DocumentVoice) => t('documents:scoring.symbols.lowestRatio'),
  'linear-lowest-highest': ({ t }: DocumentVoice) => t('documents:scoring.symbols.linear'),
  'deviation-from-lowest': ({ t }: DocumentVoice) => t('documents:scoring.symbols.deviation'),
} as const;

/** The price formulas' names in the document's language. */
export const PRICE_METHOD_NAMES: Record<keyof typeof PRICE_FORMULA_EXPRESSIONS, (voice: DocumentVoice) => string> = {
  'lowest-price-ratio': ({ t }) => t('documents:scoring.methods.lowestRatio'),
  'linear-lowest-highest': ({ t }) => t('documents:scoring.methods.linear'),
  'deviation-from-lowest': ({ t }) => t('documents:scoring.methods.deviation'),
  absolute: ({ t }) => t('documents:scoring.methods.absolute'),
};

/** The criterion categories' names in the document's language. */
export const CATEGORY_NAMES: Record<Criterion['category'], (voice: DocumentVoice) => string> = {
  price: ({ t }) => t('documents:categories.price'),
  cost: ({ t }) => t('documents:categories.cost'),
  quality: ({ t }) => t('documents:categories.quality'),
  social: ({ t }) => t('documents:categories.social'),
  environmental: ({ t }) => t('documents:categories.environmental'),
};

/** "Social criteria" as a sentence's subject, where a language agrees the adjective with the noun. */
const FLOOR_GROUPS: Record<Criterion['category'], (voice: DocumentVoice) => string> = {
  price: ({ t }) => t('documents:floors.group.price'),
  cost: ({ t }) => t('documents:floors.group.cost'),
  quality: ({ t }) => t('documents:floors.group.quality'),
  social: ({ t }) => t('documents:floors.group.social'),
  environmental: ({ t }) => t('documents:floors.group.environmental'),
};

/** The scoring method of one criterion, in words and as a formula, for a criterion worth `weight` hundredths. */
export function scoringText(scoring: ScoringMethod, weight: number, voice: DocumentVoice = ENGLISH): ScoringText {
  const { t } = voice;
  const w = voice.points(weight);
  const points = t('documents:scoring.points', { points: w });
  switch (scoring.type) {
    case 'lowest-price-ratio':
      return {
        method: PRICE_METHOD_NAMES[scoring.type](voice),
        words: t('documents:scoring.lowestRatio', { points }),
        formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
        where: t('documents:scoring.wherePrice', { w, symbols: PRICE_SYMBOLS[scoring.type](voice) }),
      };
    case 'linear-lowest-highest':
      return {
        method: PRICE_METHOD_NAMES[scoring.type](voice),
        words: t('documents:scoring.linear', { points }),
        formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
        where: t('documents:scoring.wherePrice', { w, symbols: PRICE_SYMBOLS[scoring.type](voice) }),
      };
    case 'deviation-from-lowest':
      return {
        method: PRICE_METHOD_NAMES[scoring.type](voice),
        words: t('documents:scoring.deviation', { points }),
        formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
        where: t('documents:scoring.wherePrice', { w, symbols: PRICE_SYMBOLS[scoring.type](voice) }),
      };
    case 'absolute': {
      const ceiling = voice.price(scoring.ceiling);
      const floor = voice.price(scoring.floor);
      return {
        method: PRICE_METHOD_NAMES[scoring.type](voice),
        words: t('documents:scoring.absolute', { points, floor, ceiling }),
        formula: PRICE_FORMULA_EXPRESSIONS[scoring.type],
        where: t('documents:scoring.whereAbsolute', { w, floor, ceiling }),
      };
    }
    case 'quality-scale':
      return {
        method: t('documents:scoring.qualityScale', { max: scoring.max }),
        words: t('documents:scoring.quality', { points, max: scoring.max }),
        formula: `S = W × s / ${scoring.max}`,
        where: t('documents:scoring.whereQuality', { w, max: scoring.max }),
      };
  }
}

/** For a criterion with sub-criteria: its points are the sum of theirs. */
export function parentScoringText(
  parent: Pick<Criterion, 'weight'>,
  children: readonly Pick<Criterion, 'name'>[],
  voice: DocumentVoice = ENGLISH,
): ScoringText {
  const { t } = voice;
  const w = voice.points(parent.weight);
  return {
    method: t('documents:scoring.sumOfSubCriteria'),
    words: t('documents:scoring.parent', { count: children.length, w }),
    formula: `S = ${children.map((_, i) => `S${i + 1}`).join(' + ')}`,
    where: t('documents:scoring.whereParent', {
      terms: children.map((c, i) => t('documents:scoring.whereParentTerm', { symbol: `S${i + 1}`, name: c.name.trim() })).join(', '),
    }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Floors and the minimum quality score

/** One sentence per floor that applies to the lot: the category's share stated against its floor. */
export function floorStatements(
  criteria: readonly Criterion[],
  settings: CriteriaSettings = DEFAULT_CRITERIA_SETTINGS,
  voice: DocumentVoice = ENGLISH,
): string[] {
  const { t } = voice;
  return floorStatus(criteria, settings).map((status) => {
    const values = {
      group: FLOOR_GROUPS[status.category](voice),
      share: voice.percent(status.share),
      floor: voice.percent(status.floor),
      source:
        status.category === 'social'
          ? status.floor === SOCIAL_FLOOR_MINIMUM
            ? t('documents:floors.sourceSocialMinimum')
            : t('documents:floors.sourceSocial')
          : t('documents:floors.sourceOther'),
    };
    if (status.share > status.floor) return t('documents:floors.above', values);
    if (status.share === status.floor) return t('documents:floors.exactly', values);
    return t('documents:floors.below', values);
  });
}

/** What the minimum quality score means for bidders in this lot. */
export function minimumQualityStatement(lot: Pick<Lot, 'criteria' | 'minimumQualityScore'>, voice: DocumentVoice = ENGLISH): string {
  const { t } = voice;
  if (lot.minimumQualityScore === undefined || lot.minimumQualityScore === 0) return t('documents:minimumQuality.none');
  return t('documents:minimumQuality.applies', {
    minimum: voice.points(lot.minimumQualityScore),
    available: voice.points(qualityPointsAvailable(lot.criteria)),
  });
}

// ---------------------------------------------------------------------------------------------------
// Clauses

/**
 * The clauses as the export renders them: where a clause leaves `buyer` unset (absent or blank), the
 * tender's buying organisation fills it. A value the user set is never replaced.
 */
export function withTenderParties(instances: readonly ClauseInstance[], buyer: string): ClauseInstance[] {
  const name = buyer.trim();
  if (name === '') return [...instances];
  return instances.map((instance) => {
    const current = Object.prototype.hasOwnProperty.call(instance.values, 'buyer') ? instance.values.buyer : undefined;
    if (current !== undefined && String(current).trim() !== '') return instance;
    return { ...instance, values: { ...instance.values, buyer: name } };
  });
}
