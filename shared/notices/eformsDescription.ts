/**
 * What a criterion's description (BT-540) says beyond its own text, when the notice was written by
 * Tenderwright's export (shared/notices/noticeCriteria.ts): eForms has no social or environmental
 * criterion type and no sub-criteria, so the export marks them in the description, and it states
 * how the criterion is scored. Reading those sentences back makes export then import give back the
 * same criteria; a description without them is kept as written.
 */
import { PRICE_FORMULAS, defaultQualityScale, QUALITY_SCALE_MAXIMA, type ScoringMethod } from '../model/scoring';
import type { CriterionCategory } from '../model/criteria';
import { environmentalMark, partOf, scoringInWords, socialMark } from './noticeCriteria';
import { voiceFor, type DocumentVoice } from '../documents/voice';
import { LANGUAGES } from '../model/language';

export interface DescriptionReading {
  category: CriterionCategory;
  /** "Part of “Quality” (40.00% in all).": the parent's name and its weight as written. */
  parent?: { name: string; weight: string };
  scoring?: ScoringMethod;
  /** The criterion's own text, the sentences above taken out. */
  description: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME = '\u0001';
const NUMBER = '\u0002';

/** A sentence the export writes, as a pattern: its name-like and number-like holes become groups. */
function sentencePattern(sentence: string, anchor: 'start' | 'end'): RegExp {
  const body = escape(sentence).split(NAME).join('(.*?)').split(NUMBER).join('(\\d+(?:\\.\\d+)?)');
  return new RegExp(anchor === 'start' ? `^${body}\\s*` : `${body}$`);
}

/** The marks and sentences the export writes in each language: a notice is read in whichever it uses. */
const READINGS = LANGUAGES.map((language) => {
  const voice = voiceFor(language);
  const absolute = scoringInWords({ type: 'absolute', floor: 1, ceiling: 2 }, voice);
  return {
    voice,
    marks: [
      [socialMark(voice), 'social'],
      [environmentalMark(voice), 'environmental'],
    ] as const,
    partOf: sentencePattern(partOf(voice, NAME, NUMBER), 'start'),
    // The absolute formula's sentence with its two amounts as holes (1 and 2 stand in for them).
    bounds: sentencePattern(absolute.replace('1', NUMBER).replace('2', NUMBER), 'end'),
  };
});

/** The scoring methods whose words the export would write for a criterion of this type. */
function candidates(type: CriterionCategory, text: string, boundsPattern: RegExp): ScoringMethod[] {
  if (type === 'quality') return QUALITY_SCALE_MAXIMA.map((max) => defaultQualityScale(max));
  const bounds = boundsPattern.exec(text);
  return PRICE_FORMULAS.flatMap((formula): ScoringMethod[] => {
    if (formula !== 'absolute') return [{ type: formula }];
    return bounds ? [{ type: 'absolute', floor: Number(bounds[1]), ceiling: Number(bounds[2]) }] : [];
  });
}

/** Reads the marks the export writes into a description of a criterion whose BT-539 type is `type`. */
export function readDescription(text: string, type: CriterionCategory): DescriptionReading {
  const trimmed = text.trim();
  // The language whose sentences the description uses; English when it uses none.
  const reading =
    READINGS.find(
      (r) =>
        r.marks.some(([mark]) => trimmed.startsWith(mark)) ||
        r.partOf.test(trimmed) ||
        candidates(type, trimmed, r.bounds).some((method) => trimmed.endsWith(scoringInWords(method, r.voice))),
    ) ?? READINGS[0]!;
  const voice: DocumentVoice = reading.voice;
  let rest = trimmed;
  let category = type;
  for (const [mark, marked] of reading.marks) {
    if (type === 'quality' && category === type && rest.startsWith(mark)) {
      category = marked;
      rest = rest.slice(mark.length).trimStart();
    }
  }
  const part = reading.partOf.exec(rest);
  if (part) rest = rest.slice(part[0].length);
  // The export ends every description with how the criterion is scored, in these exact words.
  const scoring = candidates(type, rest, reading.bounds).find((method) => rest.endsWith(scoringInWords(method, voice)));
  if (scoring) rest = rest.slice(0, rest.length - scoringInWords(scoring, voice).length);
  return {
    category,
    ...(part ? { parent: { name: part[1]!, weight: part[2]! } } : {}),
    ...(scoring ? { scoring } : {}),
    description: rest.trim(),
  };
}
