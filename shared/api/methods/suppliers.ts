import { z } from 'zod';
import { IdSchema } from '../../model/common';
import { RegisteredSupplierSchema, type RegisteredSupplier } from '../../model/suppliers';
import { returns } from '../define';

/** The register as the page shows it, with the revision edits name as their base. */
export interface SupplierRegisterView {
  suppliers: RegisteredSupplier[];
  revision: number;
}

/** Where a register entry (or an entry merged into it) takes part: one row per tender. */
export interface SupplierParticipation {
  tenderId: string;
  title: string;
  reference: string;
  /** The tender's Q&A suppliers that are this entry (after merges), with their role. */
  qaSuppliers: { id: string; role: 'bidder' | 'contracted' }[];
  /** The lots on which it bids. */
  bids: { lotId: string; lotTitle: string; bidderId: string }[];
}

const baseRevision = z.number().int().nonnegative().optional();

export const supplierMethods = {
  'suppliers.get': { input: z.object({}).strict(), output: returns<SupplierRegisterView>() },
  /** Adds an entry or replaces one (a rename renames it everywhere it is referenced). */
  'suppliers.save': {
    input: z.object({ supplier: RegisteredSupplierSchema, baseRevision }).strict(),
    output: returns<SupplierRegisterView>(),
  },
  /** Merges `mergeId` into `keepId`: references to either show the kept entry; both histories stay. */
  'suppliers.merge': {
    input: z.object({ keepId: IdSchema, mergeId: IdSchema, baseRevision }).strict(),
    output: returns<SupplierRegisterView>(),
  },
  /** The tenders in which the entry takes part, as a Q&A supplier or a bidder. */
  'suppliers.participation': { input: z.object({ supplierId: IdSchema }).strict(), output: returns<SupplierParticipation[]>() },
  /** Per register entry, in how many tenders it takes part (directly or through an entry merged into it). */
  'suppliers.tenderCounts': { input: z.object({}).strict(), output: returns<Record<string, number>>() },
} as const;
