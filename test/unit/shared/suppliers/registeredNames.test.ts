import { describe, expect, it } from 'vitest';
import type { SupplierRegister } from '@shared/model/suppliers';
import { newTenderContent } from '@shared/model/tender';
import { pointsAtRegister, withRegisteredNames } from '@shared/rules/registeredNames';

const register: Pick<SupplierRegister, 'suppliers'> = {
  suppliers: [
    { id: 'sup-a', name: 'Acme Group', identifiers: [], contacts: [], formerNames: ['Acme Ltd'] },
    { id: 'sup-dup', name: 'ACME Limited', identifiers: [], contacts: [], mergedInto: 'sup-a' },
  ],
};

function tender() {
  const content = newTenderContent({ title: 'T', reference: 'R', buyer: 'B', lots: ['Lot'] });
  const lot = content.lots[0]!;
  return {
    ...content,
    qa: {
      ...content.qa,
      suppliers: [
        { id: 'qs-1', name: 'Acme Ltd', role: 'contracted' as const, registerId: 'sup-a' },
        { id: 'qs-2', name: 'Typed only', role: 'bidder' as const },
      ],
    },
    lots: [
      {
        ...lot,
        evaluation: {
          ...lot.evaluation!,
          bidders: [
            { id: 'b-1', name: 'ACME Limited', reference: '1', registerId: 'sup-dup' },
            { id: 'b-2', name: 'Gone', reference: '2', registerId: 'sup-missing' },
          ],
        },
      },
    ],
  };
}

describe('registered names', () => {
  it('takes registered Q&A suppliers’ and bidders’ names from the register, after merges', () => {
    const named = withRegisteredNames(tender(), register);
    expect(named.qa.suppliers.map((s) => s.name)).toEqual(['Acme Group', 'Typed only']);
    expect(named.lots[0]!.evaluation!.bidders.map((b) => b.name)).toEqual(['Acme Group', 'Gone']);
  });

  it('returns the same object when nothing points at the register or every name already matches', () => {
    const plain = newTenderContent({ title: 'T', reference: 'R', buyer: 'B', lots: ['Lot'] });
    expect(pointsAtRegister(plain)).toBe(false);
    expect(withRegisteredNames(plain, register)).toBe(plain);
    const named = withRegisteredNames(tender(), register);
    expect(withRegisteredNames(named, register)).toBe(named);
  });
});
