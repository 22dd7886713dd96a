/** notices.importTender: a new tender from an eForms contract notice the user chose. */
import type { Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { importContractNotice } from '@shared/notices/eformsImport';
import { contractNoticeProblem } from '@shared/notices/noticeKind';
import { TenderContentSchema } from '@shared/model/tender';
import type { WorkspaceStore } from '../workspace/store';
import { checkNoticeSize, decodedLength, readNoticeXml } from './noticeReader';
import { schemaProblems } from './noticeSchema';
import { t } from '@shared/i18n';

type NoticeImportHandlers = Pick<Handlers, 'notices.importTender'>;

export function createNoticeImportHandlers(store: WorkspaceStore): NoticeImportHandlers {
  return {
    'notices.importTender': async ({ fileName, base64 }) => {
      checkNoticeSize(decodedLength(base64));
      const bytes = Buffer.from(base64, 'base64');
      const root = readNoticeXml(bytes);
      const notEforms = contractNoticeProblem(root);
      if (notEforms) throw new ApiError('invalid_input', notEforms);
      const schema = await schemaProblems(bytes.toString('utf8'));
      if (schema) throw new ApiError('invalid_input', t('messages:errors.notices.invalidEforms', { fileName, problem: schema }));
      const result = importContractNotice(root);
      if (!result.ok) throw new ApiError('invalid_input', result.message);
      // The mapping builds content within the model's limits; checking it here keeps a slip from reaching the disk.
      const content = TenderContentSchema.parse(result.content);
      const tender = await store.createFromContent(content);
      return { tender, unmapped: result.unmapped };
    },
  };
}
