import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXsd } from '../../../../../electron/services/notices/xsd';
import { awardCriteriaRuleIds, validateAwardCriteriaRules } from '../../../../../electron/services/notices/schematron';

const example = (name: string) => readFileSync(new URL(`../../../../fixtures/eforms-sdk-examples/${name}`, import.meta.url), 'utf8');

const LOT = (inner: string) =>
  `<cac:ProcurementProjectLot xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID schemeName="Lot">LOT-0001</cbc:ID>${inner}</cac:ProcurementProjectLot>`;

describe('validateXsd', () => {
  it('accepts the SDK example contract notices', async () => {
    expect(await validateXsd(example('cn_24_minimal.xml'), 'contract-notice')).toEqual([]);
    expect(await validateXsd(example('cn_24_maximal.xml'), 'contract-notice')).toEqual([]);
  });

  it('accepts a lone lot and names the line of an element the schema does not allow', async () => {
    expect(await validateXsd(LOT(''), 'lot')).toEqual([]);
    const problems = await validateXsd(LOT('\n<cbc:Colour>red</cbc:Colour>'), 'lot');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(2);
    expect(problems[0]?.message).toMatch(/Colour.*not expected/);
  });

  it('reports malformed XML instead of throwing', async () => {
    const problems = await validateXsd('<cac:ProcurementProjectLot', 'lot');
    expect(problems.length).toBeGreaterThan(0);
  });

  it('refuses a lot where a whole notice is expected', async () => {
    expect((await validateXsd(LOT(''), 'contract-notice')).length).toBeGreaterThan(0);
  });
});

describe('validateAwardCriteriaRules', () => {
  it('checks the stage-5 rules whose context is the awarding terms', async () => {
    const ids = await awardCriteriaRuleIds();
    expect(ids).toContain('BR-BT-00539-0200');
    expect(ids).toContain('BR-BT-00540-0150');
    expect(ids).toContain('BR-BT-05421-0250');
  });

  it('passes the SDK example notices and names the rule a weight change breaks', async () => {
    expect(await validateAwardCriteriaRules(example('cn_24_maximal.xml'))).toEqual([]);
    const lotGroupWeights = example('cn_24_maximal.xml').replace(
      '<efbc:ParameterNumeric>60</efbc:ParameterNumeric>',
      '<efbc:ParameterNumeric>70</efbc:ParameterNumeric>',
    );
    const failures = await validateAwardCriteriaRules(lotGroupWeights);
    expect(failures).toEqual([{ ruleId: 'BR-BT-00539-0202', field: 'BT-543-LotsGroup', lotId: 'GLO-0001' }]);
  });
});

describe('the contract notice rules (subtype 16)', () => {
  it('include the stage-4 award-criteria rules and fire on a criterion without a description', async () => {
    const ids = await awardCriteriaRuleIds();
    expect(ids).toContain('BR-BT-00540-0074');
    expect(ids).toContain('BR-BT-00541-0271');
    const noDescription = example('cn_24_maximal.xml').replace(
      '<cbc:Description languageID="ENG">AC Description ---</cbc:Description>\n\t\t\t\t\t</cac:SubordinateAwardingCriterion>',
      '</cac:SubordinateAwardingCriterion>',
    );
    const failures = await validateAwardCriteriaRules(noDescription);
    expect(failures.map((f) => f.ruleId).sort()).toEqual(['BR-BT-00540-0022', 'BR-BT-00541-0221', 'BR-BT-00734-0022']);
  });
});

describe('a rule failure in the buyer’s words', () => {
  it('names the lot, the criterion, what the rule asks and the rule id, with the screen that fixes it', async () => {
    const { describeRuleFailure } = await import('@shared/notices/noticeChecks');
    const { twoLotTender } = await import('./tenders');
    const problem = describeRuleFailure(twoLotTender(), {
      ruleId: 'BR-BT-00540-0074',
      field: 'BT-540-Lot',
      lotId: 'LOT-0002',
      criterionNumber: 2,
    });
    expect(problem).toEqual({
      rule: 'BR-BT-00540-0074',
      message:
        'Lot “Mobile phones”, criterion “Durability and software support”: every criterion needs a type and a description (eForms rule BR-BT-00540-0074).',
      lotId: 'lot-phones',
      criterionId: 'c-durability',
      screen: 'criteria',
    });
  });
});
