import { describe, expect, it } from 'vitest';
import { FileNameSchema } from '@shared/api/methods/files';
import { createInstance } from '@shared/clauses/instances';
import type { ClauseTemplate } from '@shared/model/clauses';
import { DEFAULT_CRITERIA_SETTINGS } from '@shared/model/criteria';
import { defaultQualityScale } from '@shared/model/scoring';
import {
  exportFileName,
  floorStatements,
  longDate,
  minimumQualityStatement,
  sanitiseFileNamePart,
  scoringText,
  withTenderParties,
  xmlSafeText,
} from '@shared/rules/exportText';
import clausesFile from '../../../../../resources/library/clauses.json';
import { NASTY, criterion } from './tenders';

describe('export texts', () => {
  it('drops what XML 1.0 forbids and keeps markup, tabs and line breaks as text', () => {
    expect(xmlSafeText('a\u0000b\u0001c\u001fd\u0008e')).toBe('abcde');
    expect(xmlSafeText('x\ud800y\udc00z\uffff')).toBe('xyz');
    expect(xmlSafeText('ok \ud83d\ude00 pair')).toBe('ok \ud83d\ude00 pair');
    expect(xmlSafeText('<w:p>]]>&amp;')).toBe('<w:p>]]>&amp;');
    expect(xmlSafeText('one\r\ntwo\rthree\tfour')).toBe('one\ntwo\nthree\tfour');
    // eslint-disable-next-line no-control-regex -- checking that none remain
    expect(xmlSafeText(NASTY)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\uffff]/);
  });

  it('makes file names from the reference and title that every system accepts', () => {
    expect(exportFileName({ reference: 'TW-1', title: 'Laptops' }, 'tender-pack', '2026-05-01')).toBe(
      'TW-1 Laptops - Tender pack 2026-05-01.docx',
    );
    expect(exportFileName({ reference: '', title: 'Phones' }, 'clauses', '2026-05-01')).toBe('Phones - Contract clauses 2026-05-01.docx');
    expect(exportFileName({ reference: '../..', title: '...' }, 'clauses', '2026-05-01')).toBe('Tender - Contract clauses 2026-05-01.docx');
    const hostile = exportFileName({ reference: 'a/b\\c:d*e?f"g<h>i|j', title: NASTY }, 'tender-pack', '2026-05-01');
    expect(FileNameSchema.safeParse(hostile).success).toBe(true);
    expect(hostile).toMatch(/^a b c d e f g h i j A/);
    expect(sanitiseFileNamePart('x'.repeat(500))).toHaveLength(120);
  });

  it('states every scoring method in words and as a formula with the criterion’s points', () => {
    expect(scoringText({ type: 'lowest-price-ratio' }, 4000)).toMatchObject({
      method: 'Lowest-price ratio',
      formula: 'S = W × Pmin / Pi',
      where: 'where S is the score, W = 40.00 points, Pi is the bid’s price and Pmin the lowest valid price.',
    });
    expect(scoringText({ type: 'linear-lowest-highest' }, 3000).words).toMatch(
      /^The lowest valid price earns the full 30\.00 points and the highest earns none/,
    );
    expect(scoringText({ type: 'deviation-from-lowest' }, 3000).formula).toBe('S = W × max(0, 1 − (Pi − Pmin) / Pmin)');
    expect(scoringText({ type: 'absolute', ceiling: 1250000, floor: 800000.5 }, 2500).where).toContain(
      'Pceil = 1,250,000 and Pfloor = 800,000.5',
    );
    expect(scoringText(defaultQualityScale(10), 1250)).toMatchObject({ method: 'Quality scale 0–10', formula: 'S = W × s / 10' });
  });

  it('states the social share against the floor, and the minimum quality score', () => {
    const criteria = [
      criterion('p', 'Price', 'price', 6000),
      criterion('q', 'Quality', 'quality', 2800),
      criterion('s', 'Social', 'social', 1200),
    ];
    expect(floorStatements(criteria, DEFAULT_CRITERIA_SETTINGS)).toEqual([
      'Social criteria make up 12.00% of this lot’s weighting, above the floor of 8.00% (the minimum share the buyer requires for social criteria).',
    ]);
    expect(floorStatements(criteria, { ...DEFAULT_CRITERIA_SETTINGS, socialFloor: 1200, categoryFloors: { environmental: 500 } })).toEqual([
      'Social criteria make up 12.00% of this lot’s weighting, exactly at the floor of 12.00% (the buying organisation’s social floor).',
      'Environmental criteria make up 0.00% of this lot’s weighting, below the floor of 5.00% (the buying organisation’s floor).',
    ]);
    expect(minimumQualityStatement({ criteria, minimumQualityScore: 2000 })).toMatch(
      /^A bid must earn at least 20\.00 of the 40\.00 points available/,
    );
    expect(minimumQualityStatement({ criteria })).toBe('No minimum quality score applies to this lot.');
    expect(longDate('2026-05-01')).toBe('1 May 2026');
  });

  it('fills the buyer from the tender where a clause leaves it unset, never over a value the user set', () => {
    const template = (clausesFile as { clauses: ClauseTemplate[] }).clauses[0] as ClauseTemplate;
    const unset = createInstance(template, { order: 0, origin: 'builtin', id: 'a' });
    const { buyer: _default, ...withoutBuyer } = unset.values;
    const blank = { ...unset, id: 'b', values: { ...withoutBuyer, buyer: '  ' } };
    const absent = { ...unset, id: 'c', values: withoutBuyer };
    const named = { ...unset, id: 'd', values: { ...withoutBuyer, buyer: 'the Council' } };
    const filled = withTenderParties([blank, absent, named], 'City of Northfield');
    expect(filled.map((i) => i.values.buyer)).toEqual(['City of Northfield', 'City of Northfield', 'the Council']);
    expect(withTenderParties([absent], '  ')[0]?.values.buyer).toBeUndefined();
  });
});
