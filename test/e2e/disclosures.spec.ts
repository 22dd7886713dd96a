/**
 * Factory disclosures on the supplier page: a contracted supplier's obligations from the tender's
 * clauses, the disclosure workbook exported (a download), filled in with exceljs as the supplier
 * would, a bad copy refused naming its cell, the good one imported so the obligation is met, and the
 * sites exported as CSV for the monitoring organisation.
 */
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInstance } from '../../shared/clauses/instances';
import { parseBuiltinClauses } from '../../shared/clauses/library';
import { contentOf } from '../../shared/model/tender';
import { test, expect, expectNoSeriousViolations, seedTender } from './fixtures';

const parsed = parseBuiltinClauses(JSON.parse(readFileSync(join(__dirname, '../../resources/library/clauses.json'), 'utf8')));
if (!parsed.ok) throw new Error(parsed.message);
const library = parsed.value;

function clause(templateId: string, values: Record<string, number | string>, order: number) {
  const entry = library.find((c) => c.id === templateId)!;
  return createInstance(entry.versions[entry.versions.length - 1]!, { order, origin: 'builtin', values });
}

const isoDaysAgo = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

async function fill(blank: Buffer, rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank as unknown as ExcelJS.Buffer);
  const sites = wb.getWorksheet('Sites')!;
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== '') sites.getCell(r + 2, c + 1).value = value as ExcelJS.CellValue;
    }),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

test('a contracted supplier’s factory disclosure: export, import a filled one, see the obligation met, export the CSV', async ({
  page,
  api,
}) => {
  test.setTimeout(120_000);
  const register = await api('suppliers.get', {});
  await api('suppliers.save', {
    supplier: { id: 'reg-acme', name: 'Acme Computers Ltd', identifiers: [], contacts: [], country: 'GB' },
    baseRevision: register.revision ?? 0,
  });
  const created = await seedTender(api);
  const content = contentOf(created);
  await api('tenders.save', {
    id: created.id,
    content: {
      ...content,
      clauses: [clause('tier1-factory-disclosure', { days_to_disclose: 30 }, 0), clause('tier2-component-disclosure', {}, 1)],
      qa: {
        ...content.qa,
        suppliers: [{ id: 'qa-acme', name: 'Acme Computers Ltd', role: 'contracted', registerId: 'reg-acme', awardedOn: isoDaysAgo(10) }],
      },
    },
  });

  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'Suppliers', exact: true }).click();
  await page.getByRole('button', { name: 'Acme Computers Ltd' }).click();
  const section = page.getByTestId('disclosure-section');
  await expect(section.getByRole('heading', { name: 'Factory disclosures' })).toBeVisible();
  const obligations = section.getByTestId('disclosure-obligations');
  const tier1 = obligations.getByRole('row', { name: /Tier 1 sites within 30 days of award/ });
  await expect(tier1).toContainText('Due');
  await expect(tier1).toContainText('20 days left');
  await expect(section).toContainText('No disclosure received yet');
  await expectNoSeriousViolations(page, 'the disclosure section before any import');

  const exported = await downloadOf(page, () => section.getByRole('button', { name: 'Export disclosure workbook' }).click());
  expect(exported.suggestedFilename()).toBe('Factory disclosure - Acme Computers Ltd - Laptops for schools.xlsx');
  const blank = await readFile((await exported.path())!);

  await section.getByLabel('Imported by').fill('Olga Officer');
  const chooser = section.getByLabel('Returned disclosure workbook');

  // A row without an address: refused, the cell named, nothing stored.
  const bad = test.info().outputPath('no address.xlsx');
  await writeFile(bad, await fill(blank, [[1, 'Acme Assembly Vietnam Co., Ltd', '', 'VN', 'Laptops', '', isoDaysAgo(2)]]));
  await chooser.setInputFiles(bad);
  const result = section.getByTestId('disclosure-import-result');
  await expect(result).toContainText('Not imported');
  await expect(result).toContainText('Sites!C2: the full address of the site is missing');
  await expect(section).toContainText('No disclosure received yet');

  const good = test.info().outputPath('acme sites.xlsx');
  await writeFile(
    good,
    await fill(blank, [
      [
        1,
        'Acme Assembly Vietnam Co., Ltd',
        '12 Tan Thuan Road, District 7, Ho Chi Minh City',
        'VNM',
        'Laptop A14',
        'Electronics',
        isoDaysAgo(2),
      ],
      [2, 'Northern Batteries Sdn Bhd', 'Lot 5, Jalan Perindustrian 3, Senai, Johor', 'MY', 'Battery packs', '', isoDaysAgo(3)],
    ]),
  );
  await chooser.setInputFiles(good);
  await expect(result).toContainText('Imported');
  await expect(result).toContainText('2 sites (1 tier 1, 1 tier 2) stored as version 1');
  await expect(tier1).toContainText('Met');
  await expect(obligations.getByRole('row', { name: /Tier 2 component sites/ })).toContainText('Met');
  await expect(section.getByTestId('disclosure-versions')).toContainText('Olga Officer');
  await expect(section.getByTestId('disclosure-sites')).toContainText('Acme Assembly Vietnam Co., Ltd');
  await expect(section.getByTestId('disclosure-sites')).toContainText('VN');
  await expectNoSeriousViolations(page, 'the disclosure section with a version');

  const csv = await downloadOf(page, () => section.getByRole('button', { name: 'Export sites as CSV' }).click());
  expect(csv.suggestedFilename()).toMatch(/^Disclosed sites - Acme Computers Ltd - \d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await csv.path())!, 'utf8');
  expect(
    text
      .replace(/^\ufeff/, '')
      .split('\r\n')
      .slice(0, 3),
  ).toEqual([
    'country,name,address,sector,product_type',
    'VN,"Acme Assembly Vietnam Co., Ltd","12 Tan Thuan Road, District 7, Ho Chi Minh City",Electronics,Laptop A14',
    'MY,Northern Batteries Sdn Bhd,"Lot 5, Jalan Perindustrian 3, Senai, Johor",,Battery packs',
  ]);
});
