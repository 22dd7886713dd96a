/**
 * The Export screen in the browser host: blockers listed with links to the screen that fixes them,
 * then a sound tender exported as a download that LibreOffice opens.
 */
import type { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { TenderContent } from '../../shared/model/tender';
import { realisticContent } from '../unit/electron/services/export/tenders';
import { test, expect, type Api, expectNoSeriousViolations } from './fixtures';

const run = promisify(execFile);

async function seed(api: Api, content: TenderContent): Promise<string> {
  const created = await api('tenders.create', { title: content.title, reference: content.reference, buyer: content.buyer, lots: ['Lot'] });
  await api('tenders.save', { id: created.id, content });
  return created.id;
}

/** Opens a tender from the Tenders list and goes to its Export screen through the navigation. */
async function openExport(page: Page, title: string) {
  await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('open-tender-title')).toHaveText(title);
  await page.getByRole('navigation').getByRole('link', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Export', level: 1 })).toBeVisible();
}

test.describe('Export', () => {
  test('lists what blocks the export with a link to the fix, then exports a sound tender as a .docx LibreOffice opens', async ({
    page,
    api,
  }) => {
    test.setTimeout(120_000);
    const blocked = realisticContent();
    blocked.title = 'Blocked laptops tender';
    // The second lot is the broken one, so the link must land on its tab, not just on the screen.
    const lot = blocked.lots[1];
    if (lot) lot.criteria = lot.criteria.map((c) => (c.id === 'c-phone-price' ? { ...c, weight: 3000 } : c));
    const blockedId = await seed(api, blocked);
    const sound = realisticContent();
    await seed(api, sound);
    await page.reload();

    // A blocked tender: the problem, where it is, and a link to the screen that fixes it.
    await openExport(page, blocked.title);
    const blockers = page.getByRole('region', { name: /1 problem to fix before the tender pack can be exported/ });
    await expect(blockers).toBeVisible();
    await expect(blockers).toContainText('Lot “Mobile phones”');
    await expect(blockers).toContainText('The criteria in this lot add up to 90.00%, which is 10.00% short of 100%.');
    await expect(page.getByRole('button', { name: 'Export tender pack' })).toBeDisabled();
    // The clauses are sound, so legal teams can still take them.
    await expect(page.getByRole('button', { name: 'Export contract clauses' })).toBeEnabled();
    await expectNoSeriousViolations(page, 'Export screen with blockers');

    const fix = blockers.getByRole('link', { name: 'Fix in Criteria' });
    await fix.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Criteria', level: 1 })).toBeVisible();
    expect(page.url()).toContain(`#/tender/${blockedId}/criteria`);
    await expect(page.getByRole('tab', { name: /Mobile phones/, selected: true })).toBeVisible();

    // A sound tender: nothing blocks; export the pack and take the download.
    await openExport(page, sound.title);
    await expect(page.getByRole('alert').filter({ hasText: 'Ready to export' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Tender pack' })).toContainText(
      'Laptops and docking stations — 4 criteria, 4 sub-criteria, 2 pass/fail requirements',
    );
    await expect(page.getByRole('region', { name: 'Tender pack' })).toContainText('10 supplier questions');
    await page.getByLabel('Date on the documents').fill('2026-05-01');
    await expectNoSeriousViolations(page, 'Export screen, ready');

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export tender pack' }).click();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(
      'TW-2026-014 Laptops, phones and accessories for the city administration - Tender pack 2026-05-01.docx',
    );
    await expect(
      page.getByText(
        'Your browser saves “TW-2026-014 Laptops, phones and accessories for the city administration - Tender pack 2026-05-01.docx” to its downloads folder.',
      ),
    ).toBeVisible();
    await expectNoSeriousViolations(page, 'Export screen after an export');

    const dir = await mkdtemp(join(tmpdir(), 'tw-e2e-export-'));
    try {
      const file = join(dir, 'pack.docx');
      await download.saveAs(file);
      const zip = await JSZip.loadAsync(await readFile(file));
      expect(await zip.file('word/document.xml')?.async('string')).toContain('Laptops and docking stations');
      const profile = join(dir, 'lo-profile');
      await run(
        'soffice',
        [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, file],
        { timeout: 90_000 },
      );
      expect((await stat(join(dir, 'pack.pdf'))).size).toBeGreaterThan(10_000);

      // The clauses alone, with the guidance annex, from the keyboard.
      await page.getByRole('checkbox', { name: 'Add an annex with the guidance for the buying organisation' }).check();
      const clausesDownload = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export contract clauses' }).focus();
      await page.keyboard.press('Enter');
      const clauses = await clausesDownload;
      expect(clauses.suggestedFilename()).toMatch(/ - Contract clauses 2026-05-01\.docx$/);
      const clausesFile = join(dir, 'clauses.docx');
      await clauses.saveAs(clausesFile);
      const clausesXml = await (await JSZip.loadAsync(await readFile(clausesFile))).file('word/document.xml')?.async('string');
      expect(clausesXml).toContain('Annex: guidance for the buying organisation');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
