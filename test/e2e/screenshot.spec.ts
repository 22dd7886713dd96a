/**
 * Refreshes docs/screenshot-tenders.png (the README's picture): TW_SCREENSHOT=1 npx playwright test
 * --config test/playwright.config.ts screenshot. Skipped otherwise, so test runs leave the tree clean.
 */
import { resolve } from 'node:path';
import { test, expect } from './fixtures';

test('screenshot of the Tenders home with a few tenders', async ({ page, api }) => {
  test.skip(!process.env.TW_SCREENSHOT, 'set TW_SCREENSHOT=1 to refresh docs/screenshot-tenders.png');
  await api('tenders.create', {
    title: 'Cleaning services for council buildings',
    reference: 'NCC-2026-014',
    buyer: 'Northfield City Council',
    lots: ['Office cleaning', 'Window and façade cleaning', 'Washroom supplies'],
  });
  await api('tenders.create', {
    title: 'Workwear and personal protective equipment',
    reference: 'NCC-2026-021',
    buyer: 'Northfield City Council',
    lots: ['Workwear', 'Safety footwear'],
  });
  const laptops = await api('tenders.create', {
    title: 'Laptops and tablets for schools',
    reference: 'EDU-IT-2027',
    buyer: 'Northfield Schools Trust',
    lots: ['Laptops', 'Tablets', 'Repair and recycling'],
  });
  await api('tenders.create', {
    title: 'Catering for care homes',
    reference: 'ASC-2026-007',
    buyer: 'Northfield Adult Social Care',
    lots: ['Meals'],
  });
  await page.reload();
  await page.getByRole('link', { name: laptops.title }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(laptops.title);
  await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(5);
  await page.mouse.move(0, 799);
  await page.screenshot({ path: resolve(__dirname, '..', '..', 'docs', 'screenshot-tenders.png') });
});
