/**
 * engagement.exportResponseForms and engagement.readResponseForms: response forms out to the
 * suppliers of a round, signed with the workspace's key, and their answers read back for the page
 * to file (the page files them in the tender's Q&A, as an undoable edit).
 */
import type { Handlers } from '@shared/api/contract';
import type { ExportedFile } from '@shared/api/methods/files';
import type { ResponseFormReading } from '@shared/api/methods/engagement';
import { ApiError } from '@shared/api/errors';
import { MAX_WORKBOOK_BYTES, workbookTooLargeMessage } from '@shared/model/evaluation';
import { registeredName } from '@shared/model/suppliers';
import type { Tender } from '@shared/model/tender';
import { findRound } from '@shared/rules/engagementRounds';
import { orderedQuestions } from '@shared/rules/qaAnswers';
import { DOCX_MIME, XLSX_MIME } from '../mime';
import { existingSigningKey, workspaceSigningKey } from '../evaluation/signingKey';
import { base64Size } from '../evaluation/service';
import { readableDate, safeFilePart } from '../evaluation/workbookFormat';
import { newExportNonce, signValues } from '../evaluation/workbookSignature';
import type { WorkspaceStore } from '../workspace/store';
import { RESPONSE_FORM_SCHEME, SIGNED_FORM_KEYS, type FormIdentity } from './responseFormLayout';
import type { FormWording } from './responseFormText';
import { t } from '@shared/i18n';

type Group = Pick<Handlers, 'engagement.exportResponseForms' | 'engagement.readResponseForms'>;

const workbookBuilder = () => import('./responseFormWorkbook');
const documentBuilder = () => import('./responseFormDocument');
const formReader = () => import('./readResponseForm');

function roundOf(tender: Tender, roundId: string) {
  const round = findRound(tender.qa, roundId);
  if (!round) throw new ApiError('not_found', t('messages:errors.engagement.noRound', { roundId, title: tender.title }));
  return round;
}

export function createResponseFormHandlers(store: WorkspaceStore, now: () => Date = () => new Date()): Group {
  return {
    'engagement.exportResponseForms': async ({ tenderId, roundId, supplierIds, format }) => {
      const tender = await store.getTender(tenderId);
      const round = roundOf(tender, roundId);
      for (const id of supplierIds ?? []) {
        if (!round.supplierIds.includes(id))
          throw new ApiError('not_found', t('messages:errors.engagement.supplierNotAsked', { id, round: round.name }));
      }
      const questions = orderedQuestions(tender.qa).filter((q) => round.questionIds.includes(q.questionId));
      if (questions.length === 0) throw new ApiError('conflict', t('messages:errors.engagement.roundNoQuestions', { round: round.name }));
      const suppliers = tender.qa.suppliers.filter((s) => round.supplierIds.includes(s.id) && (!supplierIds || supplierIds.includes(s.id)));
      if (suppliers.length === 0) throw new ApiError('conflict', t('messages:errors.engagement.roundNoSuppliers', { round: round.name }));
      const register = await store.engagement.supplierRegister();
      const exportedAt = now();
      const signingKey = format === 'xlsx' ? await workspaceSigningKey(store.layout.root) : undefined;
      const files: ExportedFile[] = [];
      for (const supplier of suppliers) {
        const supplierName = registeredName(register, supplier.registerId, supplier.name);
        const wording: FormWording = {
          buyer: tender.buyer,
          tenderTitle: tender.title,
          roundName: round.name,
          supplierName,
          opensOn: readableDate(`${round.opensOn}T12:00:00Z`),
          ...(round.answersDue ? { answersDue: readableDate(`${round.answersDue}T12:00:00Z`) } : {}),
        };
        const baseName = [tender.reference || tender.title, round.name, supplierName].map(safeFilePart).filter(Boolean).join(' - ');
        if (format === 'docx') {
          const { buildResponseQuestionnaire } = await documentBuilder();
          const bytes = await buildResponseQuestionnaire({ wording, tender, questions });
          files.push({ fileName: `${baseName} questionnaire.docx`, mimeType: DOCX_MIME, base64: bytes.toString('base64') });
          continue;
        }
        const identity: FormIdentity = {
          tenderId: tender.id,
          roundId: round.id,
          supplierId: supplier.id,
          questionIds: questions.map((q) => q.questionId).join(','),
          exportNonce: newExportNonce(),
          exportedAt: exportedAt.toISOString(),
          supplierName,
          roundName: round.name,
        };
        const signature = signValues(
          signingKey!,
          RESPONSE_FORM_SCHEME,
          SIGNED_FORM_KEYS.map((key) => identity[key]),
        );
        const { buildResponseFormWorkbook } = await workbookBuilder();
        const bytes = await buildResponseFormWorkbook({ wording, tenderTitle: tender.title, questions, identity, signature });
        files.push({ fileName: `${baseName} response form.xlsx`, mimeType: XLSX_MIME, base64: bytes.toString('base64') });
      }
      return files;
    },

    'engagement.readResponseForms': async ({ tenderId, files, roundId, supplierId }) => {
      const tender = await store.getTender(tenderId);
      // Read, never made, here: a workspace that never exported a form has signed none.
      const signingKey = await existingSigningKey(store.layout.root);
      const today = now().toISOString().slice(0, 10);
      const { readResponseForm } = await formReader();
      const results: ResponseFormReading[] = [];
      const seen = new Map<string, string>();
      for (const file of files) {
        const size = base64Size(file.base64);
        if (size > MAX_WORKBOOK_BYTES) {
          results.push({
            fileName: file.fileName,
            status: 'rejected',
            problems: [{ message: workbookTooLargeMessage(size) }],
            warnings: [],
            answers: [],
            summary: 'Not read: the file is too large.',
          });
          continue;
        }
        const reading = await readResponseForm(Buffer.from(file.base64, 'base64'), {
          tender,
          ...(signingKey ? { signingKey } : {}),
          ...(roundId ? { roundId } : {}),
          ...(supplierId ? { supplierId } : {}),
          today,
        });
        const key = reading.status === 'ready' ? `${reading.supplierId}/${reading.roundId}` : undefined;
        if (key && seen.has(key)) {
          reading.status = 'rejected';
          reading.problems = [
            {
              message: `This is a second form from the same supplier for the same round as “${seen.get(key)}” in this import; import one of them.`,
            },
          ];
          reading.answers = [];
        } else if (key) seen.set(key, file.fileName);
        const count = reading.problems.length;
        results.push({
          fileName: file.fileName,
          ...reading,
          summary:
            reading.status === 'ready'
              ? `${reading.answers.length} answer${reading.answers.length === 1 ? '' : 's'} read, ready to file.`
              : `Not read: ${count} problem${count === 1 ? '' : 's'} found; nothing from this file is used.`,
        });
      }
      return results;
    },
  };
}
