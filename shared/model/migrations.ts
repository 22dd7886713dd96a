import { TENDER_SCHEMA_VERSION } from './tender';
import { DEFAULT_NOTICE_SETTINGS, DEFAULT_UPDATE_SETTINGS, SETTINGS_SCHEMA_VERSION } from './settings';
import { LIBRARY_SCHEMA_VERSION } from './library';
import { DEFAULT_CRITERIA_SETTINGS } from './criteria';
import { DEFAULT_HISTORY_POLICY } from './history';
import { EMPTY_TENDER_QA } from './questions';
import { emptyLotEvaluation } from './evaluation';
import { SUPPLIER_REGISTER_SCHEMA_VERSION } from './suppliers';
import { TENDER_DISCLOSURES_SCHEMA_VERSION } from './disclosures';

export type DocumentKind = 'tender' | 'settings' | 'library' | 'suppliers' | 'disclosures';

type Doc = Record<string, unknown>;
type Step = (doc: Doc) => Doc;

export const CURRENT_VERSION: Record<DocumentKind, number> = {
  tender: TENDER_SCHEMA_VERSION,
  settings: SETTINGS_SCHEMA_VERSION,
  library: LIBRARY_SCHEMA_VERSION,
  suppliers: SUPPLIER_REGISTER_SCHEMA_VERSION,
  disclosures: TENDER_DISCLOSURES_SCHEMA_VERSION,
};

/**
 * steps[kind][n] turns a version-n document into version n+1.
 * Version 0 is the pre-release layout, which had no schemaVersion and could lack description/revision.
 */
const steps: Record<DocumentKind, Record<number, Step>> = {
  tender: {
    0: (doc) => ({
      ...doc,
      description: typeof doc.description === 'string' ? doc.description : '',
      revision: typeof doc.revision === 'number' ? doc.revision : 0,
      schemaVersion: 1,
    }),
    1: (doc) => ({
      ...doc,
      lots: Array.isArray(doc.lots)
        ? doc.lots.map((lot: unknown) =>
            lot !== null && typeof lot === 'object' ? { criteria: [], requirements: [], ...(lot as Doc) } : lot,
          )
        : doc.lots,
      clauses: [],
      qa: structuredClone(EMPTY_TENDER_QA),
      schemaVersion: 2,
    }),
    2: (doc) => ({
      ...doc,
      lots: Array.isArray(doc.lots)
        ? doc.lots.map((lot: unknown) =>
            lot !== null && typeof lot === 'object' ? { evaluation: emptyLotEvaluation(), ...(lot as Doc) } : lot,
          )
        : doc.lots,
      schemaVersion: 3,
    }),
  },
  settings: {
    0: (doc) => ({ ...doc, schemaVersion: 1 }),
    1: (doc) => ({ ...doc, criteria: structuredClone(DEFAULT_CRITERIA_SETTINGS), schemaVersion: 2 }),
    2: (doc) => ({ ...doc, history: { ...DEFAULT_HISTORY_POLICY }, schemaVersion: 3 }),
    3: (doc) => ({ ...doc, notices: { ...DEFAULT_NOTICE_SETTINGS }, schemaVersion: 4 }),
    4: (doc) => ({ ...doc, updates: { ...DEFAULT_UPDATE_SETTINGS }, schemaVersion: 5 }),
  },
  library: {
    0: (doc) => ({ ...doc, schemaVersion: 1 }),
    1: (doc) => ({ ...doc, criteria: [], clauses: [], questions: [], schemaVersion: 2 }),
  },
  suppliers: {},
  disclosures: {},
};

export class MigrationError extends Error {}

/**
 * Brings a parsed document up to the current schema version. Never changes `raw`: every step builds
 * new objects (so the result may share unchanged parts with `raw`). No deep copy up front: reading a
 * current file, by far the common case, then costs nothing here (a copy was a quarter of the time it
 * took to list 1,000 tenders).
 */
export function migrate(kind: DocumentKind, raw: unknown): { doc: unknown; migrated: boolean } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new MigrationError(`expected a JSON object, found ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}`);
  }
  let doc = raw as Doc;
  const target = CURRENT_VERSION[kind];
  let version = doc.schemaVersion === undefined ? 0 : doc.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError(`schemaVersion ${JSON.stringify(version)} is not a valid version number`);
  }
  if (version > target) {
    throw new MigrationError(`schemaVersion ${version} was written by a newer version of Tenderwright (this one reads up to ${target})`);
  }
  const migrated = version < target;
  while (version < target) {
    const step = steps[kind][version];
    if (!step) throw new MigrationError(`no migration from schemaVersion ${version}`);
    doc = step(doc);
    version += 1;
  }
  return { doc, migrated };
}
