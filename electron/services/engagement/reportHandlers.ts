import type { Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { WorkspaceStore } from '../workspace/store';

type Group = Pick<Handlers, 'engagement.exportReport' | 'engagement.exportLetter'>;

const notYet = (): never => {
  throw new ApiError('internal', 'not built yet');
};

export function createEngagementReportHandlers(_store: WorkspaceStore): Group {
  return {
    'engagement.exportReport': notYet,
    'engagement.exportLetter': notYet,
  };
}
