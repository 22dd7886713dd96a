import { describe, expect, it } from 'vitest';
import { CODELISTS, codeLabel } from '@shared/notices/codelists';
import { readCodelists } from '../../../scripts/generate-codelists';

describe('eForms codelists', () => {
  it('hold exactly the codes and labels of the SDK CSVs', () => {
    expect(JSON.parse(JSON.stringify(CODELISTS))).toEqual(readCodelists());
  });

  it('give the official label in English, French and Spanish', () => {
    expect(codeLabel('social-objective', 'hum-right', 'en')).toBe('Human rights due diligence in global supply chains');
    expect(codeLabel('strategic-procurement', 'soc-obj', 'fr')).toBe('Réalisation d’objectifs sociaux');
    expect(codeLabel('number-weight', 'per-exa', 'es')).toBe('Ponderación (porcentaje, exacto)');
    expect(codeLabel('award-criterion-type', 'social')).toBeUndefined();
  });
});
