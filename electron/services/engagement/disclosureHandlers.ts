import type { Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { WorkspaceStore } from '../workspace/store';

type Group = Pick<Handlers, 'disclosures.get' | 'disclosures.exportWorkbook' | 'disclosures.import' | 'disclosures.exportCsv'>;

const notYet = (): never => {
  throw new ApiError('internal', 'not built yet');
};

export function createDisclosureHandlers(_store: WorkspaceStore): Group {
  return {
    'disclosures.get': notYet,
    'disclosures.exportWorkbook': notYet,
    'disclosures.import': notYet,
    'disclosures.exportCsv': notYet,
  };
}
