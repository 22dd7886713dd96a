export interface ContractTarget {
  tenderId: string;
  /** The tender's Q&A supplier (role "contracted"). */
  supplierId: string;
  supplierName: string;
}

/** The factory disclosure register of one contract. */
export function DisclosureSection(_props: ContractTarget) {
  return null;
}
