import { useRef } from 'react';
import { childrenOf } from '@shared/model/criteria';
import { setCriterionWeight } from '@shared/rules/weights';
import { currentLot, type LotChange } from './lotEdit';
import { useWeightDraft, type WeightDraft } from './useWeightDraft';

export interface CriterionWeight {
  draft: WeightDraft;
  /** On focus: remember the sub-criteria's weights to rescale from. */
  onFocus: () => void;
  /** On blur: show the stored weight again and forget the sub-criteria's weights. */
  onBlur: () => void;
}

/**
 * A criterion's weight field. The sub-criteria's weights are taken when the field gets focus: typing
 * a new weight rescales them from these, so intermediate keystrokes (1, 10, 10.5) do not wear their
 * proportions down.
 */
export function useCriterionWeight(lotId: string, id: string, isSub: boolean, weight: number, change: LotChange): CriterionWeight {
  const childSnapshot = useRef<Map<string, number>>(new Map());
  const draft = useWeightDraft(weight, (hundredths) =>
    change(`criterion:${id}:weight`, (l) => {
      const snapshot = childSnapshot.current;
      const base = snapshot.size
        ? l.criteria.map((c) => (snapshot.has(c.id) ? { ...c, weight: snapshot.get(c.id) ?? c.weight } : c))
        : l.criteria;
      return { ...l, criteria: setCriterionWeight(base, id, hundredths) };
    }),
  );
  return {
    draft,
    onFocus: () => {
      // From the store, not the list's props, which may be a keystroke behind.
      const criteria = currentLot(lotId)?.criteria ?? [];
      childSnapshot.current = new Map(isSub ? [] : childrenOf(criteria, id).map((k) => [k.id, k.weight]));
    },
    onBlur: () => {
      draft.onBlur();
      childSnapshot.current = new Map();
    },
  };
}
