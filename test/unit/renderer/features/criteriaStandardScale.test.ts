import { describe, expect, it } from 'vitest';
import { DEFAULT_DESCRIPTORS, QUALITY_SCALE_MAXIMA } from '@shared/model/scoring';
import { LANGUAGES } from '@shared/model/language';
import { standardDescriptors, standardScoringFor } from '../../../../renderer/src/features/criteria/standardScale';

describe('a new scale’s standard wording in the tender’s language', () => {
  it('is the shared model’s own wording in English', () => {
    for (const max of QUALITY_SCALE_MAXIMA) expect(standardDescriptors(max, 'en')).toEqual([...DEFAULT_DESCRIPTORS[max]]);
  });

  it('has a distinct, non-blank descriptor for every level in every language', () => {
    for (const language of LANGUAGES)
      for (const max of QUALITY_SCALE_MAXIMA) {
        const descriptors = standardDescriptors(max, language);
        expect(descriptors).toHaveLength(max + 1);
        expect(descriptors.every((d) => d.trim() !== '' && !d.startsWith('standardScale'))).toBe(true);
        expect(new Set(descriptors).size).toBe(max + 1);
      }
  });

  it('writes French for a French tender and leaves price formulas alone', () => {
    const scale = standardScoringFor('social', 5, 'fr');
    expect(scale.type === 'quality-scale' && scale.descriptors[0]).toMatch(/^Inacceptable/);
    expect(standardScoringFor('price', 5, 'fr')).toEqual({ type: 'lowest-price-ratio' });
  });
});
