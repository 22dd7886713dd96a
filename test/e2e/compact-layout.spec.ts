import { rename } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { test, expect, seedTender, expectNoSeriousViolations, expectSaved } from './fixtures';

/**
 * At least this much of a screen's first content must show in a 720 px high window without scrolling.
 * With the full headings the Evaluation set-up's bidders started at 553 px, leaving 167 px of them.
 */
const VISIBLE_AT_LEAST = 200;

/** Each tender screen's first piece of its own content, below the heading and its intro. */
const TENDER_SCREENS: { name: string; content: (page: Page) => Locator; intro: string }[] = [
  {
    name: 'Tender details',
    content: (p) => p.getByRole('region', { name: 'About this tender' }),
    intro: 'Every change is saved as you type.',
  },
  { name: 'Criteria', content: (p) => p.getByRole('tabpanel').first(), intro: 'The award criteria of each lot and their weights.' },
  { name: 'Clauses', content: (p) => p.getByRole('tabpanel').first(), intro: 'Contract clauses that make suppliers disclose' },
  { name: 'Questions', content: (p) => p.getByRole('tabpanel').first(), intro: 'A structured dialogue with bidders' },
  // The lot's evaluation lead and steps come first; the set-up's bidders are what the user works on.
  { name: 'Evaluation', content: (p) => p.getByRole('heading', { name: 'Bidders' }), intro: 'Score the bids of each lot with a panel' },
  { name: 'Export', content: (p) => p.getByRole('main').getByRole('region').first(), intro: 'The Word documents that leave Tenderwright.' },
];

async function openTender(page: Page, api: Parameters<typeof seedTender>[0]) {
  const tender = await seedTender(api, { title: 'Cleaning services', lots: ['Offices', 'Windows'] });
  await page.reload();
  await page.getByRole('link', { name: tender.title }).click();
}

/** The intro's fold: a native <summary>, which has no ARIA role of its own to find it by. */
const whatIsThis = (page: Page) => page.locator('summary', { hasText: 'What is this?' });

async function goTo(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test.describe('Compact layout in a 1280x720 window', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('each tender screen starts its own content in view, with the intro behind "What is this?"', async ({ page, api }) => {
    test.setTimeout(120_000);
    await openTender(page, api);
    for (const { name, content, intro } of TENDER_SCREENS) {
      await goTo(page, name);
      const first = content(page);
      await expect(first, `${name}: its content`).toBeVisible();
      const box = await first.boundingBox();
      expect(box, `${name}: its content has a box`).not.toBeNull();
      expect(box!.y + VISIBLE_AT_LEAST, `${name}: its content starts at ${Math.round(box!.y)} px`).toBeLessThanOrEqual(720);

      // The intro is folded away beside the heading, one click from view, and folds again.
      const disclosure = whatIsThis(page);
      await expect(disclosure).toBeVisible();
      const heading = await page.getByRole('heading', { name, level: 1 }).boundingBox();
      const summary = await disclosure.boundingBox();
      expect(
        Math.abs(heading!.y + heading!.height / 2 - (summary!.y + summary!.height / 2)),
        `${name}: on the heading's line`,
      ).toBeLessThan(12);
      await expect(page.getByText(intro)).toBeHidden();
      await disclosure.click();
      await expect(page.getByText(intro)).toBeVisible();
      await disclosure.click();
      await expect(page.getByText(intro)).toBeHidden();
    }
  });

  test('the compact screens pass axe, with the intro folded and unfolded', async ({ page, api }) => {
    await openTender(page, api);
    await goTo(page, 'Evaluation');
    await expectNoSeriousViolations(page, 'Evaluation, compact');
    await whatIsThis(page).click();
    await expect(page.getByText('Score the bids of each lot with a panel')).toBeVisible();
    await expectNoSeriousViolations(page, 'Evaluation, compact, intro unfolded');
  });

  test('the intro still unfolds while the tender is read-only', async ({ page, api, workspace }) => {
    await openTender(page, api);
    const away = `${workspace}.away`;
    await rename(workspace, away);
    try {
      await page.getByLabel('Description').fill('Typed while the folder was gone');
      await expect(page.getByTestId('read-only-banner')).toBeVisible();
      await expect(page.getByLabel('Description')).toBeDisabled();
      await whatIsThis(page).click();
      await expect(page.getByText('Every change is saved as you type.')).toBeVisible();
    } finally {
      await rename(away, workspace);
    }
    await expectSaved(page);
  });
});

test.describe('Full layout in a taller window', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('each tender screen shows its intro in full, without a disclosure', async ({ page, api }) => {
    await openTender(page, api);
    for (const { name, intro } of TENDER_SCREENS) {
      await goTo(page, name);
      await expect(page.getByText(intro)).toBeVisible();
      await expect(whatIsThis(page)).toHaveCount(0);
    }
  });

  test('making the window shorter folds the intro; taller shows it again', async ({ page, api }) => {
    await openTender(page, api);
    await goTo(page, 'Evaluation');
    const intro = page.getByText('Score the bids of each lot with a panel');
    await expect(intro).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(whatIsThis(page)).toBeVisible();
    await expect(intro).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(intro).toBeVisible();
    await expect(whatIsThis(page)).toHaveCount(0);
  });
});
