/**
 * Shared set-up for the evaluation service tests: a real workspace with the fixture lot, and filling
 * exported workbooks the way an evaluator would, with exceljs.
 */
import ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import { contentOf, type Lot, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../../../electron/services/handlers';
import { SHEETS, scoringLayout } from '../../../../../electron/services/evaluation/evaluatorWorkbook';
import { tempDirsPerTest } from '../temp-dir';
import { REQUIREMENTS, SCORES, fixtureLot, type BIDDERS, type EVALUATORS } from '../../../shared/evaluation/lotFixture';

const tempDir = tempDirsPerTest('tw-eval-');
const opened: Handlers[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((h) => closeHandlers(h)));
});

/** Workspaces that live for the whole file (made in beforeAll), removed after it. */
const kept: { dir: string; handlers: Handlers }[] = [];
afterAll(async () => {
  for (const { dir, handlers } of kept.splice(0)) {
    await closeHandlers(handlers);
    await rm(dir, { recursive: true, force: true });
  }
});

export interface Workspace {
  root: string;
  handlers: Handlers;
  tender: Tender;
  lot: Lot;
  /** Calls a method through the contract (schema parsing included); throws the error body on failure. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
}

/** A workspace holding one tender whose first lot is the fixture lot. */
export async function workspaceWithLot(lot: Lot = fixtureLot(), scope: 'test' | 'file' = 'test'): Promise<Workspace> {
  const root = scope === 'test' ? await tempDir() : await mkdtemp(join(tmpdir(), 'tw-eval-file-'));
  const handlers = await createHandlers(root);
  if (scope === 'test') opened.push(handlers);
  else kept.push({ dir: root, handlers });
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { body: result.error });
    return result.data as Output<M>;
  };
  const created = await call('tenders.create', {
    title: 'Laptops for schools',
    reference: 'IT-2027-01',
    buyer: 'City of Example',
    lots: ['Laptops', 'Repair'],
  });
  const tender = await call('tenders.save', { id: created.id, content: { ...contentOf(created), lots: [lot, created.lots[1]!] } });
  return { root, handlers, tender, lot: tender.lots[0]!, call };
}

export type Filler = (sheet: ExcelJS.Worksheet, layout: ReturnType<typeof scoringLayout>) => void;

/**
 * Fills an exported evaluator workbook with the fixture scores of `evaluatorId` (reasons included),
 * then applies `tamper` (to make bad files), and returns the saved bytes.
 */
export async function fillWorkbook(
  bytes: Uint8Array,
  lot: Lot,
  evaluatorId: (typeof EVALUATORS)[number],
  tamper?: (wb: ExcelJS.Workbook, layout: ReturnType<typeof scoringLayout>) => void | Promise<void>,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(SHEETS.scoring)!;
  const layout = scoringLayout(lot);
  for (const input of layout.scoreInputs) {
    const score = SCORES[evaluatorId][input.bidderId as (typeof BIDDERS)[number]][input.criterionId as 'c-q1'];
    ws.getCell(input.score).value = score;
    ws.getCell(input.reason).value = `Reason of ${evaluatorId} for ${input.bidderLabel} on ${input.criterionLabel}`;
  }
  for (const input of layout.verdictInputs) {
    const fail = evaluatorId === 'ev-ao' && input.bidderId === 'b-bor' && input.requirementId === REQUIREMENTS[0]!.id;
    ws.getCell(input.verdict).value = fail ? 'Fail' : 'Pass';
    if (fail) ws.getCell(input.reason).value = 'No factory list in the bid';
  }
  await tamper?.(wb, layout);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const asUpload = (fileName: string, bytes: Uint8Array) => ({ fileName, base64: Buffer.from(bytes).toString('base64') });

/** Exports every evaluator's workbook and returns them by evaluator id. */
export async function exportAll(ws: Workspace): Promise<Record<(typeof EVALUATORS)[number], Buffer>> {
  const files = await ws.call('evaluation.exportWorkbooks', { tenderId: ws.tender.id, lotId: ws.lot.id });
  const byInitials = Object.fromEntries(
    files.map((f) => [f.fileName.match(/ - ([A-Z]+) scoring\.xlsx$/)![1]!, Buffer.from(f.base64, 'base64')]),
  );
  return { 'ev-ao': byInitials.AO!, 'ev-bw': byInitials.BW!, 'ev-cl': byInitials.CL! };
}

/** A minimal zip writer for hand-made bad files: entries stored or deflated, sizes optionally lied about. */
export function makeZip(entries: { name: string; data: Uint8Array; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
