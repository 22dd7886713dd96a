import { z } from 'zod';
import { IdSchema } from '../../model/common';
import { IsoDateSchema } from '../../model/clauses';
import type { TenderFinding } from '../../rules/tenderChecks';
import type { ExportedFile } from './files';
import { returns } from '../define';

/**
 * The date printed on an export and stamped into its file (document properties and zip entries), so
 * the same tender exported with the same date gives the same bytes. Zip timestamps run from 1980.
 */
export const ExportDateSchema = IsoDateSchema.refine((date) => date >= '1980-01-01' && date <= '2099-12-31', {
  message: 'must be a date between 1980-01-01 and 2099-12-31',
});

/** A finding as the Export screen lists it: where it is, and which editor fixes it. */
export interface ExportFinding extends TenderFinding {
  /** "Lot “Laptops”" or "Clause 3 “Remedy and corrective action”". */
  where: string;
  /** The screen that fixes it. */
  screen: 'criteria' | 'clauses';
}

export interface ExportPreview {
  tenderId: string;
  revision: number;
  title: string;
  reference: string;
  buyer: string;
  lots: { id: string; title: string; criteria: number; subCriteria: number; requirements: number; minimumQualityScore?: number }[];
  /** Every criterion of every lot, sub-criteria included. */
  criteriaCount: number;
  clauses: { id: string; number: string; title: string }[];
  questions: { id: string; question: string }[];
  /** Errors: while any remains the tender pack is refused. */
  blocking: ExportFinding[];
  /** Warnings and notes: worth a look, never blocking. */
  warnings: ExportFinding[];
  /** What can be exported now (the clauses alone only need sound clauses). */
  ready: { wordPack: boolean; clauses: boolean };
}

const tenderOnly = z.object({ tenderId: IdSchema }).strict();

export const exportMethods = {
  /** What the exports of a tender will contain, and the findings that block or qualify them. */
  'export.preview': { input: tenderOnly, output: returns<ExportPreview>() },
  /** The tender pack (.docx). Refused with the list while any error-level finding remains. */
  'export.wordPack': {
    input: z.object({ tenderId: IdSchema, exportDate: ExportDateSchema }).strict(),
    output: returns<ExportedFile>(),
  },
  /** The contract clauses alone (.docx), optionally with the templates' guidance as an annex. */
  'export.clauses': {
    input: z.object({ tenderId: IdSchema, exportDate: ExportDateSchema, includeGuidance: z.boolean().default(false) }).strict(),
    output: returns<ExportedFile>(),
  },
} as const;
