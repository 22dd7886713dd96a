/** Tenders for the notice tests: the export tests' realistic two-lot tender and the bench's reference tender, as saved tenders. */
import { DEFAULT_SETTINGS, type Settings } from '../../../../../shared/model/settings';
import { newTenderContent, TENDER_SCHEMA_VERSION, type Tender, type TenderContent } from '../../../../../shared/model/tender';
import { referenceTenderContent } from '../../../../bench/lib/reference-tender';
import { realisticContent } from '../export/tenders';

export function savedTender(content: TenderContent, id = 'tender-notice'): Tender {
  return {
    ...content,
    schemaVersion: TENDER_SCHEMA_VERSION,
    id,
    createdAt: '2026-05-01T09:00:00.000Z',
    updatedAt: '2026-05-01T09:00:00.000Z',
    revision: 7,
  };
}

export const twoLotTender = (): Tender => savedTender(realisticContent(), 'tender-two-lots');

export const referenceTender = (): Tender =>
  savedTender(
    referenceTenderContent(newTenderContent({ title: 'Reference tender', reference: 'REF-1', buyer: 'City of Benchford', lots: ['Lot'] })),
    'tender-reference',
  );

export const noticeSettings = (ocidPrefix = 'ocds-a1b2c3'): Settings => ({
  ...DEFAULT_SETTINGS,
  organisation: 'City of Northfield',
  notices: { ocidPrefix },
});
