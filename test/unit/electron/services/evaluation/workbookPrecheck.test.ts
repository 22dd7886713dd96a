/**
 * The checks made from the zip before exceljs parses a workbook, and the worker threads that read
 * workbooks off the main process. The hostile workbooks are real exported ones with the parts a
 * macro-enabled, linked or OLE-carrying workbook has added to their zip with JSZip.
 */
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookImportResult } from '@shared/api/methods/evaluation';
import { parseInput } from '@shared/api/contract';
import { readEvaluatorWorkbook } from '../../../../../electron/services/evaluation/importWorkbook';
import { precheckWorkbook, readMetadataFromZip } from '../../../../../electron/services/evaluation/workbookPrecheck';
import { WorkbookReaderPool } from '../../../../../electron/services/evaluation/workbookReaderPool';
import { existingSigningKey, type WorkbookSigningKey } from '../../../../../electron/services/evaluation/signingKey';
import { inspectWorkbookZip } from '../../../../../electron/services/evaluation/zipGuard';
import { asUpload, exportAll, fillWorkbook, workspaceWithLot, type Workspace } from './helpers';
import { fixtureLot } from '../../../shared/evaluation/lotFixture';

let ws: Workspace;
let good: Buffer;
let signingKey: WorkbookSigningKey | undefined;
const pool = new WorkbookReaderPool(2);

beforeAll(async () => {
  ws = await workspaceWithLot(fixtureLot(), 'file');
  const blank = await exportAll(ws);
  good = await fillWorkbook(blank['ev-ao'], ws.lot, 'ev-ao');
  signingKey = await existingSigningKey(ws.root);
});
afterAll(() => pool.close());

/** `good` with `parts` added to its zip and its content types edited by `types`. */
async function withParts(parts: Record<string, string | Uint8Array>, types: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(good);
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  const contentTypes = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types(contentTypes));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const addTypes = (xml: string, entries: string) => xml.replace('</Types>', `${entries}</Types>`);

async function refused(fileName: string, bytes: Uint8Array): Promise<WorkbookImportResult> {
  const file = join(ws.root, 'tenders', `${ws.tender.id}.json`);
  const before = await readFile(file, 'utf8');
  const outcome = await ws.call('evaluation.importWorkbooks', {
    tenderId: ws.tender.id,
    lotId: ws.lot.id,
    files: [asUpload(fileName, bytes)],
    by: 'Lena Lead',
  });
  expect(outcome.changed).toBe(false);
  expect(outcome.files[0]!.status).toBe('rejected');
  expect(await readFile(file, 'utf8')).toBe(before);
  return outcome.files[0]!;
}

describe('what an evaluator workbook never holds, refused from the zip', () => {
  it('a macro-enabled workbook', async () => {
    const macro = await withParts({ 'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]) }, (xml) =>
      addTypes(
        xml.replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        ),
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
      ),
    );
    expect(inspectWorkbookZip(macro).ok).toBe(true);
    const result = await refused('scores.xlsm', macro);
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining('it contains macros')]);
  });

  it('a workbook that links to another workbook', async () => {
    const link =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"><sheetNames><sheetName val="Prices"/></sheetNames></externalBook></externalLink>';
    const linked = await withParts({ 'xl/externalLinks/externalLink1.xml': link }, (xml) =>
      addTypes(
        xml,
        '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>',
      ),
    );
    const result = await refused('linked.xlsx', linked);
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining('it links to other files')]);
  });

  it('a workbook with an embedded OLE object', async () => {
    const ole = await withParts(
      { 'xl/embeddings/oleObject1.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]) },
      (xml) => addTypes(xml, '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.oleObject"/>'),
    );
    const result = await refused('with object.xlsx', ole);
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining('it contains embedded objects')]);
  });
});

