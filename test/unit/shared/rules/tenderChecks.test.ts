import { describe, expect, it } from 'vitest';
import { exportBlockers } from '@shared/rules/findings';
import { checkTender } from '@shared/rules/tenderChecks';
import { newTenderContent, TENDER_SCHEMA_VERSION, type Tender } from '@shared/model/tender';

function tender(): Tender {
  return {
    schemaVersion: TENDER_SCHEMA_VERSION,
    id: 't1',
    createdAt: '2026-11-21T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    revision: 1,
    ...newTenderContent({ title: 'Laptops', reference: 'R', buyer: 'City', lots: ['Lot 1'] }),
  };
}

describe('checkTender', () => {
  it('reports a lot with no criteria as a blocking criteria finding', () => {
    const findings = checkTender(tender());
    expect(findings.some((f) => f.area === 'criteria' && f.severity === 'error')).toBe(true);
    const { blocking, summary } = exportBlockers(findings);
    expect(blocking.length).toBeGreaterThan(0);
    expect(summary).toMatch(/^Export refused: \d+ problem/);
  });
});
