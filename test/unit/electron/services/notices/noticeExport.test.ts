import { describe, expect, it } from 'vitest';
import { parseXmlDocument } from 'slimdom';
import { evaluateXPathToStrings } from 'fontoxpath';
import { buildNotice } from '../../../../../electron/services/notices/noticeExport';
import { validateOcdsRelease } from '../../../../../electron/services/notices/ocdsSchema';
import { criterion } from '../export/tenders';
import { noticeSettings, referenceTender, twoLotTender } from './tenders';

const DATE = '2026-05-04';
const NS = {
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  efbc: 'http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1',
  efac: 'http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1',
  ext: 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  efext: 'http://data.europa.eu/p27/eforms-ubl-extensions/1',
};
const strings = (xml: string, xpath: string) =>
  evaluateXPathToStrings(
    xpath,
    parseXmlDocument(xml),
    null,
    {},
    { namespaceResolver: (p?: string | null) => (p ? ((NS as Record<string, string>)[p] ?? null) : null) },
  );
const WEIGHTS = "//cac:SubordinateAwardingCriterion//efac:AwardCriterionParameter[efbc:ParameterCode='per-exa']/efbc:ParameterNumeric";

describe('eForms export', () => {
  it('writes the two-lot tender as a contract notice that passes the XSD and the award-criteria rules', async () => {
    const tender = twoLotTender();
    const { preview, text = '' } = await buildNotice(tender, noticeSettings(), { format: 'eforms-notice', exportDate: DATE });
    expect(preview.problems).toEqual([]);
    expect(preview.checks.map((c) => c.status)).toEqual(['passed', 'passed']);
    expect(preview.checks[1]?.rules).toBeGreaterThan(40);
    expect(preview.ready).toBe(true);
    // Sub-criteria are published in place of their parent: each lot still totals 100.
    expect(strings(text, "//cac:ProcurementProjectLot[cbc:ID='LOT-0001']" + WEIGHTS)).toEqual([
      '50.00',
      '15.00',
      '10.00',
      '10.00',
      '5.00',
      '10.00',
    ]);
    expect(strings(text, "//cac:ProcurementProjectLot[cbc:ID='LOT-0001']//cbc:AwardingCriterionTypeCode")).toEqual([
      'price',
      'quality',
      'quality',
      'quality',
      'quality',
      'quality',
      'quality',
    ]);
    // The social floor survives: marked criteria, the lot's social objective and the share in BT-777.
    expect(strings(text, "//cac:ProcurementProjectLot[cbc:ID='LOT-0001']//cbc:ProcurementTypeCode")).toEqual([
      'hum-right',
      'work-cond',
      'soc-obj',
    ]);
    expect(strings(text, "//cac:ProcurementProjectLot[cbc:ID='LOT-0001']//cbc:ProcurementType")[0]).toMatch(
      /carry 15\.00% .* at least 8\.00%/,
    );
    expect(strings(text, "//cbc:Name[.='Factory disclosure at bid stage']/../cbc:Description")[0]).toMatch(/^Social criterion\. /);
    // The minimum quality score, as a threshold in points.
    expect(strings(text, "//efac:AwardCriterionParameter[efbc:ParameterCode='min-score']/efbc:ParameterNumeric")).toEqual(['25.00']);
    expect(strings(text, '//cac:ContractExecutionRequirement/cbc:Description')[0]).toMatch(
      /^The contract includes these performance conditions/,
    );
    expect(preview.missing.map((m) => m.bt)).toContain('BT-105');
    expect(preview.notes.join(' ')).toMatch(/8\.00% floor/);
  });

  it('writes one lot as a lots fragment that passes the XSD and the rules', async () => {
    const tender = twoLotTender();
    const { preview, text = '' } = await buildNotice(tender, noticeSettings(), {
      format: 'eforms-lot',
      lotId: 'lot-phones',
      exportDate: DATE,
    });
    expect(preview.problems).toEqual([]);
    expect(preview.ready).toBe(true);
    expect(text).toMatch(/^<\?xml[^>]*>\n<cac:ProcurementProjectLot /);
    expect(strings(text, WEIGHTS)).toEqual(['40.00', '30.00', '20.00', '10.00']);
    expect(preview.fileName).toBe(
      'TW-2026-014 Laptops, phones and accessories for the city administration - eForms lot Mobile phones 2026-05-04.xml',
    );
  });

  it('writes the reference tender (3 lots x 60 criteria) as a valid contract notice', async () => {
    const { preview, text = '' } = await buildNotice(referenceTender(), noticeSettings(), { format: 'eforms-notice', exportDate: DATE });
    expect(preview.problems).toEqual([]);
    expect(preview.ready).toBe(true);
    expect(strings(text, '//cac:ProcurementProjectLot')).toHaveLength(3);
  });

  it('writes 33.33 + 33.33 + 33.34 as exactly those numbers', async () => {
    const tender = twoLotTender();
    const lot = tender.lots[1]!;
    lot.criteria = [
      criterion('p', 'Price', 'price', 3333),
      criterion('q', 'Quality', 'quality', 3333, { description: 'Quality plan.' }),
      criterion('s', 'Workers', 'social', 3334, { description: 'Monitoring.' }),
    ];
    const { preview, text = '' } = await buildNotice(tender, noticeSettings(), { format: 'eforms-lot', lotId: lot.id, exportDate: DATE });
    expect(preview.problems).toEqual([]);
    expect(strings(text, WEIGHTS)).toEqual(['33.33', '33.33', '33.34']);
  });

  it('refuses a tender whose minimum quality score is above the points the quality criteria carry, naming the rule', async () => {
    const tender = twoLotTender();
    tender.lots[0]!.minimumQualityScore = 6000;
    const { preview, text } = await buildNotice(tender, noticeSettings(), { format: 'eforms-notice', exportDate: DATE });
    expect(preview.ready).toBe(false);
    expect(text).toBeUndefined();
    expect(preview.problems).toEqual([
      expect.objectContaining({ rule: 'minimum-quality-unreachable', lotId: 'lot-laptops', screen: 'criteria' }),
    ]);
    expect(preview.problems[0]?.message).toMatch(/^Lot “Laptops and docking stations”: The minimum quality score is 60\.00 points/);
  });

  it('escapes markup and drops characters XML cannot hold', async () => {
    const tender = twoLotTender();
    tender.lots[0]!.criteria[0]!.name = 'Price <b>&</b> "cost" \u0007';
    const { preview, text = '' } = await buildNotice(tender, noticeSettings(), { format: 'eforms-notice', exportDate: DATE });
    expect(preview.problems).toEqual([]);
    expect(strings(text, '//cac:ProcurementProjectLot[1]//cac:SubordinateAwardingCriterion[1]/cbc:Name')).toEqual([
      'Price <b>&</b> "cost" ',
    ]);
  });
});

