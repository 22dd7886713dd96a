/** The award-criteria checks word their findings, and what to do about them, in the user's language. */
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@shared/i18n';
import { checkLot } from '../../../../shared/rules/criteriaChecks';
import { describeRuleFailure } from '../../../../shared/notices/noticeChecks';
import { crit, lot, req } from './helpers';

afterEach(() => setLanguage('en'));

const unnamedRequirement = () =>
  lot([crit('p', 'price', 6000), crit('q', 'quality', 4000, { evidence: '' })], { requirements: [req('r1', { name: '', evidence: '' })] });

const wording = (findings: ReturnType<typeof checkLot>) => findings.map((f) => f.message);

describe('criteria findings in the user’s language', () => {
  it('a lot without criteria, in French and Spanish', async () => {
    await setLanguage('fr');
    expect(checkLot(lot([]))).toEqual([
      expect.objectContaining({
        message: 'Ce lot n’a pas encore de critères d’attribution : ses offres ne peuvent pas être comparées.',
        fix: 'Ajoutez des critères depuis la bibliothèque ou de zéro, ou partez d’une pondération prédéfinie.',
      }),
    ]);
    await setLanguage('es');
    expect(checkLot(lot([]))[0]!.message).toBe(
      'Este lote aún no tiene criterios de adjudicación, así que sus ofertas no se pueden comparar.',
    );
  });

  it('named and unnamed items, in each language', async () => {
    await setLanguage('fr');
    const french = wording(checkLot(unnamedRequirement()));
    expect(french).toContain('« Criterion q » n’indique pas les preuves que les soumissionnaires doivent fournir.');
    expect(french).toContain('L’exigence éliminatoire en position 1 n’a pas de nom.');
    expect(french).toContain('L’exigence éliminatoire en position 1 n’indique pas quelle preuve montre qu’elle est respectée.');
    await setLanguage('es');
    expect(wording(checkLot(unnamedRequirement()))).toContain('El requisito de cumple/no cumple de la posición 1 no tiene nombre.');
    await setLanguage('en');
    const english = wording(checkLot(unnamedRequirement()));
    expect(english).toContain('"Criterion q" does not say what evidence bidders must supply.');
    expect(english).toContain('The pass/fail requirement at position 1 does not say what evidence shows it is met.');
  });

  it('an eForms rule the notice breaks', async () => {
    const failure = { ruleId: 'BR-BT-00540-0074', field: '' };
    await setLanguage('fr');
    expect(describeRuleFailure({ lots: [] }, failure).message).toBe(
      'L’avis : chaque critère doit avoir un type et une description (règle eForms BR-BT-00540-0074).',
    );
    await setLanguage('es');
    expect(describeRuleFailure({ lots: [] }, failure).message).toBe(
      'El anuncio: cada criterio necesita un tipo y una descripción (regla eForms BR-BT-00540-0074).',
    );
    await setLanguage('en');
    expect(describeRuleFailure({ lots: [] }, failure).message).toBe(
      'The notice: every criterion needs a type and a description (eForms rule BR-BT-00540-0074).',
    );
  });
});
