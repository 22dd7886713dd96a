/**
 * The signature on a disclosure workbook's hidden sheet, made like the evaluator workbooks' one: an
 * HMAC-SHA256 keyed with the workspace's workbook signing key, over what the workbook was issued for
 * (tender, contracted supplier) and a nonce naming this one export. A scheme name of its own keeps a
 * disclosure signature from ever passing as an evaluator's, and the other way round.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { WorkbookSigningKey } from '../evaluation/signingKey';
import { newExportNonce, OTHER_WORKSPACE_MESSAGE, type SignatureCells } from '../evaluation/workbookSignature';

const SCHEME = 'tenderwright-disclosure-signature-1';

export interface DisclosureIdentity {
  tenderId: string;
  supplierId: string;
  exportNonce: string;
  exportedAt: string;
  /** As at export, to name whom it was issued to even after a rename. */
  supplierName: string;
  tenderTitle: string;
}

const FIELDS = [
  'tenderId',
  'supplierId',
  'exportNonce',
  'exportedAt',
  'supplierName',
  'tenderTitle',
] as const satisfies readonly (keyof DisclosureIdentity)[];

/** ASCII-only JSON of a fixed-order array, so no spreadsheet program's text cleaning can change a byte of it. */
function encode(identity: DisclosureIdentity): string {
  const json = JSON.stringify([SCHEME, ...FIELDS.map((field) => identity[field])]);
  return json.replace(/[^\x20-\x5e\x60-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function decode(text: string): DisclosureIdentity | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== FIELDS.length + 1 || parsed[0] !== SCHEME) return undefined;
  const values = parsed.slice(1) as unknown[];
  if (!values.every((v) => typeof v === 'string')) return undefined;
  return Object.fromEntries(FIELDS.map((field, i) => [field, values[i]])) as unknown as DisclosureIdentity;
}

const hmac = (key: WorkbookSigningKey, text: string) => createHmac('sha256', key.secret).update(text, 'utf8').digest('hex');

export function signDisclosureExport(
  key: WorkbookSigningKey,
  issue: Omit<DisclosureIdentity, 'exportNonce' | 'exportedAt'> & { exportedAt: Date },
): SignatureCells {
  const identity: DisclosureIdentity = { ...issue, exportNonce: newExportNonce(), exportedAt: issue.exportedAt.toISOString() };
  const signedIdentity = encode(identity);
  return { signingKeyId: key.keyId, signedIdentity, signature: hmac(key, signedIdentity) };
}

export const DISCLOSURE_SIGNATURE_BROKEN =
  'This disclosure workbook was changed after it was exported: its hidden signature no longer matches what it was issued for. Import the workbook as exported, or export a new one for the supplier.';

/** The identity the workbook was signed with, or why it cannot be trusted. */
export function checkDisclosureSignature(
  key: WorkbookSigningKey | undefined,
  cells: SignatureCells,
): { ok: true; issued: DisclosureIdentity } | { ok: false; message: string } {
  if (!cells.signature && !cells.signedIdentity && !cells.signingKeyId) return { ok: false, message: DISCLOSURE_SIGNATURE_BROKEN };
  if (!key || cells.signingKeyId !== key.keyId) {
    return { ok: false, message: OTHER_WORKSPACE_MESSAGE.replace('its scores', 'its sites') };
  }
  const expected = Buffer.from(hmac(key, cells.signedIdentity), 'hex');
  const found = /^[0-9a-f]{64}$/.test(cells.signature) ? Buffer.from(cells.signature, 'hex') : Buffer.alloc(0);
  const issued = found.length === expected.length && timingSafeEqual(found, expected) ? decode(cells.signedIdentity) : undefined;
  return issued ? { ok: true, issued } : { ok: false, message: DISCLOSURE_SIGNATURE_BROKEN };
}
