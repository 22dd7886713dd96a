import type { Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { WorkspaceStore } from '../workspace/store';

type Group = Pick<Handlers, 'engagement.exportResponseForms' | 'engagement.readResponseForms'>;

const notYet = (): never => {
  throw new ApiError('internal', 'not built yet');
};

export function createResponseFormHandlers(_store: WorkspaceStore): Group {
  return {
    'engagement.exportResponseForms': notYet,
    'engagement.readResponseForms': notYet,
  };
}
