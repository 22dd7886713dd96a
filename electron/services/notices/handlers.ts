/**
 * notices.* methods: the eForms lots fragment, the whole eForms contract notice and the OCDS release
 * of a tender, built from the saved tender and validated before anything leaves. notices.export
 * refuses with every problem (ApiError "conflict", one issue per problem naming its rule) and
 * otherwise returns the file for files.save, as the Word exports do.
 */
import type { Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import type { WorkspaceStore } from '../workspace/store';
import { t } from '@shared/i18n';

type NoticeHandlers = Pick<Handlers, 'notices.preview' | 'notices.export'>;

// The validators (xmllint's WebAssembly, fontoxpath, ajv) load on the first notice, not at start-up.
const exporter = () => import('./noticeExport');

export function createNoticeHandlers(store: WorkspaceStore): NoticeHandlers {
  const build = async (input: Parameters<NoticeHandlers['notices.preview']>[0]) => {
    const [{ buildNotice }, tender, settings] = await Promise.all([exporter(), store.getTender(input.tenderId), store.settings()]);
    return buildNotice(tender, settings, input);
  };
  return {
    'notices.preview': async (input) => (await build(input)).preview,
    'notices.export': async (input) => {
      const { preview, text, mimeType } = await build(input);
      if (!preview.ready || text === undefined) {
        throw new ApiError(
          'conflict',
          t('messages:errors.notices.exportRefused', {
            count: preview.problems.length,
            problems: preview.problems.map((p) => p.message).join(' '),
          }),
          preview.problems.map((p) => ({ path: p.rule, message: p.message })),
        );
      }
      await store
        .snapshot(input.tenderId, `Before export of the ${input.format === 'ocds' ? 'OCDS release' : 'eForms notice'}`)
        .catch(() => undefined);
      return { fileName: preview.fileName, mimeType, base64: Buffer.from(text, 'utf8').toString('base64') };
    },
  };
}
