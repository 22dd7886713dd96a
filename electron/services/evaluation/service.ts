/**
 * The evaluation service: exports, imports, moderations and results for one lot at a time.
 *
 * Writes (imports, moderations) read the stored tender, change only the lot's evaluation records and
 * save it through the WorkspaceStore (durable, backed up, revision + 1). They run one at a time per
 * tender in this service's queue, and so does tenders.save (saveTenderKeepingRecords), which keeps the
 * records on disk for every lot it already knows: the renderer's copy of the content may be stale or
 * undone, and must never rewrite or erase an import, a moderation or the audit trail.
 */
import type { ExportedFile } from '@shared/api/contract';
import type { ImportOutcome, EvaluationRecordsOutcome, WorkbookImportResult } from '@shared/api/methods/evaluation';
import { ApiError } from '@shared/api/errors';
import { newId } from '@shared/model/common';
import {
  MAX_WORKBOOK_BYTES,
  currentImports,
  evaluationOf,
  recordsOf,
  workbookTooLargeMessage,
  type AuditEntry,
  type EvaluatorImport,
  type LotEvaluation,
} from '@shared/model/evaluation';
import { contentRevisionOf, type Lot, type Tender, type TenderContent } from '@shared/model/tender';
import { evaluateLot, type LotResults } from '@shared/rules/evaluation';
import { checkEvaluation } from '@shared/rules/evaluationChecks';
import { exportBlockers } from '@shared/rules/findings';
import { keepStoredRecords, sameImports, withEvaluation } from '@shared/rules/lotRecords';
import { KeyedQueue } from '../workspace/keyed-queue';
import { XLSX_MIME } from '../mime';
import type { WorkspaceStore } from '../workspace/store';
import { existingSigningKey, workspaceSigningKey } from './signingKey';
import { signExport } from './workbookSignature';
import { workbookReaders } from './workbookReaderPool';
import { withModeration, type ModerateRequest } from './moderation';
import { currencyOf } from '@shared/model/currency';
import { knownLocale, readableDateTime } from './workbookFormat';
import { t } from '@shared/i18n';
import { voiceOf } from '@shared/documents/voice';

// exceljs loads on the first workbook export or import, not at start-up.
const evaluatorWorkbooks = () => import('./evaluatorWorkbook');
const leadWorkbooks = () => import('./leadWorkbook');

export interface WorkbookUpload {
  fileName: string;
  base64: string;
}

export interface ImportRequest {
  tenderId: string;
  lotId: string;
  files: WorkbookUpload[];
  replaceEvaluatorIds?: string[];
  by: string;
}

