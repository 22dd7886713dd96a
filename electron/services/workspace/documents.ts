import type { z } from 'zod';
import { migrate, type DocumentKind } from '@shared/model/migrations';
import { CorruptFileError } from './errors';

/** How one kind of workspace file is checked on the way in and out. */
export interface DocumentFormat<T> {
  kind: DocumentKind;
  schema: z.ZodType<T>;
  /** Checks the schema cannot express (e.g. the id inside matches the file name); returns a reason when unusable. */
  verify?: (doc: T) => string | undefined;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const LAYOUT_NAME: Record<DocumentKind, string> = {
  tender: 'a tender',
  settings: 'the settings',
  library: 'the library',
  suppliers: 'the supplier register',
  disclosures: 'a factory disclosure register',
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
    .concat(error.issues.length > 5 ? [`and ${error.issues.length - 5} more problem(s)`] : [])
    .join('; ');
}

/**
 * Bytes -> validated current-version document, or a CorruptFileError saying in plain words why not.
 * Nothing is repaired silently: a BOM, for instance, means something other than Tenderwright wrote
 * the file, so the file is set aside for a person to look at rather than being half-trusted.
 */
export function decodeDocument<T>(filePath: string, bytes: Uint8Array, format: DocumentFormat<T>): T {
  const fail = (reason: string): never => {
    throw new CorruptFileError(filePath, reason);
  };
  if (UTF8_BOM.every((byte, i) => bytes[i] === byte)) {
    fail('the file starts with a byte-order mark (BOM), so it was not written by Tenderwright');
  }
  let text = '';
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    fail('the file is not valid UTF-8 text');
  }
  if (text.trim() === '') fail('the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    fail(`the file is not valid JSON (${(error as Error).message}); it may have been cut off`);
  }
  let doc: unknown;
  try {
    doc = migrate(format.kind, raw).doc;
  } catch (error) {
    fail((error as Error).message);
  }
  const parsed = format.schema.safeParse(doc);
  if (!parsed.success) fail(`it does not match the layout of ${LAYOUT_NAME[format.kind]} file: ${describeIssues(parsed.error)}`);
  const value = parsed.data as T;
  const problem = format.verify?.(value);
  if (problem) fail(problem);
  return value;
}

/** Validates before serialising: writing a file the next read would reject is a bug, not a save. */
export function encodeDocument<T>(doc: T, format: DocumentFormat<T>): string {
  return encodeValidDocument(checkBeforeWrite(doc, format.schema, format.kind));
}

/** `doc` as parsed by `schema`; throws (a bug, not bad input) when it would not read back. */
export function checkBeforeWrite<T>(doc: unknown, schema: z.ZodType<T>, kind: DocumentKind): T {
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    throw new Error(`Refusing to write ${LAYOUT_NAME[kind]} file that would not read back: ${describeIssues(parsed.error)}`);
  }
  return parsed.data;
}

/** The bytes of a document already known to match its schema (encodeDocument checks first). */
export function encodeValidDocument(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
