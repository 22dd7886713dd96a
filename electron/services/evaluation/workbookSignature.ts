/**
 * The signature on an evaluator workbook's hidden sheet: an HMAC-SHA256, keyed with the workspace's
 * secret, over what the workbook was issued for (tender, lot, evaluator, revision, setup checksum) and
 * a nonce naming this one export. The signed values travel in one cell, as ASCII-only JSON, so the
 * import can verify them first and then say whom the workbook was issued to when its identity cells
 * were edited.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { evaluationOf } from '@shared/model/evaluation';
import type { Tender } from '@shared/model/tender';
import type { WorkbookSigningKey } from './signingKey';

const SIGNATURE_SCHEME = 'tenderwright-evaluator-signature-1';

export interface IssuedIdentity {
  tenderId: string;
  lotId: string;
  evaluatorId: string;
  tenderRevision: number;
  setupChecksum: string;
  /** Names this one export; the audit trail of an import refers to it. */
  exportNonce: string;
  exportedAt: string;
  /** As they were at export, to name the issuee even if the panel or lot changed since. */
  evaluatorName: string;
  lotTitle: string;
}

/** The three cells the hidden sheet carries. */
export interface SignatureCells {
  signingKeyId: string;
  signedIdentity: string;
  signature: string;
}

export const newExportNonce = () => randomBytes(16).toString('hex');

/**
 * JSON of a fixed-order array (unambiguous), with every character outside printable ASCII and every
 * "_" written as \uXXXX: no text cleaning or _xHHHH_ decoding on the way through a spreadsheet can
 * change a byte of it.
 */
/** The identity's fields in the order they are signed; the revision is the one number among them. */
const IDENTITY_FIELDS = [
  'tenderId',
  'lotId',
  'evaluatorId',
  'tenderRevision',
  'setupChecksum',
  'exportNonce',
  'exportedAt',
  'evaluatorName',
  'lotTitle',
] as const satisfies readonly (keyof IssuedIdentity)[];

