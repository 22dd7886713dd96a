/**
 * Every bad disclosure file: a message naming the cell or row, and nothing stored from it.
 * The bad files are made from a real exported workbook, so they always match the current format.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Document, Packer, Paragraph } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DisclosureImportOutcome } from '@shared/api/methods/engagement';
import { makeZip } from '../evaluation/helpers';
import { asUpload, disclosureWorkspace, fillDisclosure, GOOD_SITES, type DisclosureWorkspace, type SiteRow } from './disclosureHelpers';

let ws: DisclosureWorkspace;
let other: DisclosureWorkspace;
let blank: Buffer;

const exported = async (target: DisclosureWorkspace, supplierId: string) =>
  Buffer.from((await target.call('disclosures.exportWorkbook', { tenderId: target.tender.id, supplierId })).base64, 'base64');

beforeAll(async () => {
  [ws, other] = await Promise.all([disclosureWorkspace(), disclosureWorkspace('Desk chairs')]);
  blank = await exported(ws, 'sup-acme');
});

/** Imports one file for Acme and asserts it was refused with nothing stored; returns its outcome. */
async function refused(fileName: string, bytes: Uint8Array): Promise<DisclosureImportOutcome> {
  const before = await ws.disclosuresFile();
  const outcome = await ws.call('disclosures.import', {
    tenderId: ws.tender.id,
    supplierId: 'sup-acme',
    file: asUpload(fileName, bytes),
    by: 'Olga Officer',
  });
  expect(outcome.status).toBe('rejected');
  expect(outcome.version).toBeUndefined();
  expect(outcome.summary).toMatch(/not imported, .+; nothing from the file was stored\.$/);
  expect(await ws.disclosuresFile()).toBe(before);
  return outcome;
}

const messages = (outcome: DisclosureImportOutcome) => outcome.problems.map((p) => p.message);
const withRow = (row: SiteRow) => fillDisclosure(blank, [GOOD_SITES[0]!, row]);

describe('rows with problems, each named by its cell', () => {
  it('a site without an address', async () => {
    const outcome = await refused('no address.xlsx', await withRow([1, 'Acme Two Ltd', '', 'VN', 'Laptops', '', '2026-01-20']));
    expect(outcome.problems).toEqual([
      {
        cell: 'Sites!C3',
        message: 'Sites!C3: the full address of the site is missing; give the street, city and postcode of the site itself.',
      },
    ]);
  });

  it('an unknown country', async () => {
    const outcome = await refused(
      'country.xlsx',
      await withRow([1, 'Acme Two Ltd', '1 Road, Hanoi', 'Vietnamm', 'Laptops', '', '2026-01-20']),
    );
    expect(messages(outcome)).toEqual([
      'Sites!D3: “Vietnamm” is not an ISO 3166 country code; write a two- or three-letter code, such as VN or VNM for Viet Nam.',
    ]);
    expect(messages(await refused('code.xlsx', await withRow([1, 'Acme Two Ltd', '1 Road', 'XQ', 'Laptops', '', '2026-01-20'])))).toEqual([
      expect.stringMatching(/^Sites!D3: “XQ” is not an ISO 3166 country code/),
    ]);
  });

  it('the same site twice, naming both rows', async () => {
    const again: SiteRow = [
      1,
      'ACME Assembly Vietnam Co. Ltd',
      '12 Tan Thuan Road,  District 7, Ho Chi Minh City 700000',
      'VNM',
      'Laptop A16',
      '',
      '2026-01-22',
    ];
    const outcome = await refused('twice.xlsx', await fillDisclosure(blank, [...GOOD_SITES, again]));
    expect(outcome.problems).toEqual([
      {
        cell: 'Sites!B5',
        message:
          'Sites!B5: the same site as in row 2 (“ACME Assembly Vietnam Co. Ltd”, same address and country). List each site once, with all its products in one row; remove row 5 or correct it.',
      },
    ]);
  });

  it('a bad tier, a missing name, products and date, an unreadable date, a formula', async () => {
    const outcome = await refused(
      'many.xlsx',
      await fillDisclosure(blank, [
        [3, 'Acme', '1 Road', 'VN', 'Laptops', '', '2026-01-20'],
        [1, '', '2 Road', 'VN', '', '', ''],
        [2, 'Acme Parts', '3 Road', 'VN', 'Keyboards', '', '20/01/2026'],
        [1, { formula: 'CONCAT("A","B")' }, '4 Road', 'VN', 'Laptops', '', '2026-02-30'],
      ]),
    );
    expect(messages(outcome)).toEqual([
      'Sites!A2: the tier must be 1 (a factory making the products) or 2 (a component factory), not “3”.',
      'Sites!B3: the legal name of the site is missing.',
      'Sites!E3: the products or components made at the site is missing.',
      'Sites!G3: the date is missing; write the day the information was last checked, as YYYY-MM-DD.',
      'Sites!G4: “20/01/2026” is not a date; write it as YYYY-MM-DD, for example 2027-03-31.',
      'Sites!B5: the legal name of the site is a formula (=CONCAT("A","B")); write the value itself.',
      'Sites!G5: “2026-02-30” is not a date; write it as YYYY-MM-DD, for example 2027-03-31.',
    ]);
  });

  it('a long list of problems: the first hundred, then how many more', async () => {
    const rows: SiteRow[] = Array.from({ length: 130 }, (_, i) => [1, `Factory ${i}`, '', 'VN', 'Laptops', '', '2026-01-20']);
    const outcome = await refused('many rows.xlsx', await fillDisclosure(blank, rows));
    expect(outcome.problems).toHaveLength(101);
    expect(outcome.problems[99]!.cell).toBe('Sites!C101');
    expect(outcome.problems[100]!.message).toMatch(/^… and 30 more problems of the same kinds further down the Sites sheet\./);
  });

  it('a workbook with no sites at all, or with its headers moved', async () => {
    expect(messages(await refused('empty.xlsx', blank))).toEqual([expect.stringMatching(/^The Sites sheet lists no sites/)]);
    const moved = await fillDisclosure(blank, GOOD_SITES, (wb) => {
      wb.getWorksheet('Sites')!.getCell('C1').value = 'Address';
    });
    expect(await refused('moved.xlsx', moved).then((o) => o.problems)).toEqual([
      {
        cell: 'Sites!C1',
        message: 'Sites!C1: expected the header “Full address” but found “Address”; columns were inserted, deleted or moved.',
      },
    ]);
  });
});

