import { useEffect, useState } from 'react';
import type { ContractDisclosures } from '@shared/model/disclosures';
import type { Tender, TenderContent } from '@shared/model/tender';
import { call } from '../../api';
import { messageOf } from '../../lib/errors';
import { useAppStore } from '../../store';

type TenderParts = Pick<TenderContent, 'clauses' | 'qa' | 'title' | 'buyer'>;

interface Loaded {
  key: string;
  contract: ContractDisclosures | null;
  stored: Tender | null;
  error: string | null;
}

/**
 * The tender's clauses and suppliers (the open tender's live content, or the stored one when the page
 * shows another tender) and the contract's disclosures as stored, with a way to reload them.
 */
export function useDisclosures(tenderId: string, supplierId: string) {
  const openId = useAppStore((s) => s.openTenderId);
  const content = useAppStore((s) => s.content);
  const live = openId === tenderId ? content : null;
  // Only whether the stored tender is needed: edits to the open one must not reload the disclosures.
  const needsStored = !live;
  const [attempt, setAttempt] = useState(0);
  const key = `${tenderId}/${supplierId}/${needsStored}/${attempt}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', contract: null, stored: null, error: null });

  useEffect(() => {
    let current = true;
    const load = async (): Promise<Omit<Loaded, 'key'>> => {
      const disclosures = await call('disclosures.get', { tenderId });
      const contract = disclosures.contracts.find((c) => c.supplierId === supplierId) ?? { supplierId, versions: [] };
      const stored = needsStored ? await call('tenders.get', { id: tenderId }) : null;
      return { contract, stored, error: null };
    };
    load().then(
      (next) => current && setLoaded({ key, ...next }),
      (e: unknown) => current && setLoaded((was) => ({ ...was, key, error: messageOf(e) })),
    );
    return () => {
      current = false;
    };
  }, [key, tenderId, supplierId, needsStored]);

  const setContract = (contract: ContractDisclosures) => setLoaded((was) => ({ ...was, contract }));
  const tender: TenderParts | null = live ?? loaded.stored;
  return {
    tender,
    contract: loaded.contract,
    setContract,
    error: loaded.error,
    reload: () => setAttempt((n) => n + 1),
    isOpenTender: Boolean(live),
  };
}