function encodeSigned(scheme: string, values: readonly (string | number)[]): string {
  const json = JSON.stringify([scheme, ...values]);
  return json.replace(/[^\x20-\x5e\x60-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const encodeIdentity = (identity: IssuedIdentity) =>
  encodeSigned(
    SIGNATURE_SCHEME,
    IDENTITY_FIELDS.map((field) => identity[field]),
  );

function decodeIdentity(text: string): IssuedIdentity | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== IDENTITY_FIELDS.length + 1 || parsed[0] !== SIGNATURE_SCHEME) return undefined;
  const values = parsed.slice(1) as unknown[];
  const wellTyped = IDENTITY_FIELDS.every((field, i) => typeof values[i] === (field === 'tenderRevision' ? 'number' : 'string'));
  if (!wellTyped) return undefined;
  return Object.fromEntries(IDENTITY_FIELDS.map((field, i) => [field, values[i]])) as unknown as IssuedIdentity;
}

const hmac = (key: WorkbookSigningKey, text: string) => createHmac('sha256', key.secret).update(text, 'utf8').digest('hex');

export function signIdentity(key: WorkbookSigningKey, identity: IssuedIdentity): SignatureCells {
  const signedIdentity = encodeIdentity(identity);
  return { signingKeyId: key.keyId, signedIdentity, signature: hmac(key, signedIdentity) };
}

/**
 * The same signing for any other issued file (a supplier's response form, say): a fixed-order list
 * of strings under its own scheme name, so one kind of file's signature never passes for another's.
 */
export function signValues(key: WorkbookSigningKey, scheme: string, values: readonly string[]): SignatureCells {
  const signedIdentity = encodeSigned(scheme, values);
  return { signingKeyId: key.keyId, signedIdentity, signature: hmac(key, signedIdentity) };
}

export type SignedValuesCheck = { ok: true; values: string[] } | { ok: false; reason: 'unsigned' | 'other-workspace' | 'broken' };

const signatureMatches = (key: WorkbookSigningKey, cells: SignatureCells) => {
  const expected = Buffer.from(hmac(key, cells.signedIdentity), 'hex');
  const found = /^[0-9a-f]{64}$/.test(cells.signature) ? Buffer.from(cells.signature, 'hex') : Buffer.alloc(0);
  return found.length === expected.length && timingSafeEqual(found, expected);
};

/** Checks cells written by `signValues`: the values as signed, or why they cannot be trusted. */
export function verifySignedValues(
  key: WorkbookSigningKey | undefined,
  cells: SignatureCells,
  scheme: string,
  count: number,
): SignedValuesCheck {
  if (!cells.signature && !cells.signedIdentity && !cells.signingKeyId) return { ok: false, reason: 'unsigned' };
  if (!key || cells.signingKeyId !== key.keyId) return { ok: false, reason: 'other-workspace' };
  if (!signatureMatches(key, cells)) return { ok: false, reason: 'broken' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(cells.signedIdentity);
  } catch {
    return { ok: false, reason: 'broken' };
  }
  if (!Array.isArray(parsed) || parsed.length !== count + 1 || parsed[0] !== scheme) return { ok: false, reason: 'broken' };
  const values = parsed.slice(1) as unknown[];
  if (!values.every((v): v is string => typeof v === 'string')) return { ok: false, reason: 'broken' };
  return { ok: true, values };
}

/** What the identity cells of the hidden sheet say now. */
export interface IdentityOnSheet {
  tenderId: string;
  lotId: string;
  evaluatorId: string;
  tenderRevision: string;
  setupChecksum: string;
}

export type SignatureCheck = { ok: true; issued: IssuedIdentity } | { ok: false; message: string };

/** Current names, so the message uses the panel's and the tender's wording of today where it still can. */
export interface IssueeNames {
  evaluatorName(id: string): string | undefined;
  lotTitle(id: string): string | undefined;
}

const quote = (text: string) => `“${text}”`;

export const UNSIGNED_MESSAGE =
  'This workbook was exported by an earlier version of Tenderwright, before evaluator workbooks were signed, so it cannot be checked as issued. Export a new workbook for the evaluator and have it filled in.';
export const OTHER_WORKSPACE_MESSAGE =
  'This workbook was issued by another workspace (another Tenderwright data folder, not the one open now), so its scores cannot be checked here. Import it in the workspace that exported it, or export a new workbook from this one.';
export const SIGNATURE_BROKEN_MESSAGE =
  'This workbook was changed after it was exported: its hidden signature no longer matches what it was issued for. Import the workbook as exported, or export a new one.';

/** Checks the signature cells, then that the identity cells still say what was signed. */
export function checkWorkbookSignature(
  key: WorkbookSigningKey | undefined,
  cells: SignatureCells,
  onSheet: IdentityOnSheet,
  names: IssueeNames,
): SignatureCheck {
  if (!cells.signature && !cells.signedIdentity && !cells.signingKeyId) return { ok: false, message: UNSIGNED_MESSAGE };
  if (!key || cells.signingKeyId !== key.keyId) return { ok: false, message: OTHER_WORKSPACE_MESSAGE };
  const issued = signatureMatches(key, cells) ? decodeIdentity(cells.signedIdentity) : undefined;
  if (!issued) return { ok: false, message: SIGNATURE_BROKEN_MESSAGE };

  const changed = [
    onSheet.evaluatorId !== issued.evaluatorId && 'evaluator',
    onSheet.lotId !== issued.lotId && 'lot',
    onSheet.tenderId !== issued.tenderId && 'tender',
    onSheet.tenderRevision !== String(issued.tenderRevision) && 'tender revision',
    onSheet.setupChecksum !== issued.setupChecksum && 'criteria and bidders',
  ].filter((what): what is string => Boolean(what));
  if (changed.length > 0) {
    const who = names.evaluatorName(issued.evaluatorId) || issued.evaluatorName || 'an evaluator';
    const lot = names.lotTitle(issued.lotId) || issued.lotTitle;
    const list = changed.length === 1 ? changed[0]! : `${changed.slice(0, -1).join(', ')} and ${changed[changed.length - 1]!}`;
    return {
      ok: false,
      message: `This workbook was changed after it was exported: it was issued to ${who} for the lot ${quote(lot)}, but the hidden information on its ${list} now says otherwise. Import the workbook as exported, or export a new one.`,
    };
  }
  return { ok: true, issued };
}

/** Today's names of the tender's evaluators and lots. */
export function issueeNamesIn(tender: Readonly<Tender>): IssueeNames {
  return {
    evaluatorName: (id) => {
      for (const lot of tender.lots) {
        const evaluator = evaluationOf(lot).evaluators.find((e) => e.id === id);
        if (evaluator) return evaluator.name.trim() || evaluator.initials.trim() || undefined;
      }
      return undefined;
    },
    lotTitle: (id) => tender.lots.find((l) => l.id === id)?.title.trim() || undefined,
  };
}

/** The signature cells of one new export of `evaluator`'s workbook. */
export function signExport(
  key: WorkbookSigningKey,
  issue: {
    tender: Readonly<Tender>;
    lot: { id: string; title: string };
    evaluator: { id: string; name: string };
    setupChecksum: string;
    exportedAt: Date;
  },
): SignatureCells {
  const { tender, lot, evaluator } = issue;
  return signIdentity(key, {
    tenderId: tender.id,
    lotId: lot.id,
    evaluatorId: evaluator.id,
    tenderRevision: tender.revision,
    setupChecksum: issue.setupChecksum,
    exportNonce: newExportNonce(),
    exportedAt: issue.exportedAt.toISOString(),
    evaluatorName: evaluator.name,
    lotTitle: lot.title,
  });
}
