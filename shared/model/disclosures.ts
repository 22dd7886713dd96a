import { z } from 'zod';
import { t } from '../i18n';
import { IdSchema, IsoDateTimeSchema, shortText } from './common';
import { IsoDateSchema } from './clauses';
import { CountryCodeSchema } from './suppliers';
import { revisionFields } from './workspace';

/*
 * Factory disclosures: per contract (a tender's contracted supplier), every list of production sites
 * the supplier sent, each import kept as a version. Stored beside the tender, in
 * disclosures/<tenderId>.json, so a large site list never rides along with every keystroke's save.
 */

export const DISCLOSURE_LIMITS = { sitesPerVersion: 5000, versions: 200, contracts: 100 } as const;

export const DisclosureSiteSchema = z
  .object({
    tier: z.union([z.literal(1), z.literal(2)]),
    legalName: shortText(() => t('messages:field.legalName')).min(1),
    address: shortText(() => t('messages:field.address')).min(1),
    country: CountryCodeSchema,
    /** Products or components made at the site. */
    products: shortText(() => t('messages:field.productsOrComponents')).min(1),
    sector: shortText(() => t('messages:field.sector')).optional(),
    /** The date the supplier gives for the information (e.g. when the site was last confirmed). */
    date: IsoDateSchema,
  })
  .strict();
export type DisclosureSite = z.infer<typeof DisclosureSiteSchema>;

export const DisclosureVersionSchema = z
  .object({
    id: IdSchema,
    /** The day it was received (imported). Due dates are measured against it. */
    receivedOn: IsoDateSchema,
    importedAt: IsoDateTimeSchema,
    importedBy: shortText(() => t('messages:field.importedBy')),
    fileName: shortText(() => t('messages:field.fileName')),
    sites: z.array(DisclosureSiteSchema).max(DISCLOSURE_LIMITS.sitesPerVersion),
  })
  .strict();
export type DisclosureVersion = z.infer<typeof DisclosureVersionSchema>;

export const ContractDisclosuresSchema = z
  .object({
    /** The tender's Q&A supplier (role "contracted") the contract is with. */
    supplierId: IdSchema,
    versions: z.array(DisclosureVersionSchema).max(DISCLOSURE_LIMITS.versions),
  })
  .strict();
export type ContractDisclosures = z.infer<typeof ContractDisclosuresSchema>;

export const TENDER_DISCLOSURES_SCHEMA_VERSION = 1;

export const TenderDisclosuresSchema = z
  .object({
    schemaVersion: z.literal(TENDER_DISCLOSURES_SCHEMA_VERSION),
    tenderId: IdSchema,
    contracts: z.array(ContractDisclosuresSchema).max(DISCLOSURE_LIMITS.contracts),
    ...revisionFields,
  })
  .strict();
export type TenderDisclosures = z.infer<typeof TenderDisclosuresSchema>;

export const emptyTenderDisclosures = (tenderId: string): TenderDisclosures => ({
  schemaVersion: TENDER_DISCLOSURES_SCHEMA_VERSION,
  tenderId,
  contracts: [],
});
