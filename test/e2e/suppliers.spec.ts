import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousViolations, expectSaved, readTenderFile, seedTender } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

async function pickOption(page: Page, field: ReturnType<Page['getByRole']>, search: string, option: string) {
  await field.click();
  await field.fill(search);
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addSupplier(page: Page, name: string, country: { search: string; option: string }, identifier?: string, axe = false) {
  await page.getByRole('button', { name: 'Add a supplier' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Organisation name').fill(name);
  await pickOption(page, dialog.getByRole('combobox', { name: 'Country' }), country.search, country.option);
  if (identifier) {
    await dialog.getByRole('button', { name: 'Add identifier' }).click();
    await dialog.getByLabel('Identifier 1', { exact: true }).fill(identifier);
  }
  if (axe) await expectNoSeriousViolations(page, 'add supplier dialog');
  await dialog.getByRole('button', { name: 'Add supplier' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'All suppliers' }).click();
}

const row = (page: Page, name: string) => page.getByTestId('supplier-row').filter({ has: page.getByRole('button', { name, exact: true }) });

test.describe('Supplier register', () => {
  test('registers suppliers, uses them as a bidder and a Q&A supplier, renames one everywhere and merges a duplicate', async ({
    page,
    api,
    workspace,
  }) => {
    test.setTimeout(180_000);
    const tender = await seedTender(api);
    await page.reload();
    await nav(page, 'Suppliers');
    await expect(page.getByRole('heading', { name: 'Suppliers', level: 1 })).toBeVisible();
    await expect(page.getByText('No suppliers in the register yet')).toBeVisible();
    await expectNoSeriousViolations(page, 'empty supplier register');

    await addSupplier(page, 'Acme Textiles', { search: 'Portugal', option: 'Portugal (PT)' }, 'PT500100200', true);
    await addSupplier(page, 'Borealis Garments', { search: 'Bangla', option: 'Bangladesh (BD)' });
    await addSupplier(page, 'Acme Textil Lda', { search: 'Portugal', option: 'Portugal (PT)' }, '509876543');
    await expect(page.getByText('3 suppliers in the register')).toBeVisible();
    await expect(row(page, 'Acme Textiles')).toContainText('Portugal');
    await expect(row(page, 'Acme Textiles')).toContainText('PT500100200');
    await page.getByLabel('Search suppliers').fill('5098');
    await expect(page.getByTestId('supplier-row')).toHaveCount(1);
    await expect(page.getByText('1 of 3 suppliers')).toBeVisible();
    await page.getByLabel('Search suppliers').fill('');
    await expectNoSeriousViolations(page, 'supplier register');

    // Acme bids on the tender's lot, picked from the register.
    await nav(page, 'Tenders');
    await page.getByRole('link', { name: tender.title }).click();
    await nav(page, 'Evaluation');
    await page.getByRole('button', { name: 'Add bidder' }).click();
    await pickOption(page, page.getByRole('combobox', { name: 'Register entry of bidder 1' }), 'Acme', 'Acme Textiles');
    await expect(page.getByLabel('Name of bidder 1')).toHaveValue('Acme Textiles');
    await page.getByLabel('Bid reference of bidder 1').fill('BID-01');
    await expectSaved(page);

    // Borealis is the contracted supplier of the Q&A: the name typed is the register's entry.
    await nav(page, 'Questions');
    await page.getByRole('tab', { name: /Suppliers and answers/ }).click();
    await page.getByLabel('Supplier name').fill('Borealis Garments');
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Contracted supplier' });
    await page.getByRole('button', { name: 'Add supplier' }).click();
    await page.getByLabel('Contract awarded to Borealis Garments on').fill('2026-09-01');
    await expectSaved(page);
    const register = await api('suppliers.get', {});
    const id = (name: string) => register.suppliers.find((s) => s.name === name)!.id;
    await expect
      .poll(async () => {
        const file = await readTenderFile(workspace, tender.id);
        return {
          qa: file?.qa.suppliers.map((s) => [s.name, s.role, s.registerId, s.awardedOn]),
          bidders: file?.lots[0]!.evaluation!.bidders.map((b) => [b.name, b.registerId]),
        };
      })
      .toEqual({
        qa: [['Borealis Garments', 'contracted', id('Borealis Garments'), '2026-09-01']],
        bidders: [['Acme Textiles', id('Acme Textiles')]],
      });

    // Rename Acme on its page: the tender shows the new name on Evaluation.
    await nav(page, 'Suppliers');
    await page.getByRole('button', { name: 'Acme Textiles', exact: true }).click();
    const acmeTender = page.getByTestId('supplier-tender');
    await expect(acmeTender).toContainText('Laptops for schools');
    await expect(acmeTender).toContainText('Bidder on Laptops');
    await page.getByRole('button', { name: 'Edit or rename' }).click();
    await page.getByRole('dialog').getByLabel('Organisation name').fill('Acme Textiles Portugal');
    await page.getByRole('dialog').getByRole('button', { name: 'Save supplier' }).click();
    await expect(page.getByRole('heading', { name: 'Acme Textiles Portugal', level: 2 })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Supplier details' })).toContainText('Acme Textiles');
    await nav(page, 'Evaluation');
    await expect(page.getByLabel('Name of bidder 1')).toHaveValue('Acme Textiles Portugal');
    // Everything on the open tender that names the bidder shows the new name, with nothing to save or undo.
    await expect(page.getByRole('button', { name: 'Remove bidder Acme Textiles Portugal' })).toBeVisible();
    await expectSaved(page);

    // Merge the duplicate into Acme: one entry left with both identifiers, findable by the old names.
    await nav(page, 'Suppliers');
    await page.getByRole('button', { name: 'Acme Textiles Portugal', exact: true }).click();
    await page.getByRole('button', { name: 'Merge a duplicate' }).click();
    await pickOption(page, page.getByRole('dialog').getByRole('combobox', { name: 'Duplicate entry' }), 'Lda', 'Acme Textil Lda');
    await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.getByText('Merged into this entry: Acme Textil Lda.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Supplier details' })).toContainText('509876543');
    await expectNoSeriousViolations(page, 'supplier page');
    await page.getByRole('button', { name: 'All suppliers' }).click();
    await expect(page.getByText('2 suppliers in the register')).toBeVisible();
    await page.getByLabel('Search suppliers').fill('textil lda');
    await expect(page.getByTestId('supplier-row')).toHaveCount(1);
    await expect(row(page, 'Acme Textiles Portugal')).toContainText('Formerly Acme Textiles, Acme Textil Lda');
    await expect(row(page, 'Acme Textiles Portugal')).toContainText('1');

    // Borealis's page: the tender where it is contracted, with its engagement so far.
    await page.getByLabel('Search suppliers').fill('');
    await page.getByRole('button', { name: 'Borealis Garments', exact: true }).click();
    const part = page.getByTestId('supplier-tender');
    await expect(part).toContainText('Q&A: contracted supplier');
    await expect(part.getByTestId('supplier-qa')).toContainText('Contract awarded');
    await expect(part.getByTestId('supplier-qa')).toContainText('Not asked in a round yet');
    await expectNoSeriousViolations(page, 'contracted supplier page');
  });
});
