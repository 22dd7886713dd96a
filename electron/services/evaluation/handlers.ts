/** The evaluation.* methods of the contract, backed by one EvaluationService per workspace. */
import type { Handlers } from '@shared/api/contract';
import type { WorkspaceStore } from '../workspace/store';
import { EvaluationService } from './service';

type EvaluationMethod =
  | 'evaluation.exportWorkbooks'
  | 'evaluation.exportLeadWorkbook'
  | 'evaluation.importWorkbooks'
  | 'evaluation.moderate'
  | 'evaluation.records'
  | 'evaluation.results';

export type EvaluationHandlers = Pick<Handlers, EvaluationMethod>;

const services = new WeakMap<WorkspaceStore, EvaluationService>();

/** The service of a store (one per store, so tenders.save and the evaluation writes share one queue). */
export function evaluationServiceOf(store: WorkspaceStore): EvaluationService {
  let service = services.get(store);
  if (!service) {
    service = new EvaluationService(store);
    services.set(store, service);
  }
  return service;
}

export function createEvaluationHandlers(store: WorkspaceStore): EvaluationHandlers {
  const service = evaluationServiceOf(store);
  return {
    'evaluation.exportWorkbooks': ({ tenderId, lotId, evaluatorIds }) => service.exportWorkbooks(tenderId, lotId, evaluatorIds),
    'evaluation.exportLeadWorkbook': ({ tenderId, lotId }) => service.exportLeadWorkbook(tenderId, lotId),
    'evaluation.importWorkbooks': (input) => service.importWorkbooks(input),
    'evaluation.moderate': (input) => service.moderate(input),
    'evaluation.records': ({ tenderId, lotId }) => service.records(tenderId, lotId),
    'evaluation.results': ({ tenderId, lotId }) => service.results(tenderId, lotId),
  };
}