describe('the identity, read from the hidden sheet’s XML', () => {
  it('reads the same tender, lot and evaluator exceljs reads', () => {
    const info = readMetadataFromZip(good)!;
    expect(info.get('format')).toBe('tenderwright-evaluator-workbook');
    expect(info.get('tenderId')).toBe(ws.tender.id);
    expect(info.get('lotId')).toBe(ws.lot.id);
    expect(info.get('evaluatorId')).toBe('ev-ao');
  });

  it('a workbook from another workspace’s tender is refused before the full parse, with the import’s own message', async () => {
    const other = await workspaceWithLot();
    const renamed = await other.call('tenders.rename', { id: other.tender.id, title: 'Tablets for libraries' });
    const [file] = await other.call('evaluation.exportWorkbooks', { tenderId: renamed.id, lotId: other.lot.id, evaluatorIds: ['ev-ao'] });
    const filled = await fillWorkbook(Buffer.from(file!.base64, 'base64'), other.lot, 'ev-ao');
    const zip = inspectWorkbookZip(filled);
    if (!zip.ok) throw new Error(zip.message);
    const expected = precheckWorkbook(filled, zip.names, { tender: ws.tender, lot: ws.lot, signingKey });
    expect(expected).toMatch(/^This workbook was issued by another workspace/);
    expect((await refused('other.xlsx', filled)).problems.map((p) => p.message)).toEqual([expected]);
  });

  it('a workbook of this tender and lot goes on to the full reading', () => {
    const zip = inspectWorkbookZip(good);
    if (!zip.ok) throw new Error(zip.message);
    expect(precheckWorkbook(good, zip.names, { tender: ws.tender, lot: ws.lot, signingKey })).toBeUndefined();
  });
});

describe('reading in worker threads', () => {
  it('gives exactly the reading of the main process, and the file’s SHA-256', async () => {
    const context = { tender: ws.tender, lot: ws.lot, signingKey };
    const base64 = good.toString('base64');
    const [inWorker, again] = await pool.readAll([base64, base64], context);
    expect(inWorker!.reading).toEqual(await readEvaluatorWorkbook(good, context));
    expect(inWorker!.workbookSha256).toBe(createHash('sha256').update(good).digest('hex'));
    expect(again).toEqual(inWorker);
  });

  it('an error inside the worker refuses that file in plain words, and the next file is still read', async () => {
    const broken = { tender: ws.tender, lot: { ...ws.lot, criteria: null }, signingKey } as unknown as Parameters<typeof pool.read>[1];
    const { reading: failed } = await pool.read(good.toString('base64'), broken);
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.problems[0]!.message).toMatch(/^The workbook could not be checked: the program reading it stopped/);
    expect((await pool.read(good.toString('base64'), { tender: ws.tender, lot: ws.lot, signingKey })).reading.ok).toBe(true);
  });

  it('a worker that stops in the middle of a file refuses that file rather than leaving the import waiting', async () => {
    const own = new WorkbookReaderPool(1);
    const pending = own.read(good.toString('base64'), { tender: ws.tender, lot: ws.lot, signingKey });
    await own.close();
    const { reading } = await pending;
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.problems[0]!.message).toMatch(
      /^The workbook could not be checked: the program reading it stopped \(exit code \d+\)\. Nothing from this file was used\./,
    );
  });

  it('a normal import through the service stores what the main process reads', async () => {
    const target = await workspaceWithLot();
    const blank = await exportAll(target);
    const filled = await fillWorkbook(blank['ev-bw'], target.lot, 'ev-bw');
    const outcome = await target.call('evaluation.importWorkbooks', {
      tenderId: target.tender.id,
      lotId: target.lot.id,
      files: [asUpload('bw.xlsx', filled)],
      by: 'Lena Lead',
    });
    expect(outcome.files[0]!.status).toBe('imported');
    const reading = await readEvaluatorWorkbook(filled, {
      tender: target.tender,
      lot: target.lot,
      signingKey: await existingSigningKey(target.root),
    });
    if (!reading.ok) throw new Error(reading.problems[0]!.message);
    expect(outcome.records.imports[0]!.scores).toEqual(reading.scores);
    expect(outcome.records.imports[0]!.verdicts).toEqual(reading.verdicts);
    expect(outcome.records.imports[0]!.workbookSha256).toBe(createHash('sha256').update(filled).digest('hex'));
  });
});

describe('the upload schema', () => {
  const upload = (base64: string) => () =>
    parseInput('evaluation.importWorkbooks', { tenderId: 't', lotId: 'l', by: 'Lena', files: [{ fileName: 'a.xlsx', base64 }] });
  it('takes base64 with up to two "=" at its end, and nothing else', () => {
    for (const good of ['', 'QUJD', 'QUI=', 'QQ==', Buffer.from(sampleBytes()).toString('base64')]) expect(upload(good)).not.toThrow();
    for (const bad of ['QUJD$', 'QU=I', 'Q===', 'QUJD\n', '=QUI', 'QU I=']) expect(upload(bad)).toThrow('must be base64');
  });
});

function sampleBytes(): Uint8Array {
  return Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
}