describe('OCDS export', () => {
  it('writes a release package whose release passes the schema with the extensions', async () => {
    const { preview, text = '' } = await buildNotice(twoLotTender(), noticeSettings(), { format: 'ocds', exportDate: DATE });
    expect(preview.problems).toEqual([]);
    expect(preview.checks).toEqual([{ name: 'OCDS 1.1.5 release schema with extensions (JSON Schema)', status: 'passed' }]);
    const pack = JSON.parse(text);
    const release = pack.releases[0];
    expect(await validateOcdsRelease(release)).toEqual([]);
    expect(release.ocid).toBe('ocds-a1b2c3-tender-two-lots');
    const lot = release.tender.lots[0];
    expect(lot.awardCriteria.criteria.map((c: { numbers: { number: number }[] }) => c.numbers[0]?.number)).toEqual([
      50, 15, 10, 10, 5, 10, 25,
    ]);
    expect(lot.awardCriteria.criteria.at(-1).numbers[0]).toEqual({ number: 25, threshold: 'minimumScore' });
    expect(lot.sustainability[0]).toMatchObject({
      goal: 'social.humanRightsInSupplyChains',
      strategies: ['awardCriteria', 'contractPerformanceConditions'],
    });
  });

  it('names what the validator rejects', async () => {
    const { text = '' } = await buildNotice(twoLotTender(), noticeSettings(), { format: 'ocds', exportDate: DATE });
    const release = JSON.parse(text).releases[0];
    release.tender.lots[0].awardCriteria.criteria[0].numbers[0].number = 'fifty';
    expect(await validateOcdsRelease(release)).toEqual([
      { path: '/tender/lots/0/awardCriteria/criteria/0/numbers/0/number', message: 'must be number,null' },
    ]);
  });

  it('is refused until the OCID prefix is set, with a link to Settings', async () => {
    const { preview } = await buildNotice(twoLotTender(), noticeSettings(''), { format: 'ocds', exportDate: DATE });
    expect(preview.ready).toBe(false);
    expect(preview.problems).toEqual([expect.objectContaining({ rule: 'OCID prefix', screen: 'settings' })]);
  });
});
