import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClauseDraft } from '@shared/clauses/library';
import { parseBuiltinClauses } from '@shared/clauses/library';
import type { LibraryClause } from '@shared/model/clauses';

export const ROOT = resolve(__dirname, '../../../..');

export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(resolve(ROOT, relative), 'utf8')) as unknown;
}

export function loadBuiltinClauses(): LibraryClause[] {
  const result = parseBuiltinClauses(readJson('resources/library/clauses.json'));
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

export const NOW = '2026-05-01T09:00:00.000Z';

/** A small own clause used across the versioning tests. */
export function draft(overrides: Partial<ClauseDraft> = {}): ClauseDraft {
  return {
    title: 'Factory disclosure',
    body: 'Within {{days_to_disclose:number}} days of award, {{supplier}} shall list its factories for {{buyer}}.',
    subClauses: [
      {
        id: 'data',
        heading: 'Data',
        body: 'The list gives:',
        items: [
          { id: 'name', body: 'the legal name of each factory;' },
          { id: 'address', body: 'its physical address.' },
        ],
      },
      { id: 'format', body: 'The list is delivered as {{format:choice}}.' },
    ],
    parameters: [
      { name: 'days_to_disclose', type: 'number', label: 'Days to disclose', help: '', default: 30, min: 1, max: 365, integer: true },
      {
        name: 'format',
        type: 'choice',
        label: 'Format',
        help: '',
        options: [
          { value: 'sheet', label: 'Spreadsheet', text: 'a spreadsheet' },
          { value: 'open', label: 'Open data', text: 'open data' },
        ],
        default: 'sheet',
      },
    ],
    guidance: 'Ask early.',
    tags: { topic: 'tier1-disclosure', leverage: 'A', purpose: 'oblige-to-address', moments: ['contract-negotiation'] },
    ...overrides,
  };
}
