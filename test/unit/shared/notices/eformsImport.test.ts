import { describe, expect, it } from 'vitest';
import { importContractNotice, type NoticeImport } from '@shared/notices/eformsImport';
import { contractNoticeProblem } from '@shared/notices/noticeKind';
import { TenderContentSchema } from '@shared/model/tender';
import { defaultQualityScale } from '@shared/model/scoring';
import { ENVIRONMENTAL_MARK, SOCIAL_MARK, scoringInWords } from '@shared/notices/noticeCriteria';
import { readNoticeXml } from '../../../../electron/services/notices/noticeReader';
import { noticeWith, readNotice, type CriterionSpec } from '../../electron/services/notices/noticeXml';

function imported(xml: string): Extract<NoticeImport, { ok: true }> {
  const result = importContractNotice(readNoticeXml(Buffer.from(xml)));
  if (!result.ok) throw new Error(result.message);
  expect(TenderContentSchema.safeParse(result.content).success).toBe(true);
  return result;
}

const oneLot = (criteria: CriterionSpec[]) => imported(noticeWith([{ title: 'Laptops', criteria }]));

describe('eForms contract notice to a new tender', () => {
  it('takes the title, reference, buyer, description and lots of the notice', () => {
    const { content } = imported(readNotice('cn_24_maximal.xml'));
    expect(content.title).toBe('Procurement Title ---');
    expect(content.reference).toBe('2023-P-0001');
    expect(content.description).toBe('Description ---');
    // The buyer is the organisation the contracting party names (ORG-0001).
    expect(content.buyer).toMatch(/^Financial Adinistration for /);
    expect(content.lots.map((l) => l.title)).toEqual(['Title ---', 'Title Lot 2---']);
  });

  it('reads exact percentage weights to integer hundredths, and types to categories', () => {
    const { content, unmapped } = oneLot([
      { type: 'price', name: 'Price', weight: ['per-exa', '33.33'] },
      { type: 'quality', name: 'Working conditions', weight: ['per-exa', '33.33'] },
      { type: 'cost', name: 'Life-cycle cost', weight: ['per-exa', '33.34'] },
    ]);
    const criteria = content.lots[0]!.criteria;
    expect(criteria.map((c) => [c.category, c.name, c.weight])).toEqual([
      ['price', 'Price', 3333],
      ['quality', 'Working conditions', 3333],
      ['cost', 'Life-cycle cost', 3334],
    ]);
    expect(criteria.reduce((n, c) => n + c.weight, 0)).toBe(10000);
    expect(criteria[1]!.description).toBe('Working conditions, as the tender documents describe it.');
    expect(unmapped).toEqual([]);
  });

  it.each([
    ['ord-imp', '1', /its weight as “Order of importance” 1,/],
    ['poi-exa', '40', /its weight as “Weight \(points, exact\)” 40,/],
    ['dec-exa', '0.4', /its weight as “Weight \(decimal, exact\)” 0\.4,/],
    ['per-mid', '40', /its weight as “Weight \(percentage, middle of a range\)” 40,/],
    ['xyz', '40', /its weight as “xyz” 40,/],
  ])('lists a %s weight for the user to fix and leaves the weight at 0', (code, number, kind) => {
    const { content, unmapped } = oneLot([
      { type: 'price', name: 'Price', weight: ['per-exa', '60'] },
      { type: 'quality', name: 'Delivery', weight: [code, number] },
    ]);
    const [price, delivery] = content.lots[0]!.criteria;
    expect(price!.weight).toBe(6000);
    expect(delivery!.weight).toBe(0);
    expect(unmapped).toHaveLength(1);
    expect(unmapped[0]).toMatchObject({
      lotId: content.lots[0]!.id,
      noticeLotId: 'LOT-0001',
      lotTitle: 'Laptops',
      criterionId: delivery!.id,
      criterionName: 'Delivery',
    });
    expect(unmapped[0]!.message).toMatch(kind);
    expect(unmapped[0]!.message).toMatch(/not as an exact percentage; enter its weight/);
  });

  it('does not round a weight with more than two decimals, nor take one that is not a number', () => {
    const { content, unmapped } = oneLot([
      { type: 'price', name: 'Price', weight: ['per-exa', '33.333'] },
      { type: 'quality', name: 'Quality', weight: ['per-exa', 'sixty'] },
      { type: 'quality', name: 'Unweighted' },
    ]);
    expect(content.lots[0]!.criteria.map((c) => c.weight)).toEqual([0, 0, 0]);
    expect(unmapped.map((u) => u.message)).toEqual([
      expect.stringMatching(/“Price”: its weight 33\.333 has more than two decimals.*not rounded/),
      expect.stringMatching(/“Quality”: its weight “sixty” is not a number/),
      expect.stringMatching(/“Unweighted”: the notice gives it no weight/),
    ]);
  });

  it('leaves out a criterion whose type is not price, cost or quality, and says so', () => {
    const { content, unmapped } = oneLot([
      { type: 'price', name: 'Price', weight: ['per-exa', '100'] },
      { type: 'social', name: 'Fair wages', weight: ['per-exa', '0'] },
    ]);
    expect(content.lots[0]!.criteria.map((c) => c.name)).toEqual(['Price']);
    expect(unmapped).toEqual([
      expect.objectContaining({ criterionName: 'Fair wages', message: expect.stringMatching(/type “social”.*not imported/) }),
    ]);
    expect(unmapped[0]!.criterionId).toBeUndefined();
  });

  it('takes a criterion that carries only a minimum score as the lot’s minimum quality score', () => {
    const { content, unmapped } = oneLot([
      { type: 'price', name: 'Price', weight: ['per-exa', '40'] },
      { type: 'quality', name: 'Quality', weight: ['per-exa', '60'] },
      { type: 'quality', name: 'Minimum quality score', thresholds: [['min-score', '30.5']] },
    ]);
    expect(content.lots[0]!.minimumQualityScore).toBe(3050);
    expect(content.lots[0]!.criteria.map((c) => c.name)).toEqual(['Price', 'Quality']);
    expect(unmapped).toEqual([]);
  });

  it('lists thresholds and fixed values on a weighted criterion instead of carrying them over', () => {
    const { content, unmapped } = oneLot([
      { type: 'price', name: 'Price', weight: ['per-exa', '40'] },
      { type: 'quality', name: 'Quality', weight: ['per-exa', '60'], thresholds: [['min-score', '30']], fixed: [['fix-tot', '100']] },
      { type: 'quality', name: 'Method', weight: ['per-exa', '0'], thresholds: [['max-pass', '5']] },
    ]);
    expect(content.lots[0]!.minimumQualityScore).toBeUndefined();
    expect(unmapped.map((u) => u.message)).toEqual([
      expect.stringMatching(/“Quality”: the notice gives it a “Fixed value \(total\)” of 100, which Tenderwright does not hold/),
      expect.stringMatching(
        /“Quality”: the notice gives it a threshold “Minimum score” of 30 for this criterion alone; .*set it on the lot if it applies/,
      ),
      expect.stringMatching(
        /“Method”: the notice gives it a threshold “Maximum number of tenders passing” of 5, which Tenderwright does not hold/,
      ),
    ]);
  });

  it('lists different minimum scores instead of choosing one', () => {
    const { content, unmapped } = oneLot([
      { type: 'quality', name: 'A', weight: ['per-exa', '100'] },
      { type: 'quality', name: 'Minimum', thresholds: [['min-score', '20']] },
      { type: 'quality', name: 'Minimum', thresholds: [['min-score', '25']] },
    ]);
    expect(content.lots[0]!.minimumQualityScore).toBeUndefined();
    expect(unmapped).toEqual([expect.objectContaining({ message: expect.stringMatching(/different minimum scores \(20, 25\)/) })]);
  });

  it('reads back the marks Tenderwright’s export writes: social and environmental criteria, sub-criteria, scoring', () => {
    const { content, unmapped } = oneLot([
      {
        type: 'price',
        name: 'Price',
        weight: ['per-exa', '50'],
        description: `Total price. ${scoringInWords({ type: 'absolute', floor: 100, ceiling: 250.5 })}`,
      },
      {
        type: 'quality',
        name: 'Wages',
        weight: ['per-exa', '10'],
        description: `${SOCIAL_MARK} Part of “Supply chain” (25.00% in all). Living wages. ${scoringInWords(defaultQualityScale(10))}`,
      },
      {
        type: 'quality',
        name: 'Disclosure',
        weight: ['per-exa', '15'],
        description: `${SOCIAL_MARK} Part of “Supply chain” (25.00% in all). ${scoringInWords(defaultQualityScale(5))}`,
      },
      { type: 'quality', name: 'Packaging', weight: ['per-exa', '25'], description: `${ENVIRONMENTAL_MARK} Less plastic.` },
    ]);
    const criteria = content.lots[0]!.criteria;
    expect(criteria.map((c) => [c.name, c.category, c.weight, c.parentId ? 'sub' : 'top'])).toEqual([
      ['Price', 'price', 5000, 'top'],
      ['Supply chain', 'social', 2500, 'top'],
      ['Wages', 'social', 1000, 'sub'],
      ['Disclosure', 'social', 1500, 'sub'],
      ['Packaging', 'environmental', 2500, 'top'],
    ]);
    expect(criteria[2]!.parentId).toBe(criteria[1]!.id);
    expect(criteria[0]!.scoring).toEqual({ type: 'absolute', floor: 100, ceiling: 250.5 });
    expect(criteria[0]!.description).toBe('Total price.');
    expect(criteria[2]!.scoring).toMatchObject({ type: 'quality-scale', max: 10 });
    expect(criteria[2]!.description).toBe('Living wages.');
    expect(criteria[4]!.description).toBe('Less plastic.');
    expect(unmapped).toEqual([]);
  });

  it('says when sub-criteria do not add up to the parent the notice names', () => {
    const { unmapped } = oneLot([
      { type: 'quality', name: 'A', weight: ['per-exa', '60'], description: 'Part of “Quality” (100% in all).' },
      { type: 'quality', name: 'B', weight: ['per-exa', '30'], description: 'Part of “Quality” (100% in all).' },
    ]);
    expect(unmapped).toEqual([
      expect.objectContaining({
        criterionName: 'Quality',
        message: '“Quality” is 100% in the notice, but its sub-criteria total 90%; correct the weights.',
      }),
    ]);
  });

  it('gives a parent its first sub-criterion’s category and says so when they differ', () => {
    const { content, unmapped } = oneLot([
      { type: 'quality', name: 'A', weight: ['per-exa', '60'], description: `${SOCIAL_MARK} Part of “Conduct” (100.00% in all).` },
      { type: 'quality', name: 'B', weight: ['per-exa', '40'], description: 'Part of “Conduct” (100.00% in all).' },
    ]);
    expect(content.lots[0]!.criteria.map((c) => [c.name, c.category])).toEqual([
      ['Conduct', 'social'],
      ['A', 'social'],
      ['B', 'quality'],
    ]);
    expect(unmapped).toEqual([
      expect.objectContaining({
        criterionName: 'Conduct',
        message: expect.stringMatching(/different kinds; it was given the first one’s \(social\), so check its category/),
      }),
    ]);
  });

  it('lists a lot without criteria and a group of lots with criteria of its own', () => {
    expect(imported(readNotice('cn_24_minimal.xml')).unmapped).toEqual([
      expect.objectContaining({ noticeLotId: 'LOT-0000', message: expect.stringMatching(/no award criteria/) }),
    ]);
    expect(imported(readNotice('cn_24_maximal.xml')).unmapped).toEqual([
      expect.objectContaining({ noticeLotId: 'GLO-0001', message: expect.stringMatching(/group of lots GLO-0001/) }),
    ]);
  });
});

describe('which documents are eForms contract notices', () => {
  const root = (xml: string) => readNoticeXml(Buffer.from(xml));
  it('accepts the SDK examples', () => {
    expect(contractNoticeProblem(root(readNotice('cn_24_maximal.xml')))).toBeUndefined();
  });
  it.each([
    ['<TED_EXPORT xmlns="http://publications.europa.eu/resource/schema/ted/R2.0.9/publication"/>', /format used before eForms/],
    [
      '<ContractAwardNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2"/>',
      /contract award notice, not a contract notice/,
    ],
    ['<ContractNotice xmlns="urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2"/>', /CustomizationID is missing/],
    [
      readNotice('cn_24_minimal.xml').replace('eforms-sdk-1.15', 'urn:www.cenbii.eu:transaction:biitrns010'),
      /not an eForms SDK 1\.x version/,
    ],
    ['<ContractNotice/>', /top element is “ContractNotice”, where/],
    ['<html><body>Notice</body></html>', /top element is “html”/],
  ])('refuses %#', (xml, message) => {
    expect(contractNoticeProblem(root(xml))).toMatch(message);
  });
});