describe('files that are not this contract’s disclosure workbook', () => {
  it('another supplier’s workbook', async () => {
    const theirs = await fillDisclosure(await exported(ws, 'sup-bore'), GOOD_SITES);
    expect(messages(await refused('borealis.xlsx', theirs))).toEqual([
      'This disclosure workbook was issued to “Borealis Devices”, not to “Acme Computers Ltd”. Import it on “Borealis Devices”’s page, or export a workbook for “Acme Computers Ltd”.',
    ]);
  });

  it('a workbook from another workspace, or with its hidden identity edited', async () => {
    const elsewhere = await fillDisclosure(await exported(other, 'sup-acme'), GOOD_SITES);
    expect(messages(await refused('elsewhere.xlsx', elsewhere))[0]).toMatch(/^This workbook was issued by another workspace/);
    const edited = await fillDisclosure(blank, GOOD_SITES, (wb) => {
      wb.getWorksheet('Identity')!.getCell('B4').value = 'sup-bore';
    });
    expect(messages(await refused('edited.xlsx', edited))).toEqual([
      'This disclosure workbook was changed after it was exported: it was issued to “Acme Computers Ltd”, but its hidden identity now says otherwise. Import the workbook as exported, or export a new one.',
    ]);
    const forged = await fillDisclosure(blank, GOOD_SITES, (wb) => {
      const sheet = wb.getWorksheet('Identity')!;
      sheet.getCell('B8').value = String(sheet.getCell('B8').value).replace('sup-acme', 'sup-bore');
    });
    expect(messages(await refused('forged.xlsx', forged))[0]).toMatch(
      /^This disclosure workbook was changed after it was exported: its hidden signature/,
    );
  });

  it('a workbook not exported for a contract', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sites').getCell('A1').value = 'Tier (1 or 2)';
    const plain = Buffer.from(await wb.xlsx.writeBuffer());
    const form = new ExcelJS.Workbook();
    for (const name of ['Instructions', 'Questions', 'Form identity']) form.addWorksheet(name);
    expect(messages(await refused('answers.xlsx', Buffer.from(await form.xlsx.writeBuffer())))).toEqual([
      expect.stringMatching(/^This is a supplier response form \(the answers to a round’s questions\), not a factory disclosure workbook/),
    ]);
    expect(messages(await refused('own list.xlsx', plain))).toEqual([
      expect.stringMatching(/^This is not a disclosure workbook exported for this contract/),
    ]);
  });

  it('a macro workbook', async () => {
    const zip = await JSZip.loadAsync(await fillDisclosure(blank, GOOD_SITES));
    zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types
        .replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        )
        .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
    );
    const macro = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const [message] = messages(await refused('sites.xlsm', macro));
    expect(message).toMatch(/^The workbook was not opened: it contains macros/);
    expect(message).toContain('a disclosure workbook never has');
    expect(message).not.toMatch(/evaluator/);
  });

  it('a renamed .docx, a file that is not a workbook, a zip bomb', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Our factories')] }] }));
    expect(messages(await refused('sites.xlsx', docx))).toEqual([
      'This file is a Word document (.docx), not an Excel workbook (.xlsx). Import the supplier’s .xlsx disclosure workbook instead.',
    ]);
    expect(messages(await refused('sites.xlsx', Buffer.from('name,address\nAcme,1 Road')))).toEqual([
      expect.stringMatching(/^This is a CSV text file, not an Excel workbook/),
    ]);
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<x/>') },
      { name: 'xl/workbook.xml', data: new Uint8Array(8 * 1024 * 1024) },
    ]);
    expect(messages(await refused('bomb.xlsx', bomb))[0]).toMatch(/zip bomb/);
  });
});
