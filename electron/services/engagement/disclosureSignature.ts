/**
 * The signature on a disclosure workbook's hidden sheet, made like the evaluator workbooks' one: an
 * HMAC-SHA256 keyed with the workspace's workbook signing key, over what the workbook was issued for
 * (tender, contracted supplier) and a nonce naming this one export. A scheme name of its own keeps a
 * disclosure signature from ever passing as another kind of file's, and the other way round.
 */
import type { WorkbookSigningKey } from '../evaluation/signingKey';
import {
  newExportNonce,
  OTHER_WORKSPACE_MESSAGE,
  signValues,
  verifySignedValues,
  type SignatureCells,
} from '../evaluation/workbookSignature';

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

export function signDisclosureExport(
  key: WorkbookSigningKey,
  issue: Omit<DisclosureIdentity, 'exportNonce' | 'exportedAt'> & { exportedAt: Date },
): SignatureCells {
  const identity: DisclosureIdentity = { ...issue, exportNonce: newExportNonce(), exportedAt: issue.exportedAt.toISOString() };
  return signValues(
    key,
    SCHEME,
    FIELDS.map((field) => identity[field]),
  );
}

const DISCLOSURE_SIGNATURE_BROKEN =
  'This disclosure workbook was changed after it was exported: its hidden signature no longer matches what it was issued for. Import the workbook as exported, or export a new one for the supplier.';

/** The identity the workbook was signed with, or why it cannot be trusted. */
export function checkDisclosureSignature(
  key: WorkbookSigningKey | undefined,
  cells: SignatureCells,
): { ok: true; issued: DisclosureIdentity } | { ok: false; message: string } {
  const check = verifySignedValues(key, cells, SCHEME, FIELDS.length);
  if (check.ok)
    return { ok: true, issued: Object.fromEntries(FIELDS.map((field, i) => [field, check.values[i]])) as unknown as DisclosureIdentity };
  if (check.reason === 'other-workspace') return { ok: false, message: OTHER_WORKSPACE_MESSAGE.replace('its scores', 'its sites') };
  return { ok: false, message: DISCLOSURE_SIGNATURE_BROKEN };
}
