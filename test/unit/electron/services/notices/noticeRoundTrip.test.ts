import { describe, expect, it } from 'vitest';
import { newCriterion, type Criterion } from '@shared/model/criteria';
import { defaultQualityScale } from '@shared/model/scoring';
import type { Lot, Tender } from '@shared/model/tender';
import { buildContractNotice } from '@shared/notices/eforms';
import { contentOf, handlersPerTest } from '../handlers-harness';
import { REFERENCE_SHAPE, tenderContent } from '../../../../bench/lib/reference-tender';
import { tempDirsPerTest } from '../temp-dir';

const tempDir = tempDirsPerTest('tw-notice-trip-');
const openHandlers = handlersPerTest();

function criterion(category: Criterion['category'], name: string, weight: number, extra: Partial<Criterion> = {}): Criterion {
  return { ...newCriterion(category, { name, weight }), description: `${name}: what the bidder shows.`, ...extra };
}

/** Two lots with every kind of criterion, sub-criteria, a price formula with bounds and a minimum quality score. */
function lots(tender: Tender): Lot[] {
  const supplyChain = criterion('social', 'Supply chain', 2500);
  return [
    {
      ...tender.lots[0]!,
      criteria: [
        criterion('price', 'Price', 3333),
        criterion('social', 'Working conditions in assembly', 3333, { scoring: defaultQualityScale(10) }),
        criterion('cost', 'Energy over five years', 3334, { scoring: { type: 'absolute', floor: 120, ceiling: 480.5 } }),
      ],
      minimumQualityScore: 2000,
    },
    {
      ...tender.lots[1]!,
      criteria: [
        criterion('price', 'Price', 4000, { scoring: { type: 'linear-lowest-highest' } }),
        supplyChain,
        criterion('social', 'Factory disclosure', 1000, { parentId: supplyChain.id }),
        criterion('social', 'Grievance mechanism', 1500, { parentId: supplyChain.id }),
        criterion('environmental', 'Recycled packaging', 1500),
        criterion('quality', 'Repairability', 2000),
      ],
    },
  ];
}

const OPTIONS = {
  socialFloor: 800,
  clauseTitles: ['Factory disclosure'],
  noticeId: '2f7e6b2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  procedureId: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d',
  issueDate: '2026-12-03',
};

/**
 * What a round trip must keep, per lot: titles, criteria (name, type, weight, nesting, scoring) and
 * thresholds. Texts are compared with runs of white space folded, as the import reads them (notices
 * are often pretty-printed, so line breaks and indentation inside a text are not part of it).
 */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
function essentials(tender: Tender) {
  return tender.lots.map((lot) => ({
    title: folded(lot.title),
    minimumQualityScore: lot.minimumQualityScore,
    criteria: lot.criteria.map((c) => ({
      name: c.name,
      category: c.category,
      weight: c.weight,
      parent: lot.criteria.find((p) => p.id === c.parentId)?.name,
      scoring: c.scoring.type === 'quality-scale' ? { type: c.scoring.type, max: c.scoring.max } : c.scoring,
    })),
  }));
}

describe('eForms round trip', () => {
  it('export then import gives back the same lots, criteria, types, weights and thresholds', async () => {
    const handlers = await openHandlers(await tempDir());
    const created = await handlers['tenders.create']({
      title: 'Laptops for schools',
      reference: 'IT-2027-01',
      buyer: 'City of Example',
      description: 'Laptops and docking stations.',
      lots: ['Laptops', 'Docking stations'],
    });
    const original = await handlers['tenders.save']({
      id: created.id,
      content: contentOf(created, { lots: lots(created) }),
      baseRevision: created.revision,
    });
    const xml = buildContractNotice(original, OPTIONS);
    const { tender, unmapped } = await handlers['notices.importTender']({
      fileName: 'notice.xml',
      base64: Buffer.from(xml).toString('base64'),
    });
    expect(unmapped).toEqual([]);
    expect(tender.id).not.toBe(original.id);
    expect([tender.title, tender.reference, tender.buyer, tender.description]).toEqual([
      original.title,
      original.reference,
      original.buyer,
      original.description,
    ]);
    expect(essentials(tender)).toEqual(essentials(original));
    // The descriptions come back without the marks the export adds.
    expect(tender.lots[0]!.criteria[1]!.description).toBe('Working conditions in assembly: what the bidder shows.');
  });

  it('keeps the bench’s reference tender (3 lots × 60 criteria with sub-criteria) as it was', async () => {
    const handlers = await openHandlers(await tempDir());
    const created = await handlers['tenders.create']({
      title: 'Reference tender',
      reference: 'REF-1',
      buyer: 'City of Example',
      lots: ['Lot 1'],
    });
    const original = await handlers['tenders.save']({
      id: created.id,
      content: tenderContent(contentOf(created), REFERENCE_SHAPE),
      baseRevision: created.revision,
    });
    const { tender, unmapped } = await handlers['notices.importTender']({
      fileName: 'reference.xml',
      base64: Buffer.from(buildContractNotice(original, OPTIONS)).toString('base64'),
    });
    expect(unmapped).toEqual([]);
    expect(tender.lots.map((l) => l.criteria.length)).toEqual([60, 60, 60]);
    expect(essentials(tender)).toEqual(essentials(original));
  });
});
