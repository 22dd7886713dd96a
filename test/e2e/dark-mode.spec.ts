import type { Page } from '@playwright/test';
import { test, expect, seedTender, expectNoSeriousViolations, openTenderScreen } from './fixtures';

/** Relative luminance (WCAG) of an element's computed colour property, from 0 (black) to 1 (white). */
async function luminance(page: Page, selector: string, property: 'backgroundColor' | 'color'): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element, prop) => {
      const value = getComputedStyle(element)[prop];
      const channels =
        /rgba?\(([^)]+)\)/
          .exec(value)?.[1]
          ?.split(',')
          .map((part) => Number.parseFloat(part)) ?? [];
      if (channels.length < 3) throw new Error(`Not an rgb colour: ${value}`);
      const [r, g, b] = channels.map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }, property);
}

/** The page, its frame and its heading are really dark: dark backgrounds, light text. */
async function expectDark(page: Page, what: string) {
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  expect(await luminance(page, 'body', 'backgroundColor'), `${what}: page background`).toBeLessThan(0.05);
  expect(await luminance(page, '.tw-header', 'backgroundColor'), `${what}: header background`).toBeLessThan(0.05);
  expect(await luminance(page, '.tw-nav', 'backgroundColor'), `${what}: navigation background`).toBeLessThan(0.05);
  expect(await luminance(page, 'h1', 'color'), `${what}: heading text`).toBeGreaterThan(0.5);
}

async function expectLight(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  expect(await luminance(page, 'body', 'backgroundColor')).toBeGreaterThan(0.8);
}

const SCREENS = ['Tender details', 'Criteria', 'Clauses', 'Questions', 'Evaluation', 'Export', 'Suppliers', 'Recently deleted', 'Settings'];

test.describe('Dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system: every screen is dark; the list, a menu and a dialog with errors pass axe', async ({ page, api }) => {
    test.setTimeout(120_000); // five axe runs on a busy machine
    await expectDark(page, 'Tenders (empty)');
    await expectNoSeriousViolations(page, 'Tenders (empty) in the dark');

    // A dialog with its error messages: the panel is dark and the error red stays readable on it.
    await page.getByRole('button', { name: 'Create your first tender' }).click();
    const create = page.getByRole('dialog', { name: 'New tender' });
    await create.getByRole('button', { name: 'Create tender' }).click();
    await expect(create.getByText('Title must not be empty', { exact: true })).toBeVisible();
    expect(await luminance(page, '.mantine-Modal-content', 'backgroundColor'), 'dialog background').toBeLessThan(0.05);
    await expectNoSeriousViolations(page, 'New tender dialog with errors in the dark');
    await create.getByRole('button', { name: 'Cancel' }).click();

    const tender = await seedTender(api, { title: 'Cleaning services', lots: ['Offices', 'Windows'] });
    await page.reload();
    await expectNoSeriousViolations(page, 'Tenders (list) in the dark');
    await page.getByRole('button', { name: `Actions for ${tender.title}` }).click();
    await expect(page.getByRole('menuitem', { name: 'Delete…' })).toBeVisible();
    await expectNoSeriousViolations(page, 'tender actions menu in the dark');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: tender.title }).click();
    for (const name of SCREENS) {
      await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
      // axe runs on every screen in the dark in the French walk (languages.spec.ts).
      await expectDark(page, name);
    }

    // An invalid field shows its message in the error colour, which must stay readable on dark.
    await page.getByRole('navigation').getByRole('link', { name: 'Tender details' }).click();
    await page.getByRole('textbox', { name: 'Title', exact: true }).fill('');
    await expect(page.locator('#save-state')).toHaveText(/^Not saved/);
    await expectNoSeriousViolations(page, 'Tender details with an invalid field in the dark');
  });

  test('worked-up screens stay readable in the dark: a clause being edited, selected questions', async ({ page, api }) => {
    test.setTimeout(180_000);
    await openTenderScreen(page, api, 'Clauses', { title: 'Laptops for schools' });
    await page
      .getByRole('article', { name: 'Disclosure of production sites (Tier 1)', exact: true })
      .getByRole('button', { name: 'Add to tender' })
      .click();
    await page.getByRole('tab', { name: 'Tender clauses (1)' }).click();
    await page.getByTestId('clause-row').locator('.tw-row-select').first().click();
    const editor = page.getByTestId('clause-editor');
    await editor.getByRole('textbox', { name: 'Days to disclose after award' }).fill('thirty');
    await expect(editor.getByText('Days to disclose after award must be a number')).toBeVisible();
    await expect(editor.getByTestId('clause-preview').locator('mark')).toContainText('[Days to disclose after award]');
    await expectDark(page, 'Clauses with a clause being edited');
    await expectNoSeriousViolations(page, 'a clause being edited, with a bad parameter, in the dark');

    await page.getByRole('navigation').getByRole('link', { name: 'Questions', exact: true }).click();
    await page.getByLabel('Theme').selectOption({ label: 'Supply-chain transparency' });
    await page.getByRole('button', { name: 'Add all 5 on supply-chain transparency' }).click();
    await page.getByRole('tab', { name: 'Selected questions (5)' }).click();
    await expect(page.getByRole('tab', { name: 'Selected questions (5)' })).toHaveAttribute('aria-selected', 'true');
    await expectNoSeriousViolations(page, 'selected questions in the dark');
  });

  test('the choice in Settings overrides the system and is kept on this computer', async ({ page }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    const scheme = page.getByRole('radiogroup', { name: 'Colour scheme' });
    await expect(scheme.getByRole('radio', { name: 'System' })).toBeChecked();
    await expectDark(page, 'Settings, following the system');

    await scheme.getByRole('radio', { name: 'Light' }).check();
    await expectLight(page);
    await expectNoSeriousViolations(page, 'Settings in light chosen over a dark system');

    // Kept in this browser profile: a reload shows the same choice.
    await page.reload();
    await expect(page.getByRole('radiogroup', { name: 'Colour scheme' }).getByRole('radio', { name: 'Light' })).toBeChecked();
    await expectLight(page);

    await page.getByRole('radiogroup', { name: 'Colour scheme' }).getByRole('radio', { name: 'System' }).check();
    await expectDark(page, 'Settings, back to the system');
  });
});

test.describe('Dark mode chosen on a light system', () => {
  test.use({ colorScheme: 'light' });

  test('Dark in Settings turns the app dark', async ({ page }) => {
    await expectLight(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('radiogroup', { name: 'Colour scheme' }).getByRole('radio', { name: 'Dark' }).check();
    await expectDark(page, 'Settings with Dark chosen');
    await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
    await expectDark(page, 'Tenders with Dark chosen');
  });
});
