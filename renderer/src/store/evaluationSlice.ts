/**
 * The evaluation records of the lots on screen: imports, moderations and the audit trail, as stored.
 *
 * Only the evaluation service writes them (evaluation.importWorkbooks, evaluation.moderate), and
 * tenders.save keeps what is on disk, so the copy inside the editable content may be stale: the
 * screens read the records from here (loaded with evaluation.records, replaced by what every write
 * returns) and the setup (bidders, evaluators, prices) from the content, which undo/redo covers.
 */
import type { LotEvaluationRecords } from '@shared/model/evaluation';
import { call } from '../api';
import { messageOf } from '../lib/errors';
import type { LoadStatus, SliceCreator } from './types';

export interface LotRecordsState {
  status: LoadStatus;
  records: LotEvaluationRecords | null;
  error: string | null;
}

export interface EvaluationSlice {
  /** By `${tenderId}/${lotId}`. */
  evaluationRecords: Record<string, LotRecordsState>;
  /** Loads (or reloads) a lot's records from the stored tender. */
  loadEvaluationRecords: (tenderId: string, lotId: string) => Promise<void>;
  /** Puts the records an evaluation.* write returned into the store. */
  applyEvaluationRecords: (tenderId: string, lotId: string, records: LotEvaluationRecords) => void;
}

export const recordsKey = (tenderId: string, lotId: string) => `${tenderId}/${lotId}`;

export const createEvaluationSlice: SliceCreator<EvaluationSlice> = (set, get) => {
  const put = (key: string, state: LotRecordsState) => set({ evaluationRecords: { ...get().evaluationRecords, [key]: state } });
  return {
    evaluationRecords: {},

    loadEvaluationRecords: async (tenderId, lotId) => {
      const key = recordsKey(tenderId, lotId);
      const previous = get().evaluationRecords[key];
      put(key, { status: previous?.records ? 'ready' : 'loading', records: previous?.records ?? null, error: null });
      try {
        const { records } = await call('evaluation.records', { tenderId, lotId });
        put(key, { status: 'ready', records, error: null });
      } catch (error) {
        put(key, { status: 'error', records: get().evaluationRecords[key]?.records ?? null, error: messageOf(error) });
      }
    },

    applyEvaluationRecords: (tenderId, lotId, records) => put(recordsKey(tenderId, lotId), { status: 'ready', records, error: null }),
  };
};
