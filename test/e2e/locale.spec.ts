/**
 * Dates, times and prices follow the computer's locale: the same tender read in a British and an American
 * English browser. The tender's currency is chosen on Tender details and shown with the bid prices.
 */
import { contentOf } from '../../shared/model/tender';
import { fixtureLot } from '../unit/shared/evaluation/lotFixture';
import { test, expect, expectNoSeriousViolations, expectSaved, saveState, seedTender, type Api } from './fixtures';
import type { Page } from '@playwright/test';

const CASES = [
  {
    locale: 'en-GB',
    currency: 'GBP',
    currencyLabel: 'GBP – British Pound',
    // "Friday, 4 December 2026 at 14:04": day before month, a 24-hour clock.
    fullDate: /created [A-Z][a-z]+,? \d{1,2} [A-Z][a-z]+ \d{4} at \d{2}:\d{2} · last saved/,
    clock: /^\s*at \d{2}:\d{2}$/,
    price: '£120,000.00',
  },
  {
    locale: 'en-US',
    currency: 'USD',
    currencyLabel: 'USD – US Dollar',
    // "Friday, December 4, 2026 at 2:04 PM": month before day, a 12-hour clock.
    fullDate: /created [A-Z][a-z]+, [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M · last saved/,
    clock: /^\s*at \d{1,2}:\d{2}\s[AP]M$/,
    price: '$120,000.00',
  },
] as const;

async function seedPricedTender(api: Api) {
  const tender = await seedTender(api);
  return api('tenders.save', { id: tender.id, content: { ...contentOf(tender), lots: [fixtureLot({ hidePriceFromEvaluators: false })] } });
}

async function openScreen(page: Page, screen: string) {
  await page.getByRole('navigation').getByRole('link', { name: screen, exact: true }).click();
  await expect(page.getByRole('heading', { name: screen, level: 1 })).toBeVisible();
}

for (const c of CASES) {
  test.describe(`in ${c.locale}`, () => {
    test.use({ locale: c.locale });

    test(`shows dates, times and ${c.currency} prices as ${c.locale} writes them`, async ({ page, api }) => {
      const tender = await seedPricedTender(api);
      await page.reload();
      await page.getByRole('link', { name: tender.title }).click();
      await openScreen(page, 'Tender details');
      await expect(page.getByText(/^Revision \d+ · created/)).toHaveText(c.fullDate);

      // A new tender starts in the Settings default; choosing another currency saves it with the tender.
      const currency = page.getByRole('combobox', { name: 'Currency' });
      await expect(currency).toHaveValue('EUR – Euro');
      await currency.click();
      await currency.fill(c.currency);
      await page.getByRole('option', { name: c.currencyLabel }).click();
      await expect(currency).toHaveValue(c.currencyLabel);
      await expectSaved(page);
      await expect(saveState(page).locator('.tw-muted-cell')).toHaveText(c.clock);
      await expectNoSeriousViolations(page, `Tender details in ${c.locale}`);

      await openScreen(page, 'Evaluation');
      await expect(page.getByLabel('Bid price of Cobalt Co', { exact: true })).toHaveValue('120,000.00');
      await page.getByRole('tab', { name: 'Ranking' }).click();
      await expect(page.getByTestId('ranking').getByRole('row', { name: /Cobalt Co/ })).toContainText(c.price);
      await expectNoSeriousViolations(page, `Ranking in ${c.locale}`);
    });
  });
}
