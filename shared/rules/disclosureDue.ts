import type { ContractDisclosures } from '../model/disclosures';
import type { Tender } from '../model/tender';

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

/**
 * The disclosure obligations of the contract with the tender's Q&A supplier `supplierId`, measured
 * on `today` (ISO date) against the versions received.
 */
export function disclosureObligations(
  _tender: Pick<Tender, 'clauses' | 'qa'>,
  _supplierId: string,
  _received: ContractDisclosures | undefined,
  _today: string,
): DisclosureObligation[] {
  return [];
}
