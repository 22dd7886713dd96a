/**
 * Factory disclosures end to end on a real workspace: the exported workbook, filled the way a supplier
 * would, imported as versions (every one kept), measured against the clause obligations, and shared as CSV.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { disclosureObligations } from '@shared/rules/disclosureDue';
import { asUpload, disclosureWorkspace, fillDisclosure, GOOD_SITES, type DisclosureWorkspace } from './disclosureHelpers';

let ws: DisclosureWorkspace;
let blank: Buffer;

beforeAll(async () => {
  ws = await disclosureWorkspace();
  const file = await ws.call('disclosures.exportWorkbook', { tenderId: ws.tender.id, supplierId: 'sup-acme' });
  expect(file.fileName).toBe('Factory disclosure - Acme Computers Ltd - Laptops for schools.xlsx');
  blank = Buffer.from(file.base64, 'base64');
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe('the disclosure workbook', () => {
  it('speaks for the buyer, explains the tiers and gives the due dates of the contract', async () => {
    const wb = await load(blank);
    expect(wb.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['Instructions', 'visible'],
      ['Sites', 'visible'],
      ['Identity', 'veryHidden'],
    ]);
    const instructions = wb.getWorksheet('Instructions')!;
    const text: string[] = [];
    instructions.eachRow((row) => text.push(String(row.getCell(1).value ?? '')));
    const all = text.join('\n');
    expect(all).toContain('Requested by City of Example from Acme Computers Ltd');
    expect(all).toMatch(/Tier 1: the factories where the contracted product models are manufactured/);
    expect(all).toMatch(/Tier 2: the factories that make the main components/);
    expect(all).toContain('• Tier 1 sites within 30 days of award: due by 4 February 2026.');
    expect(all).toContain('• Tier 2 component sites within 90 days of award: due by 5 April 2026.');
    expect(all).not.toMatch(/Tenderwright/i);
  });

  it('has protected headers, 500 unlocked rows for sites and a tier choice', async () => {
    const sites = (await load(blank)).getWorksheet('Sites')!;
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => sites.getCell(1, c).value)).toEqual([
      'Tier (1 or 2)',
      'Legal name',
      'Full address',
      'Country (ISO 3166 code)',
      'Products or components made',
      'Sector (optional)',
      'Date (YYYY-MM-DD)',
    ]);
    expect((sites as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(sites.getCell('B1').protection?.locked).not.toBe(false);
    for (const address of ['A2', 'C2', 'G2', 'C300', 'G501']) expect(sites.getCell(address).protection?.locked).toBe(false);
    expect(sites.getCell('A502').protection?.locked).not.toBe(false);
    expect(sites.getCell('A2').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2"'] });
  });
});

describe('importing a filled disclosure', () => {
  it('stores each sound file as a new version, keeps every one, and meets the obligations', async () => {
    const first = await ws.call('disclosures.import', {
      tenderId: ws.tender.id,
      supplierId: 'sup-acme',
      file: asUpload('acme sites.xlsx', await fillDisclosure(blank, GOOD_SITES)),
      by: 'Olga Officer',
    });
    expect(first.status).toBe('imported');
    expect(first.problems).toEqual([]);
    expect(first.summary).toBe('acme sites.xlsx: 3 sites (2 tier 1, 1 tier 2) stored as version 1.');
    expect(first.version!.sites).toEqual([
      {
        tier: 1,
        legalName: 'Acme Assembly Vietnam Co., Ltd',
        address: '12 Tan Thuan Road, District 7, Ho Chi Minh City 700000',
        country: 'VN',
        products: 'Laptop model A14, A15',
        sector: 'Electronics',
        date: '2026-01-20',
      },
      // Alpha-3 and lower-case codes are stored as alpha-2; a date typed as a date reads as one.
      {
        tier: 1,
        legalName: 'Acme Precision (Suzhou) Ltd',
        address: '88 Xinghu Street, Suzhou Industrial Park, Suzhou 215000',
        country: 'CN',
        products: 'Laptop model A17',
        date: '2026-01-21',
      },
      expect.objectContaining({ tier: 2, country: 'MY', legalName: 'Northern Batteries Sdn Bhd' }),
    ]);
    expect(first.version).toMatchObject({ importedBy: 'Olga Officer', fileName: 'acme sites.xlsx' });
    expect(first.version!.receivedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const second = await ws.call('disclosures.import', {
      tenderId: ws.tender.id,
      supplierId: 'sup-acme',
      file: asUpload('acme update.xlsx', await fillDisclosure(blank, GOOD_SITES.slice(0, 1))),
      by: 'Olga Officer',
    });
    expect(second.status).toBe('imported');
    expect(second.contract.versions.map((v) => [v.fileName, v.sites.length])).toEqual([
      ['acme sites.xlsx', 3],
      ['acme update.xlsx', 1],
    ]);

    const stored = await ws.call('disclosures.get', { tenderId: ws.tender.id });
    const contract = stored.contracts.find((c) => c.supplierId === 'sup-acme')!;
    expect(contract.versions).toHaveLength(2);
    const obligations = disclosureObligations(ws.tender, 'sup-acme', contract, first.version!.receivedOn);
    expect(obligations.slice(0, 2).map((o) => [o.tier, o.status, o.metByVersionId])).toEqual([
      [1, 'met', first.version!.id],
      [2, 'met', first.version!.id],
    ]);
  });

  it('reads a country written as its English name, with a warning saying so', async () => {
    const outcome = await ws.call('disclosures.import', {
      tenderId: ws.tender.id,
      supplierId: 'sup-bore',
      file: asUpload(
        'borealis.xlsx',
        await fillDisclosure(
          Buffer.from((await ws.call('disclosures.exportWorkbook', { tenderId: ws.tender.id, supplierId: 'sup-bore' })).base64, 'base64'),
          [[1, 'Borealis Plant Oy', 'Tehtaankatu 1, 90100 Oulu', 'Finland', 'Tablets', '', '2026-02-10']],
        ),
      ),
      by: 'Olga Officer',
    });
    expect(outcome.status).toBe('imported');
    expect(outcome.version!.sites[0]!.country).toBe('FI');
    expect(outcome.warnings).toEqual([{ cell: 'Sites!D2', message: 'Sites!D2: “Finland” was read as the country code FI.' }]);
  });

  it('refuses a disclosure from a bidder, who has no contract', async () => {
    await expect(ws.call('disclosures.exportWorkbook', { tenderId: ws.tender.id, supplierId: 'sup-bid' })).rejects.toThrow(
      /Cobalt Bidder is a bidder in “Laptops for schools”, not a contracted supplier/,
    );
  });
});

describe('the CSV for a public factory database', () => {
  it('has Open Supply Hub’s list columns and the latest version’s sites, formulas defused', async () => {
    const target = await disclosureWorkspace('Monitors');
    const wb = Buffer.from(
      (await target.call('disclosures.exportWorkbook', { tenderId: target.tender.id, supplierId: 'sup-acme' })).base64,
      'base64',
    );
    const rows = [
      ...GOOD_SITES,
      [2, '=HYPERLINK("http://example.com","Cells Ltd")', '@5 Cell Lane, Penang', 'MYS', '+Cells', '-', '2026-01-19'],
    ] as typeof GOOD_SITES;
    const imported = await target.call('disclosures.import', {
      tenderId: target.tender.id,
      supplierId: 'sup-acme',
      file: asUpload('sites.xlsx', await fillDisclosure(wb, rows)),
      by: 'Olga Officer',
    });
    expect(imported.status).toBe('imported');
    const csv = await target.call('disclosures.exportCsv', { tenderId: target.tender.id, supplierId: 'sup-acme' });
    expect(csv.mimeType).toBe('text/csv');
    expect(csv.fileName).toBe(`Disclosed sites - Acme Computers Ltd - ${imported.version!.receivedOn}.csv`);
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\ufeffcountry,name,address,sector,product_type\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      'country,name,address,sector,product_type',
      'VN,"Acme Assembly Vietnam Co., Ltd","12 Tan Thuan Road, District 7, Ho Chi Minh City 700000",Electronics,"Laptop model A14, A15"',
      'CN,Acme Precision (Suzhou) Ltd,"88 Xinghu Street, Suzhou Industrial Park, Suzhou 215000",,Laptop model A17',
      'MY,Northern Batteries Sdn Bhd,"Lot 5, Jalan Perindustrian 3, 81400 Senai, Johor",Electronics,Battery packs for A14 and A17',
      `MY,"'=HYPERLINK(""http://example.com"",""Cells Ltd"")","'@5 Cell Lane, Penang",'-,'+Cells`,
      '',
    ]);
    await expect(target.call('disclosures.exportCsv', { tenderId: target.tender.id, supplierId: 'sup-bore' })).rejects.toThrow(
      'Borealis Devices has sent no disclosure yet; import their workbook first.',
    );
  });
});
