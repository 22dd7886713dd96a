import type { Handlers } from '@shared/api/contract';
import type { WorkspaceStore } from '../workspace/store';
import { DisclosureService } from './disclosureService';

type Group = Pick<Handlers, 'disclosures.get' | 'disclosures.exportWorkbook' | 'disclosures.import' | 'disclosures.exportCsv'>;

export function createDisclosureHandlers(store: WorkspaceStore, now?: () => Date): Group {
  const service = new DisclosureService(store, now);
  return {
    'disclosures.get': ({ tenderId }) => service.get(tenderId),
    'disclosures.exportWorkbook': ({ tenderId, supplierId }) => service.exportWorkbook(tenderId, supplierId),
    'disclosures.import': (input) => service.import(input),
    'disclosures.exportCsv': ({ tenderId, supplierId, versionId }) => service.exportCsv(tenderId, supplierId, versionId),
  };
}
