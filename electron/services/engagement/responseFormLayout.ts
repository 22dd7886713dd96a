/**
 * The response form a supplier fills in for one engagement round: its sheets, columns, hidden
 * identity keys and caps, shared by the exporter and the import so both read the same layout.
 */
export const RESPONSE_FORM_FORMAT = 'supplier-response-form';
export const RESPONSE_FORM_FORMAT_VERSION = 1;
/** The signature's scheme: a response form's signature never passes for an evaluator workbook's. */
export const RESPONSE_FORM_SCHEME = 'tenderwright-response-form-signature-1';

export const FORM_SHEETS = { instructions: 'Instructions', questions: 'Questions', meta: 'Form identity' } as const;
export const FORM_SHEET_ORDER = [FORM_SHEETS.instructions, FORM_SHEETS.questions, FORM_SHEETS.meta] as const;

/** Columns of the Questions sheet, 1-based. */
export const FORM_COLUMNS = {
  number: 1,
  theme: 2,
  question: 3,
  why: 4,
  goodAnswer: 5,
  evidenceAsked: 6,
  levels: 7,
  answer: 8,
  evidenceSent: 9,
  selfAssessment: 10,
} as const;
export const FORM_LAST_COLUMN = FORM_COLUMNS.selfAssessment;

export const FORM_HEADERS: Record<keyof typeof FORM_COLUMNS, string> = {
  number: 'No.',
  theme: 'Theme',
  question: 'Question',
  why: 'Why the buyer asks',
  goodAnswer: 'What a good answer contains',
  evidenceAsked: 'Evidence asked for',
  levels: 'Maturity levels for this question',
  answer: 'Your answer',
  evidenceSent: 'Evidence you send (one document per line)',
  selfAssessment: 'Your self-assessment (0-3)',
};

export const FORM_ROWS = { title: 1, header: 3, first: 4 } as const;

/** Caps on what a supplier may write; the import names the cell that goes over. */
export const FORM_LIMITS = { answer: 5000, evidenceItem: 300, evidenceItems: 20 } as const;

export const FORM_META_KEYS = [
  'format',
  'formatVersion',
  'tenderId',
  'tenderTitle',
  'roundId',
  'roundName',
  'supplierId',
  'supplierName',
  'questionIds',
  'exportedAt',
  'exportNonce',
  'signingKeyId',
  'signedIdentity',
  'signature',
] as const;
export type FormMetaKey = (typeof FORM_META_KEYS)[number];

/** The identity values in the order they are signed. */
export const SIGNED_FORM_KEYS = [
  'tenderId',
  'roundId',
  'supplierId',
  'questionIds',
  'exportNonce',
  'exportedAt',
  'supplierName',
  'roundName',
] as const satisfies readonly FormMetaKey[];
export type FormIdentity = Record<(typeof SIGNED_FORM_KEYS)[number], string>;

/** Evidence typed one per line (or separated by semicolons), blank lines dropped. */
export function evidenceItems(text: string): string[] {
  return text
    .split(/\r?\n|;/)
    .map((item) => item.trim())
    .filter(Boolean);
}
