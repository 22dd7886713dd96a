/**
 * export.* methods: what a tender's exports will contain, and the Word files themselves. Exports read
 * the saved tender and the organisation's settings from the workspace, refuse while blocking findings
 * remain (ApiError "conflict" with one issue per finding), and return the bytes for files.save.
 */
import type { ExportFinding, ExportPreview, Handlers } from '@shared/api/contract';
import type { exportMethods } from '@shared/api/methods/export';
import type { ExportedFile } from '@shared/api/methods/files';
import { ApiError } from '@shared/api/errors';
import type { ClauseTemplate } from '@shared/model/clauses';
import type { Tender } from '@shared/model/tender';
import { combineLibraries, findClause, getVersion } from '@shared/clauses/library';
import { renderClauses } from '@shared/clauses/instances';
import { locateFinding } from '@shared/rules/findingPlace';
import { exportBlockers } from '@shared/rules/findings';
import { checkTender, type TenderFinding } from '@shared/rules/tenderChecks';
import { exportFileName, withTenderParties } from '@shared/rules/exportText';
import { builtinLibrariesIn } from '../library/builtins';
import { languageOf } from '@shared/model/language';
import { currencyOf } from '@shared/model/currency';
import { voiceOf } from '@shared/documents/voice';
import { DOCX_MIME } from '../mime';
import type { WorkspaceStore } from '../workspace/store';
import { t } from '@shared/i18n';

// docx and fflate load on the first export, not at start-up: every app, host and test start pays otherwise.
const wordBuilders = async () => {
  const [{ buildClausesDocument }, { packDocx }, { buildTenderPack }] = await Promise.all([
    import('./clausesDocument'),
    import('./package'),
    import('./tenderPack'),
  ]);
  return { buildClausesDocument, packDocx, buildTenderPack };
};

/** Every method of the contract's export group: one added there without a handler here fails the typecheck. */
type ExportHandlers = Pick<Handlers, keyof typeof exportMethods>;

function describe(tender: Tender, finding: TenderFinding): ExportFinding {
  return { ...finding, where: locateFinding(tender, finding).where, screen: finding.area === 'clauses' ? 'clauses' : 'criteria' };
}

/** Refuses an export while errors remain, listing every one. */
function refuseWhileBlocked(tender: Tender, findings: readonly TenderFinding[]): void {
  const { blocking, summary } = exportBlockers(findings);
  if (blocking.length === 0) return;
  throw new ApiError(
    'conflict',
    summary,
    blocking.map((f) => {
      const { where, path } = locateFinding(tender, f);
      return { path, message: t('messages:errors.export.findingAt', { where, message: f.message }) };
    }),
  );
}

async function exported(fileName: string, bytes: Promise<Buffer>): Promise<ExportedFile> {
  return { fileName, mimeType: DOCX_MIME, base64: (await bytes).toString('base64') };
}

/** The template version each clause of the tender was built from, where the library still has it. */
async function templatesOf(tender: Tender, store: WorkspaceStore): Promise<Map<string, ClauseTemplate>> {
  // Built-in guidance in the tender's language, as its clauses were added.
  const library = combineLibraries(builtinLibrariesIn(languageOf(tender)).clauses, (await store.library()).clauses);
  const map = new Map<string, ClauseTemplate>();
  for (const instance of tender.clauses) {
    const entry = findClause(library, instance.templateId);
    const template = entry && getVersion(entry, instance.templateVersion);
    if (template) map.set(instance.id, template);
  }
  return map;
}

export function createExportHandlers(store: WorkspaceStore): ExportHandlers {
  const load = async (tenderId: string) => {
    const tender = await store.getTender(tenderId);
    const all = await store.settings();
    const settings = all.criteria;
    // Documents speak the tender's language and locale, whatever the screens show.
    const voice = voiceOf(tender, currencyOf(tender, all));
    return { tender, settings, voice, findings: checkTender(tender, settings) };
  };
  // Marks the saved version the file is made from in the history. An export writes nothing else, so
  // one that cannot leave its label (a read-only folder) still hands over the file.
  const labelExport = (tenderId: string, label: string) => store.snapshot(tenderId, label).catch(() => undefined);

  return {
    'export.preview': async ({ tenderId }): Promise<ExportPreview> => {
      const { tender, findings } = await load(tenderId);
      const rendered = renderClauses(withTenderParties(tender.clauses, tender.buyer));
      const described = findings.map((f) => describe(tender, f));
      const blocking = described.filter((f) => f.severity === 'error');
      return {
        tenderId: tender.id,
        revision: tender.revision,
        title: tender.title,
        reference: tender.reference,
        buyer: tender.buyer,
        lots: tender.lots.map((lot) => ({
          id: lot.id,
          title: lot.title,
          criteria: lot.criteria.filter((c) => c.parentId === undefined).length,
          subCriteria: lot.criteria.filter((c) => c.parentId !== undefined).length,
          requirements: lot.requirements.length,
          ...(lot.minimumQualityScore !== undefined ? { minimumQualityScore: lot.minimumQualityScore } : {}),
        })),
        criteriaCount: tender.lots.reduce((sum, lot) => sum + lot.criteria.length, 0),
        clauses: rendered.clauses.map((c) => ({ id: c.instanceId, number: c.number, title: c.title })),
        questions: [...tender.qa.questions]
          .sort((a, b) => a.order - b.order)
          .map((q) => ({ id: q.questionId, question: q.question.question })),
        blocking,
        warnings: described.filter((f) => f.severity !== 'error'),
        ready: {
          wordPack: blocking.length === 0,
          clauses: tender.clauses.length > 0 && !blocking.some((f) => f.area === 'clauses'),
        },
      };
    },
    'export.wordPack': async ({ tenderId, exportDate }) => {
      const { tender, settings, voice, findings } = await load(tenderId);
      refuseWhileBlocked(tender, findings);
      await labelExport(tenderId, 'Before export of the tender pack');
      const { packDocx, buildTenderPack } = await wordBuilders();
      return exported(
        exportFileName(tender, 'tender-pack', exportDate, voice),
        packDocx(buildTenderPack(tender, settings, exportDate, voice), exportDate),
      );
    },
    'export.clauses': async ({ tenderId, exportDate, includeGuidance }) => {
      const { tender, voice, findings } = await load(tenderId);
      if (tender.clauses.length === 0) {
        throw new ApiError('conflict', t('messages:errors.export.noClauses'));
      }
      refuseWhileBlocked(
        tender,
        findings.filter((f) => f.area === 'clauses'),
      );
      await labelExport(tenderId, 'Before export of the contract clauses');
      const { packDocx, buildClausesDocument } = await wordBuilders();
      const document = buildClausesDocument(
        tender,
        exportDate,
        { includeGuidance, templates: includeGuidance ? await templatesOf(tender, store) : undefined },
        voice,
      );
      return exported(exportFileName(tender, 'clauses', exportDate, voice), packDocx(document, exportDate));
    },
  };
}
