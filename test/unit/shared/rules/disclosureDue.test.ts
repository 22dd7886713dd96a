import { describe, expect, it } from 'vitest';
import { createInstance } from '@shared/clauses/instances';
import type { ClauseInstance, ParameterValues } from '@shared/model/clauses';
import type { ContractDisclosures, DisclosureVersion } from '@shared/model/disclosures';
import type { Tender } from '@shared/model/tender';
import { addMonths, disclosureObligations } from '@shared/rules/disclosureDue';
import { EMPTY_TENDER_QA } from '@shared/model/questions';
import { loadBuiltinClauses } from '../clauses/helpers';

const library = loadBuiltinClauses();

function clause(templateId: string, values: ParameterValues = {}, order = 0): ClauseInstance {
  const entry = library.find((c) => c.id === templateId);
  if (!entry) throw new Error(`no builtin clause ${templateId}`);
  return createInstance(entry.versions[entry.versions.length - 1]!, { order, origin: 'builtin', values, id: `cl-${templateId}` });
}

function tenderWith(clauses: ClauseInstance[], awardedOn?: string): Pick<Tender, 'clauses' | 'qa'> {
  return {
    clauses,
    qa: {
      ...structuredClone(EMPTY_TENDER_QA),
      suppliers: [{ id: 'sup-1', name: 'Acme Ltd', role: 'contracted', ...(awardedOn ? { awardedOn } : {}) }],
    },
  };
}

function version(id: string, receivedOn: string, tiers: (1 | 2)[]): DisclosureVersion {
  return {
    id,
    receivedOn,
    importedAt: `${receivedOn}T10:00:00.000Z`,
    importedBy: 'Officer',
    fileName: `${id}.xlsx`,
    sites: tiers.map((tier, i) => ({
      tier,
      legalName: `Factory ${i}`,
      address: `${i} Road, Town`,
      country: 'VN',
      products: 'Laptops',
      date: receivedOn,
    })),
  };
}

const received = (...versions: DisclosureVersion[]): ContractDisclosures => ({ supplierId: 'sup-1', versions });

