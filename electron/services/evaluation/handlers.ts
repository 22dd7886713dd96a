/** The evaluation.* methods of the contract, backed by one EvaluationService per workspace. */
import type { Handlers } from '@shared/api/contract';
import type { evaluationMethods } from '@shared/api/methods/evaluation';
import type { WorkspaceStore } from '../workspace/store';
import { EvaluationService } from './service';

/** Every method of the contract's evaluation group: one added there without a handler here fails the typecheck. */
export type EvaluationHandlers = Pick<Handlers, keyof typeof evaluationMethods>;

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

const workbooks = (n: number) => `${n} workbook${n === 1 ? '' : 's'}`;

export function createEvaluationHandlers(store: WorkspaceStore): EvaluationHandlers {
  const service = evaluationServiceOf(store);
  // An export changes nothing in the workspace, so one that cannot leave its label (a read-only
  // folder) still hands over its files; an import writes anyway, so there a failure stops it.
  const labelExport = (tenderId: string, label: string) => store.snapshot(tenderId, label).catch(() => undefined);
  return {
    'evaluation.exportWorkbooks': async ({ tenderId, lotId, evaluatorIds, locale }) => {
      const files = await service.exportWorkbooks(tenderId, lotId, evaluatorIds, locale);
      await labelExport(tenderId, `Before export of ${files.length} evaluator ${files.length === 1 ? 'workbook' : 'workbooks'}`);
      return files;
    },
    'evaluation.exportLeadWorkbook': async ({ tenderId, lotId, locale }) => {
      const file = await service.exportLeadWorkbook(tenderId, lotId, locale);
      await labelExport(tenderId, 'Before export of the evaluation lead’s workbook');
      return file;
    },
    // Labelled once something was imported (a refused import changes nothing, not even a label): the
    // version before is the one the import's write came after, since every write adds one revision.
    'evaluation.importWorkbooks': async (input) => {
      const outcome = await service.importWorkbooks(input);
      const imported = outcome.files.filter((f) => f.status !== 'rejected').length;
      if (outcome.changed)
        await store.snapshot(input.tenderId, `Before import of ${workbooks(imported)}`, outcome.revision - 1).catch(() => undefined);
      return outcome;
    },
    'evaluation.moderate': (input) => service.moderate(input),
    'evaluation.records': ({ tenderId, lotId }) => service.records(tenderId, lotId),
    'evaluation.results': ({ tenderId, lotId }) => service.results(tenderId, lotId),
  };
}
