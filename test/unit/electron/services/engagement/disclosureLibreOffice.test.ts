/**
 * A real office suite opens the disclosure workbook: LibreOffice prints a filled one to PDF (the
 * instructions and the sites read back with pdftotext), and a copy saved again by LibreOffice, as a
 * supplier without Excel would send it, still imports.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../export/office';
import { asUpload, disclosureWorkspace, fillDisclosure, GOOD_SITES, type DisclosureWorkspace } from './disclosureHelpers';

const run = promisify(execFile);

let scratch: string;
let ws: DisclosureWorkspace;
let filled: string;

async function soffice(args: string[]): Promise<void> {
  const profile = await mkdtemp(join(scratch, 'profile-'));
  await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { timeout: 180_000 });
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'tw-discl-lo-'));
  ws = await disclosureWorkspace();
  const blank = Buffer.from(
    (await ws.call('disclosures.exportWorkbook', { tenderId: ws.tender.id, supplierId: 'sup-acme' })).base64,
    'base64',
  );
  filled = join(scratch, 'acme-sites.xlsx');
  await writeFile(filled, await fillDisclosure(blank, GOOD_SITES));
}, 60_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('LibreOffice and the disclosure workbook', () => {
  it('prints the instructions and the sites, without the hidden identity', async () => {
    await soffice(['--convert-to', 'pdf', '--outdir', scratch, filled]);
    const pdf = join(scratch, 'acme-sites.pdf');
    expect((await stat(pdf)).size).toBeGreaterThan(0);
    const text = await pdfText(pdf);
    expect(text).toContain('Requested by City of Example from Acme Computers Ltd');
    expect(text).toContain('Legal name');
    expect(text).toContain('Acme Assembly Vietnam Co., Ltd');
    expect(text).not.toContain('signedIdentity');
    expect(text).not.toMatch(/Tenderwright/i);
  }, 180_000);

  it('imports a filled workbook saved again by LibreOffice', async () => {
    const out = join(scratch, 'resaved');
    await mkdir(out);
    await soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, filled]);
    const resaved = await readFile(join(out, 'acme-sites.xlsx'));
    const outcome = await ws.call('disclosures.import', {
      tenderId: ws.tender.id,
      supplierId: 'sup-acme',
      file: asUpload('acme-sites.xlsx', resaved),
      by: 'Olga Officer',
    });
    expect(outcome.problems).toEqual([]);
    expect(outcome.status).toBe('imported');
    expect(outcome.version!.sites.map((s) => [s.country, s.date])).toEqual([
      ['VN', '2026-01-20'],
      ['CN', '2026-01-21'],
      ['MY', '2026-01-18'],
    ]);
  }, 180_000);
});
