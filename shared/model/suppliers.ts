import { z } from 'zod';
import { t } from '../i18n';
import { IdSchema, IsoDateTimeSchema, newId, shortText } from './common';
import { revisionFields, SavedBySchema } from './workspace';

/*
 * The workspace's supplier register: every organisation the team deals with, once. A tender's Q&A
 * suppliers and a lot's bidders point at an entry (`registerId`), so a name is typed once and a
 * rename shows everywhere. A merged duplicate stays in the file, pointing at the entry it was merged
 * into, so tenders that name it keep working and both histories stay.
 */

export const SUPPLIER_LIMITS = { suppliers: 5000, identifiers: 10, contacts: 20, formerNames: 50 } as const;

export const IDENTIFIER_SCHEMES = ['company-number', 'vat', 'duns', 'lei', 'other'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

/** ISO 3166-1 alpha-2, upper case ("GB", "FR"). Whether the code exists is checked where the list lives. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'A country is its two-letter ISO 3166 code, such as GB or FR');

export const SupplierIdentifierSchema = z
  .object({
    scheme: z.enum(IDENTIFIER_SCHEMES),
    value: shortText(() => t('messages:field.identifier')).refine((s) => s.trim().length > 0, {
      message: 'An identifier must not be empty',
    }),
  })
  .strict();
export type SupplierIdentifier = z.infer<typeof SupplierIdentifierSchema>;

export const SupplierContactSchema = z
  .object({
    name: shortText(() => t('messages:field.contactName')),
    role: shortText(() => t('messages:field.contactRole')).optional(),
    email: shortText(() => t('messages:field.email')).optional(),
    phone: shortText(() => t('messages:field.phone')).optional(),
  })
  .strict();
export type SupplierContact = z.infer<typeof SupplierContactSchema>;

export const RegisteredSupplierSchema = z
  .object({
    id: IdSchema,
    name: shortText(() => t('messages:field.supplierName')).refine((s) => s.trim().length > 0, {
      message: 'Supplier name must not be empty',
    }),
    identifiers: z.array(SupplierIdentifierSchema).max(SUPPLIER_LIMITS.identifiers),
    country: CountryCodeSchema.optional(),
    contacts: z.array(SupplierContactSchema).max(SUPPLIER_LIMITS.contacts),
    /** Names the entry had before a rename or a merge, so a search by the old name still finds it. */
    formerNames: z
      .array(shortText(() => t('messages:field.formerName')))
      .max(SUPPLIER_LIMITS.formerNames)
      .optional(),
    /** Set when this entry was merged into another: references to it resolve to that one. */
    mergedInto: IdSchema.optional(),
    createdAt: IsoDateTimeSchema.optional(),
    updatedAt: IsoDateTimeSchema.optional(),
    /** Who saved the entry last, so a refused stale edit can say who came first. */
    savedBy: SavedBySchema.optional(),
  })
  .strict();
export type RegisteredSupplier = z.infer<typeof RegisteredSupplierSchema>;

export const SUPPLIER_REGISTER_SCHEMA_VERSION = 1;

/** suppliers.json in the workspace folder. */
export const SupplierRegisterSchema = z
  .object({
    schemaVersion: z.literal(SUPPLIER_REGISTER_SCHEMA_VERSION),
    suppliers: z
      .array(RegisteredSupplierSchema)
      .max(SUPPLIER_LIMITS.suppliers)
      .superRefine((list, ctx) => {
        const ids = new Set<string>();
        list.forEach((s, i) => {
          if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Supplier id "${s.id}" is used twice` });
          ids.add(s.id);
        });
        list.forEach((s, i) => {
          if (s.mergedInto !== undefined && (!ids.has(s.mergedInto) || s.mergedInto === s.id))
            ctx.addIssue({ code: 'custom', path: [i, 'mergedInto'], message: `Supplier "${s.name}" is merged into an unknown entry` });
        });
      }),
    /** The file revision at which each entry last changed: a stale edit is refused only for its own entry. */
    itemRevisions: z.record(z.string(), z.number().int().nonnegative()).optional(),
    ...revisionFields,
  })
  .strict();
export type SupplierRegister = z.infer<typeof SupplierRegisterSchema>;

export const DEFAULT_SUPPLIER_REGISTER: SupplierRegister = { schemaVersion: SUPPLIER_REGISTER_SCHEMA_VERSION, suppliers: [] };

export function newRegisteredSupplier(name: string, country?: string): RegisteredSupplier {
  return { id: newId('sup'), name, identifiers: [], contacts: [], ...(country ? { country } : {}) };
}

/** The entry a reference means now: a merged entry resolves to the one it was merged into. */
export function resolveSupplier(register: Pick<SupplierRegister, 'suppliers'>, id: string): RegisteredSupplier | undefined {
  const byId = new Map(register.suppliers.map((s) => [s.id, s]));
  let current = byId.get(id);
  for (let hops = 0; current?.mergedInto && hops < 50; hops++) current = byId.get(current.mergedInto);
  return current;
}

/** The name to show for something that points at the register, or its own copy when it points nowhere. */
export function registeredName(register: Pick<SupplierRegister, 'suppliers'>, registerId: string | undefined, fallback: string): string {
  return (registerId && resolveSupplier(register, registerId)?.name) || fallback;
}
