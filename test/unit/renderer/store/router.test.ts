import { describe, expect, it } from 'vitest';
import { hashFor, parseHash } from '../../../../renderer/src/store/router';
import { SCREENS, TENDER_SCREENS } from '../../../../renderer/src/screens';

describe('the addresses of the screens', () => {
  it('are the ones the app has always used', () => {
    expect(SCREENS.map((s) => [s.id, s.title, hashFor(s.id, 't-1')])).toEqual([
      ['tenders', 'Tenders', '#/tenders'],
      ['details', 'Tender details', '#/tender/t-1/details'],
      ['criteria', 'Criteria', '#/tender/t-1/criteria'],
      ['clauses', 'Clauses', '#/tender/t-1/clauses'],
      ['questions', 'Questions', '#/tender/t-1/questions'],
      ['evaluation', 'Evaluation', '#/tender/t-1/evaluation'],
      ['export', 'Export', '#/tender/t-1/export'],
      ['suppliers', 'Suppliers', '#/suppliers'],
      ['deleted', 'Recently deleted', '#/deleted'],
      ['settings', 'Settings', '#/settings'],
    ]);
    expect(hashFor('criteria', null)).toBe('#/criteria');
  });

  it('read back as the screen they name, and fall back to the tender list or the tender details', () => {
    for (const screen of SCREENS) {
      const tenderId = TENDER_SCREENS.includes(screen.id) ? 'a b' : undefined;
      expect(parseHash(hashFor(screen.id, tenderId))).toEqual(tenderId ? { screen: screen.id, tenderId } : { screen: screen.id });
    }
    expect(parseHash('#/nowhere')).toEqual({ screen: 'tenders' });
    expect(parseHash('')).toEqual({ screen: 'tenders' });
    expect(parseHash('#/tender/t-1/settings')).toEqual({ screen: 'details', tenderId: 't-1' });
    expect(parseHash('#/tender/t-1')).toEqual({ screen: 'details', tenderId: 't-1' });
  });
});
