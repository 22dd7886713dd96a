import { isCalendarDate, type ClauseInstance } from '../model/clauses';
import type { ContractDisclosures, DisclosureVersion } from '../model/disclosures';
import type { Tender } from '../model/tender';
import { orderedInstances } from '../clauses/instances';
import { addDays, daysBetween } from './qaFollowUps';

/** One disclosure obligation of a contract, as the tender's clauses set it, against what was received. */
export interface DisclosureObligation {
  /** The clause instance that sets it. */
  clauseId: string;
  clauseTitle: string;
  /** In plain words, from the clause parameters: "Tier 1 sites within 30 days of award". */
  requirement: string;
  tier: 1 | 2;
  /** When it is (next) due, ISO date; absent when it cannot be known yet (no award date). */
  due?: string;
  status: 'met' | 'due' | 'overdue' | 'no-award-date';
  /** The version that met it, when met. */
  metByVersionId?: string;
  /** One sentence for the register and the letter of concern. */
  summary: string;
}

/** The clause templates whose parameters set disclosure deadlines. */
export const DISCLOSURE_TEMPLATES = {
  tier1: 'tier1-factory-disclosure',
  tier2: 'tier2-component-disclosure',
  withBid: 'tier1-disclosure-with-bid',
  periodic: 'disclosure-periodic-update',
  smelters: 'tier2-minerals-smelters',
} as const;

/** A periodic confirmation sent up to this many days before its date counts for that date. */
const EARLY_CONFIRMATION_DAYS = 30;
const SMELTER_REPORT_INTERVAL_MONTHS = 12;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "15 January 2027", the same on every computer (the letter of concern quotes it). */
export function spelledDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** `iso` plus `months` calendar months, as YYYY-MM-DD; the 31st becomes the last day of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The value the tender gives the parameter, else the template's default. */
function parameter(instance: ClauseInstance, name: string): number | string | undefined {
  const value = instance.values[name];
  if (value !== undefined && value !== '') return value;
  return instance.frozen.parameters.find((p) => p.name === name)?.default;
}

