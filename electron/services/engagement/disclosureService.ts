/**
 * Factory disclosures per contract: the workbook a contracted supplier fills in, its import as a new
 * version (every earlier one kept), and the CSV of a version's sites for the monitoring organisation.
 * Stored beside the tender in disclosures/<tenderId>.json, under that file's lock.
 */
import type { ExportedFile } from '@shared/api/contract';
import type { DisclosureImportOutcome } from '@shared/api/methods/engagement';
import { ApiError } from '@shared/api/errors';
import { newId } from '@shared/model/common';
import { DISCLOSURE_LIMITS, type ContractDisclosures, type DisclosureVersion, type TenderDisclosures } from '@shared/model/disclosures';
import type { QaSupplier } from '@shared/model/questions';
import { registeredName } from '@shared/model/suppliers';
import type { Tender } from '@shared/model/tender';
import { disclosureObligations } from '@shared/rules/disclosureDue';
import { XLSX_MIME } from '../mime';
import { existingSigningKey, workspaceSigningKey } from '../evaluation/signingKey';
import type { WorkspaceStore } from '../workspace/store';
import { disclosureCsv, disclosureCsvFileName } from './disclosureCsv';
import { signDisclosureExport } from './disclosureSignature';
import { t } from '@shared/i18n';

// exceljs loads on the first disclosure export or import, not at start-up.
const workbooks = () => import('./disclosureWorkbook');
const importer = () => import('./disclosureImport');

/** YYYY-MM-DD of `date` on this computer's calendar: the day the officer received the file. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export const contractOf = (disclosures: TenderDisclosures, supplierId: string): ContractDisclosures =>
  disclosures.contracts.find((c) => c.supplierId === supplierId) ?? { supplierId, versions: [] };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export class DisclosureService {
  constructor(
    private readonly store: WorkspaceStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async contracted(tenderId: string, supplierId: string): Promise<{ tender: Tender; supplier: QaSupplier; name: string }> {
    const tender = await this.store.getTender(tenderId);
    const supplier = tender.qa.suppliers.find((s) => s.id === supplierId);
    if (!supplier) throw new ApiError('not_found', t('messages:errors.engagement.noSupplier', { id: supplierId, title: tender.title }));
    const register = await this.store.engagement.supplierRegister();
    const name = registeredName(register, supplier.registerId, supplier.name);
    if (supplier.role !== 'contracted') {
      throw new ApiError('conflict', t('messages:errors.engagement.notContracted', { name, title: tender.title }));
    }
    return { tender, supplier, name };
  }

  get(tenderId: string): Promise<TenderDisclosures> {
    return this.store.engagement.disclosures(tenderId);
  }

  async exportWorkbook(tenderId: string, supplierId: string): Promise<ExportedFile> {
    const { tender, supplier, name } = await this.contracted(tenderId, supplierId);
    const exportedAt = this.now();
    const received = contractOf(await this.store.engagement.disclosures(tenderId), supplierId);
    const obligations = disclosureObligations(tender, supplier.id, received, localIsoDate(exportedAt));
    const key = await workspaceSigningKey(this.store.layout.root);
    const signature = signDisclosureExport(key, {
      tenderId: tender.id,
      supplierId: supplier.id,
      supplierName: name,
      tenderTitle: tender.title,
      exportedAt,
    });
    const { buildDisclosureWorkbook, disclosureFileName } = await workbooks();
    const bytes = await buildDisclosureWorkbook({
      buyer: tender.buyer,
      tender: { id: tender.id, title: tender.title, reference: tender.reference },
      supplier: { id: supplier.id, name },
      obligations,
      exportedAt,
      signature,
    });
    return { fileName: disclosureFileName(tender.title, name), mimeType: XLSX_MIME, base64: bytes.toString('base64') };
  }

  async import(request: {
    tenderId: string;
    supplierId: string;
    file: { fileName: string; base64: string };
    by: string;
  }): Promise<DisclosureImportOutcome> {
    const { tenderId, supplierId, file, by } = request;
    const { tender, name } = await this.contracted(tenderId, supplierId);
    const register = await this.store.engagement.supplierRegister();
    const { readDisclosureWorkbook } = await importer();
    const reading = await readDisclosureWorkbook(Buffer.from(file.base64, 'base64'), {
      tenderId: tender.id,
      tenderTitle: tender.title,
      supplierId,
      supplierName: name,
      nameOf: (id) => {
        const other = tender.qa.suppliers.find((s) => s.id === id);
        return other ? registeredName(register, other.registerId, other.name) : undefined;
      },
      signingKey: await existingSigningKey(this.store.layout.root),
    });
    if (!reading.ok) {
      const current = contractOf(await this.store.engagement.disclosures(tenderId), supplierId);
      const n = reading.problems.length;
      return {
        fileName: file.fileName,
        status: 'rejected',
        problems: reading.problems,
        warnings: reading.warnings,
        contract: current,
        summary: `${file.fileName}: not imported, ${n === 1 ? 'a problem' : `${n} problems`} to fix; nothing from the file was stored.`,
      };
    }
    const at = this.now();
    const version: DisclosureVersion = {
      id: newId('dv'),
      receivedOn: localIsoDate(at),
      importedAt: at.toISOString(),
      importedBy: by,
      fileName: file.fileName,
      sites: reading.sites,
    };
    const saved = await this.store.engagement.updateDisclosures(
      tenderId,
      (current) => {
        const existing = current.contracts.some((c) => c.supplierId === supplierId);
        const contracts = existing
          ? current.contracts.map((c) => (c.supplierId === supplierId ? { ...c, versions: [...c.versions, version] } : c))
          : [...current.contracts, { supplierId, versions: [version] }];
        return { ...current, contracts };
      },
      (current) => {
        if (contractOf(current, supplierId).versions.length >= DISCLOSURE_LIMITS.versions) {
          throw new ApiError('conflict', t('messages:errors.engagement.tooManyVersions', { name, max: DISCLOSURE_LIMITS.versions }));
        }
      },
    );
    const contract = contractOf(saved, supplierId);
    const tier1 = version.sites.filter((s) => s.tier === 1).length;
    return {
      fileName: file.fileName,
      status: 'imported',
      problems: [],
      warnings: reading.warnings,
      version,
      contract,
      summary: `${file.fileName}: ${plural(version.sites.length, 'site')} (${tier1} tier 1, ${version.sites.length - tier1} tier 2) stored as version ${contract.versions.length}.`,
    };
  }

  async exportCsv(tenderId: string, supplierId: string, versionId?: string): Promise<ExportedFile> {
    const { name } = await this.contracted(tenderId, supplierId);
    const contract = contractOf(await this.store.engagement.disclosures(tenderId), supplierId);
    const version = versionId ? contract.versions.find((v) => v.id === versionId) : contract.versions[contract.versions.length - 1];
    if (!version) {
      throw new ApiError(
        'not_found',
        versionId
          ? t('messages:errors.engagement.noDisclosureVersion', { versionId, name })
          : t('messages:errors.engagement.noDisclosure', { name }),
      );
    }
    return {
      fileName: disclosureCsvFileName(name, version),
      mimeType: 'text/csv',
      base64: Buffer.from(disclosureCsv(version), 'utf8').toString('base64'),
    };
  }
}
