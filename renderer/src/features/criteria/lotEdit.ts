import { useCallback } from 'react';
import { childrenOf, type CriteriaSettings, type Criterion } from '@shared/model/criteria';
import { sumWeights } from '@shared/rules/weights';
import type { Finding } from '@shared/rules/findings';
import type { Lot } from '@shared/model/tender';
import { languageOf, type Language } from '@shared/model/language';
import { useActions, useAppStore, type AppState } from '../../store';
import { NO_FINDINGS, lotFindingsByOwner } from './memo';

/** Changes one lot of the open tender; returning the same lot object changes nothing (no undo step). */
export type LotChange = (burstKey: string | null, change: (lot: Lot) => Lot) => void;

export function useLotChange(lotId: string): LotChange {
  const { changeContent } = useActions();
  return useCallback(
    (burstKey, change) =>
      changeContent(burstKey, (content) => {
        let changed = false;
        const lots = content.lots.map((lot) => {
          if (lot.id !== lotId) return lot;
          const next = change(lot);
          if (next !== lot) changed = true;
          return next;
        });
        return changed ? { ...content, lots } : content;
      }),
    [changeContent, lotId],
  );
}

/**
 * The lot as it is now in the store, for actions that need the whole lot when they run (remove, nest,
 * balance) without the component re-rendering on every change of it.
 */
export function currentLot(lotId: string): Lot | undefined {
  return useAppStore.getState().content?.lots.find((lot) => lot.id === lotId);
}

/** One lot of the open tender, straight from the store. */
/** The open tender's language, which new criteria's standard wording is written in (English while none is open). */
export const useTenderLanguage = (): Language => useAppStore((s) => (s.content ? languageOf(s.content) : 'en'));

export function useLot(lotId: string): Lot | undefined {
  return useAppStore((s) => s.content?.lots.find((lot) => lot.id === lotId));
}

/** One criterion of a lot, straight from the store (re-renders only when that criterion changes). */
export function useCriterion(lotId: string, criterionId: string): Criterion | undefined {
  return useAppStore((s) => s.content?.lots.find((lot) => lot.id === lotId)?.criteria.find((c) => c.id === criterionId));
}

const lotOf = (state: AppState, lotId: string) => state.content?.lots.find((lot) => lot.id === lotId);

/** A criterion's findings, straight from the store; the same array while they say the same (see lotFindingsByOwner). */
export function useCriterionFindings(lotId: string, criterionId: string, settings: CriteriaSettings): readonly Finding[] {
  return useAppStore((s) => {
    const lot = lotOf(s, lotId);
    return (lot && lotFindingsByOwner(lot, settings).get(criterionId)) || NO_FINDINGS;
  });
}

/** What a criterion's sub-criteria weigh together (0 without any). */
export function useSubCriteriaTotal(lotId: string, criterionId: string): number {
  return useAppStore((s) => sumWeights(childrenOf(lotOf(s, lotId)?.criteria ?? [], criterionId)));
}

/** A criterion's name, for labels that follow it (e.g. "Sub-criteria of …"). */
export function useCriterionName(lotId: string, criterionId: string): string {
  return useAppStore((s) => lotOf(s, lotId)?.criteria.find((c) => c.id === criterionId)?.name ?? '');
}

// ---- DOM ids of the fields, so a finding can say where it is and "Go to" can focus it ----

export { fieldId, lotFieldId } from '../../components/fieldIds';
export const messageId = (finding: Pick<Finding, 'id'>) => `m-${finding.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** Fields shown in a criterion's details panel (the rest are on its main row). */
export const DETAIL_FIELDS = new Set(['description', 'evidence', 'scoring', 'scoring.ceiling', 'scoring.descriptors']);

export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  element.focus();
  return true;
}

/** Tries a few frames in a row, for fields that appear only after a panel opens. */
export function focusFieldSoon(id: string, tries = 10): void {
  requestAnimationFrame(() => {
    if (!focusField(id) && tries > 1) focusFieldSoon(id, tries - 1);
  });
}
