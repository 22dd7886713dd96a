import { z } from 'zod';
import { LibrarySchema, type Library } from '@shared/model/library';
import { SettingsSchema, type Settings } from '@shared/model/settings';
import { TenderSchema, type Tender } from '@shared/model/tender';
import { SupplierRegisterSchema, type SupplierRegister } from '@shared/model/suppliers';
import { TenderDisclosuresSchema, type TenderDisclosures } from '@shared/model/disclosures';
import type { DocumentFormat } from './documents';

/** A tender file must also carry the id its name says, or links to it would point elsewhere. */
export function tenderFormat(id: string): DocumentFormat<Tender> {
  return {
    kind: 'tender',
    schema: TenderSchema,
    verify: (tender) =>
      tender.id === id ? undefined : `the tender id inside the file ("${tender.id}") does not match the file name ("${id}.json")`,
  };
}

/**
 * The fields of a tender the store sets itself. When the content was already parsed by
 * TenderContentSchema (the API's input check), checking these is enough to know the whole file
 * will read back, without a second pass over a large tender.
 */
export const TENDER_HEADER_SCHEMA = z.object({
  schemaVersion: TenderSchema.shape.schemaVersion,
  id: TenderSchema.shape.id,
  createdAt: TenderSchema.shape.createdAt,
  updatedAt: TenderSchema.shape.updatedAt,
  revision: TenderSchema.shape.revision,
  contentRevision: TenderSchema.shape.contentRevision,
  savedBy: TenderSchema.shape.savedBy,
});

export const SETTINGS_FORMAT: DocumentFormat<Settings> = { kind: 'settings', schema: SettingsSchema };

export const LIBRARY_FORMAT: DocumentFormat<Library> = { kind: 'library', schema: LibrarySchema };

export const SUPPLIER_REGISTER_FORMAT: DocumentFormat<SupplierRegister> = { kind: 'suppliers', schema: SupplierRegisterSchema };

/** A disclosures file must carry the tender id its name says. */
export function disclosuresFormat(tenderId: string): DocumentFormat<TenderDisclosures> {
  return {
    kind: 'disclosures',
    schema: TenderDisclosuresSchema,
    verify: (doc) =>
      doc.tenderId === tenderId
        ? undefined
        : `the tender id inside the file ("${doc.tenderId}") does not match the file name ("${tenderId}.json")`,
  };
}