function positiveInteger(instance: ClauseInstance, name: string): number | undefined {
  const value = parameter(instance, name);
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

function dateParameter(instance: ClauseInstance, name: string): string | undefined {
  const value = parameter(instance, name);
  return typeof value === 'string' && isCalendarDate(value) ? value : undefined;
}

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const months = (n: number) => (n === 1 ? 'month' : `${n} months`);

const hasTier = (version: DisclosureVersion, tier: 1 | 2) => version.sites.some((s) => s.tier === tier);

interface Context {
  instance: ClauseInstance;
  awardedOn?: string;
  /** Oldest first. */
  versions: DisclosureVersion[];
  today: string;
}

const base = (instance: ClauseInstance) => ({
  clauseId: instance.id,
  clauseTitle: (instance.edited?.title ?? instance.frozen.title).trim() || instance.frozen.title,
});

/** A one-off list due a fixed time after award (or on a fixed date), met by the first version with sites of that tier. */
function oneOff(
  ctx: Context,
  spec: { tier: 1 | 2; what: string; requirement: string; due?: string; withoutDue: string },
): DisclosureObligation {
  const { tier, what, requirement, due } = spec;
  const first = ctx.versions.find((v) => hasTier(v, tier));
  const common = { ...base(ctx.instance), requirement, tier };
  if (first) {
    const late = due ? daysBetween(due, first.receivedOn) : 0;
    const when = `${what} received on ${spelledDate(first.receivedOn)}`;
    const timing = !due ? '' : late > 0 ? `, ${days(late)} after the deadline of ${spelledDate(due)}` : `, within the deadline`;
    return { ...common, ...(due ? { due } : {}), status: 'met', metByVersionId: first.id, summary: `${when}${timing}.` };
  }
  if (!due) return { ...common, status: 'no-award-date', summary: spec.withoutDue };
  const overdue = daysBetween(due, ctx.today);
  if (overdue > 0) {
    return {
      ...common,
      due,
      status: 'overdue',
      summary: `${what} were due by ${spelledDate(due)} and have not been received: ${days(overdue)} overdue.`,
    };
  }
  const left = -overdue;
  return {
    ...common,
    due,
    status: 'due',
    summary: `${what} are due by ${spelledDate(due)} (${left === 0 ? 'today' : `${days(left)} left`}).`,
  };
}

/**
 * A list confirmed at intervals: the first due on `first`, each later one `interval` months after the
 * last version received (a version sent shortly before a date counts for it, late data still counts).
 */
function recurring(
  ctx: Context,
  spec: { tier: 1 | 2; what: string; requirement: string; first?: string; interval: number; counts: (v: DisclosureVersion) => boolean },
): DisclosureObligation {
  const common = { ...base(ctx.instance), requirement: spec.requirement, tier: spec.tier };
  const counted = ctx.versions.filter(spec.counts);
  let due = spec.first ?? (ctx.awardedOn ? addMonths(ctx.awardedOn, spec.interval) : undefined);
  if (!due && counted.length > 0) due = addMonths(counted[counted.length - 1]!.receivedOn, spec.interval);
  if (!due) {
    return {
      ...common,
      status: 'no-award-date',
      summary: `${spec.what} is due every ${months(spec.interval)} from the award; record the contract's award date to know when.`,
    };
  }
  let metBy: DisclosureVersion | undefined;
  for (const version of counted) {
    if (version.receivedOn >= addDays(due, -EARLY_CONFIRMATION_DAYS)) {
      metBy = version;
      due = addMonths(version.receivedOn, spec.interval);
    }
  }
  const overdue = daysBetween(due, ctx.today);
  if (overdue > 0) {
    const last = metBy ?? counted[counted.length - 1];
    const since = last ? ` (the last was received on ${spelledDate(last.receivedOn)})` : '';
    return {
      ...common,
      due,
      status: 'overdue',
      summary: `${spec.what} was due by ${spelledDate(due)} and has not been received${since}: ${days(overdue)} overdue.`,
    };
  }
  if (metBy) {
    return {
      ...common,
      due,
      status: 'met',
      metByVersionId: metBy.id,
      summary: `${spec.what} received on ${spelledDate(metBy.receivedOn)}; the next is due by ${spelledDate(due)}.`,
    };
  }
  return {
    ...common,
    due,
    status: 'due',
    summary: `${spec.what} is due by ${spelledDate(due)} (${overdue === 0 ? 'today' : `${days(-overdue)} left`}).`,
  };
}

function obligationOf(ctx: Context): DisclosureObligation | undefined {
  const { instance, awardedOn } = ctx;
  const noAward = (n: number) => `Due ${days(n)} after award; record the contract's award date to know when.`;
  switch (instance.templateId) {
    case DISCLOSURE_TEMPLATES.tier1: {
      const n = positiveInteger(instance, 'days_to_disclose') ?? 30;
      return oneOff(ctx, {
        tier: 1,
        what: 'Tier 1 sites',
        requirement: `Tier 1 sites within ${days(n)} of award`,
        due: awardedOn && addDays(awardedOn, n),
        withoutDue: noAward(n),
      });
    }
    case DISCLOSURE_TEMPLATES.tier2: {
      const n = positiveInteger(instance, 'days_to_disclose_tier2') ?? 90;
      return oneOff(ctx, {
        tier: 2,
        what: 'Tier 2 component sites',
        requirement: `Tier 2 component sites within ${days(n)} of award`,
        due: awardedOn && addDays(awardedOn, n),
        withoutDue: noAward(n),
      });
    }
    case DISCLOSURE_TEMPLATES.withBid:
      // Stated with the bid, so it should be on file by the award.
      return oneOff(ctx, {
        tier: 1,
        what: 'Final assembly sites',
        requirement: 'Final assembly sites stated with the bid',
        due: awardedOn,
        withoutDue: "Due with the bid; record the contract's award date to check it against the sites on file.",
      });
    case DISCLOSURE_TEMPLATES.periodic: {
      const interval = positiveInteger(instance, 'update_interval_months') ?? 12;
      const first = dateParameter(instance, 'first_update_date');
      return recurring(ctx, {
        tier: 1,
        what: 'The confirmed site list',
        requirement: `Full site list confirmed every ${months(interval)}${first ? `, first by ${spelledDate(first)}` : ''}`,
        first,
        interval,
        counts: () => true,
      });
    }
    case DISCLOSURE_TEMPLATES.smelters: {
      const first = dateParameter(instance, 'first_report_date');
      const minerals = String(parameter(instance, 'minerals') ?? '').trim();
      return recurring(ctx, {
        tier: 2,
        what: 'The smelter and refiner report',
        requirement: `Smelters and refiners${minerals ? ` of ${minerals}` : ''} reported${first ? ` by ${spelledDate(first)}` : ''}, then every year`,
        first,
        interval: SMELTER_REPORT_INTERVAL_MONTHS,
        counts: (v) => hasTier(v, 2),
      });
    }
    default:
      return undefined;
  }
}

/**
 * The disclosure obligations of the contract with the tender's Q&A supplier `supplierId`, measured
 * on `today` (ISO date) against the versions received.
 */
export function disclosureObligations(
  tender: Pick<Tender, 'clauses' | 'qa'>,
  supplierId: string,
  received: ContractDisclosures | undefined,
  today: string,
): DisclosureObligation[] {
  if (!isCalendarDate(today)) throw new RangeError(`today must be a date written YYYY-MM-DD, got "${today}"`);
  const awardedOn = tender.qa.suppliers.find((s) => s.id === supplierId)?.awardedOn;
  const versions = [...(received?.versions ?? [])].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  const out: DisclosureObligation[] = [];
  for (const instance of orderedInstances(tender.clauses)) {
    const obligation = obligationOf({ instance, ...(awardedOn ? { awardedOn } : {}), versions, today });
    if (obligation) out.push(obligation);
  }
  return out;
}