describe('disclosure obligations from the clause parameters', () => {
  it('puts the tier 1 and tier 2 deadlines the set number of days after award', () => {
    const tender = tenderWith(
      [clause('tier1-factory-disclosure', { days_to_disclose: 45 }), clause('tier2-component-disclosure', {}, 1)],
      '2027-01-10',
    );
    const [tier1, tier2] = disclosureObligations(tender, 'sup-1', undefined, '2027-02-01');
    expect(tier1).toMatchObject({ tier: 1, due: '2027-02-24', status: 'due', requirement: 'Tier 1 sites within 45 days of award' });
    expect(tier1!.summary).toBe('Tier 1 sites are due by 24 February 2027 (23 days left).');
    // The template's default of 90 days applies when the tender left it as it was.
    expect(tier2).toMatchObject({
      tier: 2,
      due: '2027-04-10',
      status: 'due',
      requirement: 'Tier 2 component sites within 90 days of award',
    });
  });

  it('is overdue the day after the deadline and met by the first version with sites of that tier, late or not', () => {
    const tender = tenderWith(
      [clause('tier1-factory-disclosure', { days_to_disclose: 30 }), clause('tier2-component-disclosure', {}, 1)],
      '2027-01-01',
    );
    expect(disclosureObligations(tender, 'sup-1', undefined, '2027-01-31')[0]).toMatchObject({ status: 'due', due: '2027-01-31' });
    const overdue = disclosureObligations(tender, 'sup-1', undefined, '2027-02-03')[0]!;
    expect(overdue.status).toBe('overdue');
    expect(overdue.summary).toBe('Tier 1 sites were due by 31 January 2027 and have not been received: 3 days overdue.');

    const late = received(version('v1', '2027-02-05', [1]));
    const [tier1, tier2] = disclosureObligations(tender, 'sup-1', late, '2027-02-10');
    expect(tier1).toMatchObject({ status: 'met', metByVersionId: 'v1' });
    expect(tier1!.summary).toBe('Tier 1 sites received on 5 February 2027, 5 days after the deadline of 31 January 2027.');
    // A version with tier 1 sites only does not meet the tier 2 obligation.
    expect(tier2).toMatchObject({ status: 'due', due: '2027-04-01' });

    const both = received(version('v1', '2027-01-20', [1]), version('v2', '2027-03-15', [1, 2]));
    const after = disclosureObligations(tender, 'sup-1', both, '2027-06-01');
    expect(after.map((o) => [o.status, o.metByVersionId])).toEqual([
      ['met', 'v1'],
      ['met', 'v2'],
    ]);
    expect(after[0]!.summary).toContain('within the deadline');
  });

  it('says the award date is missing instead of guessing a deadline', () => {
    const tender = tenderWith([clause('tier1-factory-disclosure', { days_to_disclose: 30 })]);
    const [tier1] = disclosureObligations(tender, 'sup-1', undefined, '2027-02-01');
    expect(tier1).toMatchObject({ status: 'no-award-date' });
    expect(tier1!.due).toBeUndefined();
    expect(tier1!.summary).toContain('award date');
  });

  it('asks for the periodic confirmation on its first date, then the set number of months after the last version', () => {
    const tender = tenderWith(
      [clause('disclosure-periodic-update', { update_interval_months: 6, first_update_date: '2027-07-01' })],
      '2027-01-01',
    );
    const initial = received(version('v1', '2027-01-25', [1]));
    expect(disclosureObligations(tender, 'sup-1', initial, '2027-03-01')[0]).toMatchObject({
      status: 'due',
      due: '2027-07-01',
      requirement: 'Full site list confirmed every 6 months, first by 1 July 2027',
    });
    expect(disclosureObligations(tender, 'sup-1', initial, '2027-07-02')[0]).toMatchObject({ status: 'overdue', due: '2027-07-01' });

    // Sent a little late: the next one is due six months after it arrived.
    const confirmed = received(version('v1', '2027-01-25', [1]), version('v2', '2027-07-10', [1]));
    const met = disclosureObligations(tender, 'sup-1', confirmed, '2027-08-01')[0]!;
    expect(met).toMatchObject({ status: 'met', due: '2028-01-10', metByVersionId: 'v2' });
    expect(met.summary).toBe('The confirmed site list received on 10 July 2027; the next is due by 10 January 2028.');
    expect(disclosureObligations(tender, 'sup-1', confirmed, '2028-01-11')[0]).toMatchObject({ status: 'overdue', due: '2028-01-10' });

    // Sent a fortnight early: it still counts for the first date.
    const early = received(version('v1', '2027-06-17', [1]));
    expect(disclosureObligations(tender, 'sup-1', early, '2027-07-05')[0]).toMatchObject({ status: 'met', due: '2027-12-17' });
  });

  it('without a first confirmation date, counts the interval from the award', () => {
    const tender = tenderWith([clause('disclosure-periodic-update', { update_interval_months: 12 })], '2027-01-31');
    expect(disclosureObligations(tender, 'sup-1', undefined, '2027-03-01')[0]).toMatchObject({ status: 'due', due: '2028-01-31' });
    expect(disclosureObligations(tenderWith([clause('disclosure-periodic-update')]), 'sup-1', undefined, '2027-03-01')[0]).toMatchObject({
      status: 'no-award-date',
    });
  });

  it('asks for the smelter report on its first date and every year after, met only by tier 2 sites', () => {
    const tender = tenderWith(
      [clause('tier2-minerals-smelters', { first_report_date: '2027-06-30', minerals: 'tin and cobalt' })],
      '2027-01-01',
    );
    const onlyTier1 = received(version('v1', '2027-06-20', [1]));
    const [report] = disclosureObligations(tender, 'sup-1', onlyTier1, '2027-07-01');
    expect(report).toMatchObject({
      tier: 2,
      status: 'overdue',
      due: '2027-06-30',
      requirement: 'Smelters and refiners of tin and cobalt reported by 30 June 2027, then every year',
    });
    const withTier2 = received(version('v1', '2027-06-20', [1, 2]));
    expect(disclosureObligations(tender, 'sup-1', withTier2, '2027-07-01')[0]).toMatchObject({ status: 'met', due: '2028-06-20' });
  });

  it('expects the final assembly sites stated with the bid to be on file by the award', () => {
    const tender = tenderWith([clause('tier1-disclosure-with-bid')], '2027-01-01');
    expect(disclosureObligations(tender, 'sup-1', undefined, '2027-01-05')[0]).toMatchObject({ status: 'overdue', due: '2027-01-01' });
    expect(disclosureObligations(tender, 'sup-1', received(version('v1', '2027-01-06', [1])), '2027-01-07')[0]).toMatchObject({
      status: 'met',
    });
  });

  it('leaves out clauses that set no deadline and follows the tender order of the clauses', () => {
    const tender = tenderWith(
      [
        clause('tier2-component-disclosure', {}, 2),
        clause('disclosure-update-on-change', {}, 0),
        clause('payment-withholding-disclosure', {}, 3),
        clause('tier1-factory-disclosure', {}, 1),
      ],
      '2027-01-01',
    );
    expect(disclosureObligations(tender, 'sup-1', undefined, '2027-01-02').map((o) => o.clauseId)).toEqual([
      'cl-tier1-factory-disclosure',
      'cl-tier2-component-disclosure',
    ]);
  });

  it('measures against the supplier asked for and refuses a malformed today', () => {
    const tender = tenderWith([clause('tier1-factory-disclosure')], '2027-01-01');
    expect(disclosureObligations(tender, 'someone-else', undefined, '2027-01-02')[0]!.status).toBe('no-award-date');
    expect(() => disclosureObligations(tender, 'sup-1', undefined, '1/2/2027')).toThrow(RangeError);
  });

  it('adds months keeping the end of the month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
    expect(addMonths('2027-05-10', 12)).toBe('2028-05-10');
  });
});
