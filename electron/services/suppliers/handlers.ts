import type { Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { WorkspaceStore } from '../workspace/store';

type Group = Pick<Handlers, 'suppliers.get' | 'suppliers.save' | 'suppliers.merge' | 'suppliers.participation'>;

const notYet = (): never => {
  throw new ApiError('internal', 'not built yet');
};

export function createSupplierHandlers(_store: WorkspaceStore): Group {
  return {
    'suppliers.get': notYet,
    'suppliers.save': notYet,
    'suppliers.merge': notYet,
    'suppliers.participation': notYet,
  };
}
