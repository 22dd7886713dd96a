import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { contentOf as contentOfTender, type Tender, type TenderContent } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../../electron/services/handlers';

/** Handlers on a real workspace folder, closed after each test. Call once at the top of a test file. */
export function handlersPerTest(): (root: string) => Promise<Handlers> {
  const opened: Handlers[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((h) => closeHandlers(h)));
  });
  return async (root) => {
    const handlers = await createHandlers(root);
    opened.push(handlers);
    return handlers;
  };
}

export const LEGACY_FIXTURE = join(__dirname, '../../../fixtures/workspace/legacy-v0-tender.json');
export const QUARANTINE_STAMP = /\.corrupt-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

export const newTender = (title: string, lots = ['Lot 1']) => ({ title, reference: `REF ${title}`, buyer: 'City of Example', lots });

export function contentOf(tender: Tender, change: Partial<TenderContent> = {}): TenderContent {
  return { ...contentOfTender(tender), ...change };
}

/** Handlers may return plain values, so the result is wrapped before waiting for the rejection. */
export async function apiError(result: unknown): Promise<ApiError> {
  const error = await Promise.resolve(result).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

export const CORRUPT_CASES: [string, string | Uint8Array, RegExp][] = [
  ['truncated JSON', '{"schemaVersion":1,"id":"bad","title":"Cut', /not valid JSON/],
  ['an empty file', '', /empty/],
  ['null', 'null', /found null/],
  ['a BOM-prefixed file', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"schemaVersion":1}')]), /byte-order mark/],
  ['schema-invalid content', JSON.stringify({ schemaVersion: 1, id: 'bad', title: '' }), /does not match the layout of a tender file/],
  ['a future schemaVersion', JSON.stringify({ schemaVersion: 7, id: 'bad', title: 'Future' }), /newer version/],
];
