/**
 * The Export screen's published notice in the browser host: the eForms contract notice and the OCDS
 * release of a two-lot tender, each checked against the official schemas before it is exported, read
 * back from the download; the OCDS release waits for the OCID prefix, set on the Settings screen.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { TenderContent } from '../../shared/model/tender';
import { realisticContent } from '../unit/electron/services/export/tenders';
import { test, expect, type Api, expectNoSeriousViolations } from './fixtures';

async function seed(api: Api, content: TenderContent): Promise<string> {
  const created = await api('tenders.create', { title: content.title, reference: content.reference, buyer: content.buyer, lots: ['Lot'] });
  await api('tenders.save', { id: created.id, content });
  return created.id;
}

async function openExport(page: Page, title: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('open-tender-title')).toHaveText(title);
  await page.getByRole('navigation').getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloaded;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test.describe('Published notice export', () => {
  test('exports the eForms contract notice and, once the OCID prefix is set, the OCDS release', async ({ page, api }) => {
    test.setTimeout(120_000);
    const content = realisticContent();
    await seed(api, content);
    await page.reload();
    await openExport(page, content.title);
    await page.getByLabel('Date on the documents').fill('2026-05-01');

    const notices = page.getByRole('region', { name: 'Published notice' });
    await expect(notices.getByText('The file passes every check and can be exported.')).toBeVisible();
    await expect(notices.getByText(/eForms schema \(XSD, SDK 1\.15\.1\): passed/)).toBeVisible();
    await expect(notices.getByText(/eForms award-criteria rules \(Schematron\): passed \(\d+ rules\)/)).toBeVisible();
    await expect(notices).toContainText('Procedure type (BT-105, once per notice)');
    await expect(notices).toContainText('each social criterion is published as type quality');
    await expectNoSeriousViolations(page, 'Export screen with the notice preview');

    const notice = await downloadText(page, 'Export eForms contract notice');
    expect(notice.name).toBe(
      'TW-2026-014 Laptops, phones and accessories for the city administration - eForms contract notice 2026-05-01.xml',
    );
    expect(notice.text).toContain('<cbc:SubTypeCode listName="notice-subtype">16</cbc:SubTypeCode>');
    expect(notice.text).toContain('<efbc:ParameterNumeric>50.00</efbc:ParameterNumeric>');
    expect(notice.text).toContain('<cbc:ProcurementTypeCode listName="strategic-procurement">soc-obj</cbc:ProcurementTypeCode>');
    await expect(notices.getByText(/Your browser saves “.* - eForms contract notice 2026-05-01\.xml”/)).toBeVisible();

    // The lots fragment of the second lot.
    await notices.getByText('eForms lot', { exact: true }).click();
    await notices.getByRole('combobox', { name: 'Lot' }).click();
    await page.getByRole('option', { name: 'Mobile phones' }).click();
    await expect(notices.getByText('The file passes every check and can be exported.')).toBeVisible();
    const lot = await downloadText(page, 'Export eForms lot');
    expect(lot.name).toMatch(/ - eForms lot Mobile phones 2026-05-01\.xml$/);
    expect(lot.text).toMatch(/^<\?xml[^>]*>\n<cac:ProcurementProjectLot /);

    // OCDS needs the organisation's OCID prefix: the problem links to Settings.
    await notices.getByText('OCDS release', { exact: true }).click();
    await expect(notices).toContainText('none is set. Enter the prefix your organisation registered in Settings.');
    await expect(page.getByRole('button', { name: 'Export OCDS release' })).toBeDisabled();
    await expectNoSeriousViolations(page, 'Export screen with a notice problem');
    await notices.getByRole('link', { name: 'Fix in Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    const prefix = page.getByRole('textbox', { name: 'OCID prefix' });
    await prefix.fill('OCDS-1');
    await expect(
      page
        .getByRole('region', { name: 'Published notices' })
        .getByText('An OCID prefix is “ocds-” followed by 6 lowercase letters or digits'),
    ).toBeVisible();
    await prefix.fill('ocds-a1b2c3');
    await expect(page.getByTestId('settings-save-state')).toHaveText(/^Saved at /);

    await openExport(page, content.title);
    await page.getByLabel('Date on the documents').fill('2026-05-01');
    await notices.getByText('OCDS release', { exact: true }).click();
    await expect(notices.getByText(/OCDS 1\.1\.5 release schema with extensions \(JSON Schema\): passed/)).toBeVisible();
    const ocds = await downloadText(page, 'Export OCDS release');
    expect(ocds.name).toMatch(/ - OCDS release 2026-05-01\.json$/);
    const release = JSON.parse(ocds.text).releases[0];
    expect(release.ocid).toMatch(/^ocds-a1b2c3-/);
    expect(release.tender.lots[0].awardCriteria.criteria[0]).toMatchObject({
      type: 'price',
      numbers: [{ number: 50, weight: 'percentageExact' }],
    });
  });
});
