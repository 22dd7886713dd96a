import { create } from 'zustand';

/*
 * Disclosure imports made in this window, counted per tender, so other parts of the supplier page
 * that count the disclosures received (the engagement documents) read them again.
 */
const useChanges = create<{ revisions: Record<string, number> }>(() => ({ revisions: {} }));

/** Changes whenever a disclosure of the tender is imported here. */
export const useDisclosureRevision = (tenderId: string): number => useChanges((s) => s.revisions[tenderId] ?? 0);

export function disclosuresChanged(tenderId: string): void {
  useChanges.setState((s) => ({ revisions: { ...s.revisions, [tenderId]: (s.revisions[tenderId] ?? 0) + 1 } }));
}
