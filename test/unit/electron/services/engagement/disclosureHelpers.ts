/**
 * A real workspace with a tender whose clauses ask for factory disclosure, two contracted suppliers
 * and a bidder; and a way to fill an exported disclosure workbook the way a supplier would.
 */
import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import { createInstance } from '@shared/clauses/instances';
import type { ClauseInstance, ParameterValues } from '@shared/model/clauses';
import { contentOf, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';
import { loadBuiltinClauses } from '../../../shared/clauses/helpers';

const library = loadBuiltinClauses();

export function clause(templateId: string, values: ParameterValues = {}, order = 0): ClauseInstance {
  const entry = library.find((c) => c.id === templateId)!;
  return createInstance(entry.versions[entry.versions.length - 1]!, { order, origin: 'builtin', values, id: `cl-${templateId}` });
}

export interface DisclosureWorkspace {
  root: string;
  handlers: Handlers;
  tender: Tender;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** The disclosures file as on disk, or undefined when there is none. */
  disclosuresFile(): Promise<string | undefined>;
}

const opened: { root: string; handlers: Handlers }[] = [];
afterAll(async () => {
  await Promise.all(
    opened.splice(0).map(async ({ root, handlers }) => {
      await closeHandlers(handlers);
      await rm(root, { recursive: true, force: true });
    }),
  );
});

export async function disclosureWorkspace(title = 'Laptops for schools'): Promise<DisclosureWorkspace> {
  const root = await mkdtemp(join(tmpdir(), 'tw-discl-'));
  const handlers = await createHandlers(root);
  opened.push({ root, handlers });
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { body: result.error });
    return result.data as Output<M>;
  };
  const created = await call('tenders.create', { title, reference: 'IT-2027-01', buyer: 'City of Example', lots: ['Laptops'] });
  const content = contentOf(created);
  const tender = await call('tenders.save', {
    id: created.id,
    content: {
      ...content,
      clauses: [
        clause('tier1-factory-disclosure', { days_to_disclose: 30 }, 0),
        clause('tier2-component-disclosure', { days_to_disclose_tier2: 90 }, 1),
        clause('disclosure-periodic-update', { update_interval_months: 12 }, 2),
      ],
      qa: {
        ...content.qa,
        suppliers: [
          { id: 'sup-acme', name: 'Acme Computers Ltd', role: 'contracted', awardedOn: '2026-01-05' },
          { id: 'sup-bore', name: 'Borealis Devices', role: 'contracted', awardedOn: '2026-02-01' },
          { id: 'sup-bid', name: 'Cobalt Bidder', role: 'bidder' },
        ],
      },
    },
  });
  const disclosuresFile = () => readFile(join(root, 'disclosures', `${tender.id}.json`), 'utf8').catch(() => undefined);
  return { root, handlers, tender, call, disclosuresFile };
}

export type SiteRow = [
  tier: unknown,
  legalName: unknown,
  address: unknown,
  country: unknown,
  products: unknown,
  sector: unknown,
  date: unknown,
];

export const GOOD_SITES: SiteRow[] = [
  [
    1,
    'Acme Assembly Vietnam Co., Ltd',
    '12 Tan Thuan Road, District 7, Ho Chi Minh City 700000',
    'VN',
    'Laptop model A14, A15',
    'Electronics',
    '2026-01-20',
  ],
  [
    1,
    'Acme Precision (Suzhou) Ltd',
    '88 Xinghu Street, Suzhou Industrial Park, Suzhou 215000',
    'CHN',
    'Laptop model A17',
    '',
    new Date(Date.UTC(2026, 0, 21)),
  ],
  [
    2,
    'Northern Batteries Sdn Bhd',
    'Lot 5, Jalan Perindustrian 3, 81400 Senai, Johor',
    'my',
    'Battery packs for A14 and A17',
    'Electronics',
    '2026-01-18',
  ],
];

/** Writes `rows` into the Sites sheet from row 2, applies `tamper`, and returns the saved workbook. */
export async function fillDisclosure(blank: Uint8Array, rows: SiteRow[], tamper?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(blank) as unknown as ExcelJS.Buffer);
  const sites = wb.getWorksheet('Sites')!;
  rows.forEach((row, i) =>
    row.forEach((value, c) => {
      if (value !== '' && value !== undefined) sites.getCell(2 + i, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
  tamper?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const asUpload = (fileName: string, bytes: Uint8Array) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });
