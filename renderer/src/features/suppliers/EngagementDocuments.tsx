import type { ContractTarget } from './DisclosureSection';

/** The review-meeting report and the letter of concern for one supplier of one tender. */
export function EngagementDocuments(_props: ContractTarget) {
  return null;
}
