import { useCallback, useEffect, useMemo } from 'react';
import { evaluationOf, recordsOf, type LotEvaluation } from '@shared/model/evaluation';
import type { Lot } from '@shared/model/tender';
import { evaluateLot, type LotResults } from '@shared/rules/evaluation';
import { useActions, useAppStore } from '../../store';
import { recordsKey } from '../../store/evaluationSlice';

/** What each tab of a lot's evaluation is drawn from. */
export interface LotPanelProps {
  tenderId: string;
  lot: Lot;
  evaluation: LotEvaluation;
  results: LotResults;
}

/**
 * One lot as the evaluation screens see it: the setup from the editable content (so edits show at
 * once and undo covers them) joined with the records as stored, and the results recomputed from both
 * with shared/rules.
 */
export function useLotEvaluation(tenderId: string, lot: Lot) {
  const state = useAppStore((s) => s.evaluationRecords[recordsKey(tenderId, lot.id)]);
  const load = useAppStore((s) => s.loadEvaluationRecords);
  useEffect(() => {
    void load(tenderId, lot.id);
  }, [tenderId, lot.id, load]);

  const setup = lot.evaluation;
  const stored = state?.records;
  const evaluation: LotEvaluation = useMemo(() => {
    const base = evaluationOf({ evaluation: setup });
    return { ...base, ...(stored ?? recordsOf(base)) };
  }, [setup, stored]);
  const merged: Lot = useMemo(() => ({ ...lot, evaluation }), [lot, evaluation]);
  const results = useMemo(() => evaluateLot(merged), [merged]);
  return { lot: merged, evaluation, results, recordsStatus: state?.status ?? 'loading', recordsError: state?.error ?? null };
}

/** Changes a lot's evaluation setup through the editable content (an undoable, autosaved edit). */
export function useSetupEditor(lotId: string) {
  const { changeContent } = useActions();
  return useCallback(
    (burstKey: string | null, change: (evaluation: LotEvaluation) => LotEvaluation) =>
      changeContent(burstKey, (content) => {
        let changed = false;
        const lots = content.lots.map((lot) => {
          if (lot.id !== lotId) return lot;
          const before = evaluationOf(lot);
          const after = change(before);
          if (after === before) return lot;
          changed = true;
          return { ...lot, evaluation: after };
        });
        return changed ? { ...content, lots } : content;
      }),
    [changeContent, lotId],
  );
}

export function personName(person: { name: string; initials?: string }, fallback: string): string {
  return person.name.trim() || person.initials?.trim() || fallback;
}