/** Bytes a base64 text decodes to, without decoding it. */
export function base64Size(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** How often an import is checked again when colleagues keep changing the tender meanwhile. */
const IMPORT_ATTEMPTS = 5;
/** Thrown inside the store's lock to write nothing when the tender changed since the workbooks were checked. */
const CHANGED_MEANWHILE = new Error('the tender changed while its workbooks were being checked');

function lotOf(tender: Readonly<Tender>, lotId: string): Lot {
  const lot = tender.lots.find((l) => l.id === lotId);
  if (!lot) throw new ApiError('not_found', t('messages:errors.evaluation.noLot', { lotId, title: tender.title }));
  return lot;
}

const nameOf = (e: { name: string; initials: string }) => e.name.trim() || e.initials.trim() || 'an unnamed evaluator';

export class EvaluationService {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly store: WorkspaceStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ---- tenders.save ----------------------------------------------------------------------------

  saveTenderKeepingRecords(id: string, content: TenderContent, baseRevision?: number): Promise<Tender> {
    // The merge runs inside the store's lock on the tender as on disk: no extra read or copy of it.
    return this.queue.run(id, () => this.store.saveTender(id, content, { merge: keepStoredRecords, contentValidated: true, baseRevision }));
  }

  /**
   * backups.restore: the backup's content comes back, but the evaluation records on disk stay (a
   * restore must not erase an import, a moderation or the audit trail made since that backup).
   */
  restoreBackupKeepingRecords(tenderId: string, backupId: string): Promise<Tender> {
    return this.queue.run(tenderId, () => this.store.restoreBackup(tenderId, backupId, keepStoredRecords));
  }

  // ---- exports ---------------------------------------------------------------------------------

  private async loadForExport(tenderId: string, lotId: string, kind: 'evaluator' | 'lead') {
    const tender = await this.store.getTender(tenderId);
    const lot = lotOf(tender, lotId);
    const settings = await this.store.settings();
    const { blocking, summary } = exportBlockers(checkEvaluation(lot, kind, settings.criteria));
    if (blocking.length > 0) throw new ApiError('conflict', summary);
    return { tender, lot, currency: currencyOf(tender, settings) };
  }

  /** `locale`: the user's, for the dates the workbooks show (a tag this runtime does not know falls back to British English). */
  async exportWorkbooks(tenderId: string, lotId: string, evaluatorIds?: string[], locale?: string): Promise<ExportedFile[]> {
    const { tender, lot, currency } = await this.loadForExport(tenderId, lotId, 'evaluator');
    const panel = evaluationOf(lot).evaluators;
    for (const id of evaluatorIds ?? []) {
      if (!panel.some((e) => e.id === id))
        throw new ApiError('not_found', t('messages:errors.evaluation.noEvaluator', { id, lot: lot.title }));
    }
    const chosen = evaluatorIds ? panel.filter((e) => evaluatorIds.includes(e.id)) : panel;
    const exportedAt = this.now();
    const files: ExportedFile[] = [];
    const { buildEvaluatorWorkbook, evaluatorFileName, lotWorkbookParts } = await evaluatorWorkbooks();
    const parts = lotWorkbookParts(lot, voiceOf(tender));
    const signingKey = await workspaceSigningKey(this.store.layout.root);
    for (const evaluator of chosen) {
      const signature = signExport(signingKey, { tender, lot, evaluator, setupChecksum: parts.checksum, exportedAt });
      const bytes = await buildEvaluatorWorkbook(
        { tender, lot, evaluator, exportedAt, signature, locale: knownLocale(locale), currency },
        parts,
      );
      files.push({ fileName: evaluatorFileName(tender, lot, evaluator), mimeType: XLSX_MIME, base64: bytes.toString('base64') });
    }
    return files;
  }

  async exportLeadWorkbook(tenderId: string, lotId: string, locale?: string): Promise<ExportedFile> {
    const { tender, lot, currency } = await this.loadForExport(tenderId, lotId, 'lead');
    const { buildLeadWorkbook, leadFileName } = await leadWorkbooks();
    const bytes = await buildLeadWorkbook({ tender, lot, exportedAt: this.now(), locale: knownLocale(locale), currency });
    return { fileName: leadFileName(tender, lot), mimeType: XLSX_MIME, base64: bytes.toString('base64') };
  }

  // ---- reads -----------------------------------------------------------------------------------

  async records(tenderId: string, lotId: string): Promise<EvaluationRecordsOutcome> {
    const tender = await this.store.getTender(tenderId);
    return { records: recordsOf(evaluationOf(lotOf(tender, lotId))), revision: tender.revision };
  }

  async results(tenderId: string, lotId: string): Promise<LotResults> {
    const tender = await this.store.getTender(tenderId);
    return evaluateLot(lotOf(tender, lotId));
  }

  // ---- imports ---------------------------------------------------------------------------------

  importWorkbooks(request: ImportRequest): Promise<ImportOutcome> {
    return this.queue.run(request.tenderId, async () => {
      // Workbooks are read and checked without holding the tender's lock (that takes seconds); the
      // records are then added under the lock, provided the tender is still what they were checked
      // against. If a colleague changed it meanwhile, they are checked again against the new version.
      for (let attempt = 1; ; attempt += 1) {
        const outcome = await this.importLocked(request, attempt === IMPORT_ATTEMPTS);
        if (outcome !== 'changed-meanwhile') return outcome;
      }
    });
  }

  private async importLocked(request: ImportRequest, lastAttempt: boolean): Promise<ImportOutcome | 'changed-meanwhile'> {
    const tender = await this.store.getTender(request.tenderId);
    const lot = lotOf(tender, request.lotId);
    const evaluation = evaluationOf(lot);
    const existing = currentImports(evaluation);
    const replace = new Set(request.replaceEvaluatorIds ?? []);
    const results: WorkbookImportResult[] = [];
    const accepted: { index: number; entry: EvaluatorImport; replaces?: EvaluatorImport }[] = [];
    // Read, never made, here: a workspace that never exported a workbook has signed none.
    const signingKey = await existingSigningKey(this.store.layout.root);
    // Read and checked in worker threads, all at once: the main process stays free for other calls.
    const readings = await workbookReaders.readAll(
      request.files.map((file) => (base64Size(file.base64) > MAX_WORKBOOK_BYTES ? undefined : file.base64)),
      { tender, lot, signingKey },
    );

    for (const [index, file] of request.files.entries()) {
      const size = base64Size(file.base64);
      if (size > MAX_WORKBOOK_BYTES) {
        results.push({
          fileName: file.fileName,
          status: 'rejected',
          problems: [{ message: workbookTooLargeMessage(size) }],
          warnings: [],
          summary: 'Not imported: the file is too large.',
        });
        continue;
      }
      const { reading, workbookSha256: sha } = readings[index]!;
      const who = reading.evaluator ? { evaluatorId: reading.evaluator.id, evaluatorName: nameOf(reading.evaluator) } : {};
      if (!reading.ok) {
        const count = reading.problems.length;
        results.push({
          fileName: file.fileName,
          status: 'rejected',
          ...who,
          problems: reading.problems,
          warnings: reading.warnings,
          summary: `Not imported: ${count} problem${count === 1 ? '' : 's'} found; nothing from this file was used.`,
        });
        continue;
      }
      const evaluator = reading.evaluator;
      const twin = accepted.find((a) => a.entry.evaluatorId === evaluator.id);
      if (twin) {
        const other = request.files[twin.index]!.fileName;
        results.push({
          fileName: file.fileName,
          status: 'rejected',
          ...who,
          problems: [
            {
              message: `This selection holds two workbooks from ${nameOf(evaluator)} (this one and “${other}”). Import only the one to keep.`,
            },
          ],
          warnings: reading.warnings,
          summary: 'Not imported: two workbooks from the same evaluator.',
        });
        continue;
      }
      const previous = existing.get(evaluator.id);
      const existingInfo = previous
        ? { existing: { fileName: previous.fileName, importedAt: previous.importedAt, importedBy: previous.importedBy } }
        : {};
      if (previous && !replace.has(evaluator.id)) {
        results.push({
          fileName: file.fileName,
          status: 'needs-confirmation',
          ...who,
          ...existingInfo,
          problems: [],
          warnings: reading.warnings,
          summary: `${nameOf(evaluator)}’s scores were already imported from “${previous.fileName}”. Confirm to replace them (the earlier import is kept in the audit trail).`,
        });
        continue;
      }
      const entry: EvaluatorImport = {
        id: newId('imp'),
        evaluatorId: evaluator.id,
        fileName: file.fileName,
        importedAt: '',
        importedBy: request.by,
        workbookSha256: sha,
        tenderRevision: reading.tenderRevision,
        setupChecksum: reading.setupChecksum,
        exportNonce: reading.issuedExport.nonce,
        exportedAt: reading.issuedExport.exportedAt,
        scores: reading.scores,
        verdicts: reading.verdicts,
      };
      accepted.push({ index, entry, ...(previous ? { replaces: previous } : {}) });
      const counts = `${reading.scores.length} score${reading.scores.length === 1 ? '' : 's'}${reading.verdicts.length ? ` and ${reading.verdicts.length} pass/fail verdict${reading.verdicts.length === 1 ? '' : 's'}` : ''}`;
      results.push({
        fileName: file.fileName,
        status: previous ? 'replaced' : 'imported',
        ...who,
        ...existingInfo,
        problems: [],
        warnings: reading.warnings,
        summary: previous
          ? `Replaced ${nameOf(evaluator)}’s earlier import with ${counts}.`
          : `Imported ${counts} from ${nameOf(evaluator)}.`,
      });
    }

    if (accepted.length === 0) {
      return { files: results, changed: false, records: recordsOf(evaluation), revision: tender.revision };
    }
    let saved: Tender;
    try {
      saved = await this.store.updateRecords(tender.id, (stored) => {
        const storedLot = stored.lots.find((l) => l.id === lot.id);
        if (contentRevisionOf(stored) !== contentRevisionOf(tender) || !storedLot || !sameImports(evaluationOf(storedLot), evaluation)) {
          if (lastAttempt) throw new ApiError('conflict', t('messages:errors.evaluation.lotKeptChanging', { lot: lot.title }));
          throw CHANGED_MEANWHILE;
        }
        return withEvaluation(stored, lot.id, this.withImports(evaluationOf(storedLot), accepted, request.by));
      });
    } catch (error) {
      if (error === CHANGED_MEANWHILE) return 'changed-meanwhile';
      throw error;
    }
    return { files: results, changed: true, records: recordsOf(evaluationOf(lotOf(saved, lot.id))), revision: saved.revision };
  }

  /** `evaluation` with the accepted imports added, the ones they replace marked, and their audit entries. */
  private withImports(
    evaluation: LotEvaluation,
    accepted: { entry: EvaluatorImport; replaces?: EvaluatorImport }[],
    by: string,
  ): LotEvaluation {
    const at = this.now().toISOString();
    const imports = evaluation.imports.map((entry) => {
      const replacing = accepted.find((a) => a.replaces?.id === entry.id);
      return replacing ? { ...entry, supersededAt: at, supersededBy: replacing.entry.id } : entry;
    });
    const audit: AuditEntry[] = [...evaluation.audit];
    for (const { entry, replaces } of accepted) {
      entry.importedAt = at;
      imports.push(entry);
      const evaluator = evaluation.evaluators.find((e) => e.id === entry.evaluatorId)!;
      audit.push({
        id: newId('aud'),
        at,
        by,
        action: replaces ? 'replace' : 'import',
        evaluatorId: entry.evaluatorId,
        importId: entry.id,
        fileName: entry.fileName,
        workbookSha256: entry.workbookSha256,
        ...(entry.exportNonce ? { exportNonce: entry.exportNonce, exportedAt: entry.exportedAt } : {}),
        summary: replaces
          ? `Replaced ${nameOf(evaluator)}’s scores (from “${replaces.fileName}”, imported ${replaces.importedAt}) with “${entry.fileName}”: ${entry.scores.length} scores, ${entry.verdicts.length} pass/fail verdicts.`
          : `Imported ${nameOf(evaluator)}’s workbook “${entry.fileName}”: ${entry.scores.length} scores, ${entry.verdicts.length} pass/fail verdicts (exported from revision ${entry.tenderRevision}${entry.exportedAt ? ` on ${readableDateTime(entry.exportedAt)}, export ${entry.exportNonce}` : ''}).`,
      });
    }
    return { ...evaluation, imports, audit };
  }

  // ---- moderation ------------------------------------------------------------------------------

  moderate(request: ModerateRequest): Promise<EvaluationRecordsOutcome> {
    return this.queue.run(request.tenderId, () => this.moderateLocked(request));
  }

  private async moderateLocked(request: ModerateRequest): Promise<EvaluationRecordsOutcome> {
    // Worked out from the tender as on disk inside its lock, so a colleague's moderation or import
    // written a moment ago is kept and counted.
    const saved = await this.store.updateRecords(request.tenderId, (stored) =>
      withEvaluation(stored, request.lotId, this.moderated(stored, request)),
    );
    return { records: recordsOf(evaluationOf(lotOf(saved, request.lotId))), revision: saved.revision };
  }

  private moderated(tender: Readonly<Tender>, request: ModerateRequest): LotEvaluation {
    return withModeration(lotOf(tender, request.lotId), request, this.now().toISOString());
  }
}
