/**
 * engagement.exportReport and engagement.exportLetter: Word documents about one supplier of a tender,
 * made from the saved tender, the supplier register (for the name and contact) and the disclosures
 * received. Both only read; nothing is written to the workspace.
 */
import type { Handlers } from '@shared/api/contract';
import type { ExportedFile } from '@shared/api/methods/files';
import { ApiError } from '@shared/api/errors';
import { registeredName, resolveSupplier } from '@shared/model/suppliers';
import { engagementReportContent, letterContent, type EngagementReportContent } from '@shared/rules/engagementDocuments';
import { sanitiseFileNamePart } from '@shared/rules/exportText';
import type { Tender } from '@shared/model/tender';
import { DOCX_MIME } from '../mime';
import type { WorkspaceStore } from '../workspace/store';
import { t } from '@shared/i18n';

type Group = Pick<Handlers, 'engagement.exportReport' | 'engagement.exportLetter'>;

// docx loads on the first export, not at start-up.
const builders = async () => {
  const [{ packDocx }, { buildEngagementReport }, { buildLetterOfConcern }] = await Promise.all([
    import('../export/package'),
    import('./reportDocument'),
    import('./letterDocument'),
  ]);
  return { packDocx, buildEngagementReport, buildLetterOfConcern };
};

/** "TW-2026-014 Laptops - Review report Acme Ltd 2026-05-01.docx". */
function fileName(tender: Pick<Tender, 'reference' | 'title'>, kind: string, supplierName: string, exportDate: string): string {
  const base = sanitiseFileNamePart([tender.reference, tender.title].filter((p) => p.trim() !== '').join(' ')) || 'Tender';
  const supplier = sanitiseFileNamePart(supplierName).slice(0, 60).trim() || 'supplier';
  return `${base} - ${kind} ${supplier} ${exportDate}.docx`;
}

export function createEngagementReportHandlers(store: WorkspaceStore): Group {
  const load = async (tenderId: string, supplierId: string, today: string) => {
    const [tender, register, disclosures] = await Promise.all([
      store.getTender(tenderId),
      store.engagement.supplierRegister(),
      store.engagement.disclosures(tenderId),
    ]);
    const qaSupplier = tender.qa.suppliers.find((s) => s.id === supplierId);
    if (!qaSupplier) throw new ApiError('not_found', t('messages:errors.engagement.supplierGone'));
    const entry = qaSupplier.registerId ? resolveSupplier(register, qaSupplier.registerId) : undefined;
    const report = engagementReportContent({
      tender,
      supplierId,
      supplierName: registeredName(register, qaSupplier.registerId, qaSupplier.name),
      disclosures: disclosures.contracts.find((c) => c.supplierId === supplierId),
      today,
    });
    // The supplier was found above, so there is content.
    return { tender, report: report as EngagementReportContent, entry };
  };

  const exported = async (name: string, bytes: Promise<Buffer>): Promise<ExportedFile> => ({
    fileName: name,
    mimeType: DOCX_MIME,
    base64: (await bytes).toString('base64'),
  });

  return {
    'engagement.exportReport': async ({ tenderId, supplierId, exportDate }) => {
      const { tender, report } = await load(tenderId, supplierId, exportDate);
      const { packDocx, buildEngagementReport } = await builders();
      return exported(
        fileName(tender, 'Review report', report.supplierName, exportDate),
        packDocx(buildEngagementReport(tender, report, exportDate), exportDate),
      );
    },
    'engagement.exportLetter': async ({ tenderId, supplierId, exportDate }) => {
      const { tender, report, entry } = await load(tenderId, supplierId, exportDate);
      const letter = letterContent(tender, report, exportDate);
      if (letter.concerns.length === 0) {
        throw new ApiError('conflict', t('messages:errors.engagement.nothingToRaise', { name: report.supplierName }));
      }
      const { packDocx, buildLetterOfConcern } = await builders();
      const to = { ...(entry?.contacts[0] ? { contact: entry.contacts[0] } : {}), ...(entry?.country ? { country: entry.country } : {}) };
      return exported(
        fileName(tender, 'Letter of concern', report.supplierName, exportDate),
        packDocx(buildLetterOfConcern(tender, letter, to, exportDate), exportDate),
      );
    },
  };
}
