/**
 * The app in French and in Spanish, as a user whose system speaks it: every screen and the dialogs
 * the accessibility sweep opens pass axe and show no English (words only the English catalogues use,
 * the seeded tender's own text aside). Elements are found by structure, address and the catalogues'
 * text rather than by English names, so the walk is the same in every language.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoSeriousViolations, readTenderFile, seedTender, type Api } from './fixtures';
import { EnglishLeft } from './english-left';
import { catalogue } from '../support/catalogues';

type Language = 'fr' | 'es';

const SEEDS: Record<Language, { title: string; reference: string; buyer: string; lots: string[]; other: string; supplier: string }> = {
  fr: {
    title: 'Nettoyage des bâtiments communaux',
    reference: 'NET-2027-04',
    buyer: 'Ville de Lyonnaise',
    lots: ['Bureaux', 'Vitres'],
    other: 'Sel de déneigement',
    supplier: 'Propreté Rhône SARL',
  },
  es: {
    title: 'Limpieza de edificios municipales',
    reference: 'LIM-2027-04',
    buyer: 'Ayuntamiento de Ejemplo',
    lots: ['Oficinas', 'Ventanas'],
    other: 'Sal para carreteras',
    supplier: 'Limpiezas Ebro SL',
  },
};

const TENDER_SCREENS = ['details', 'criteria', 'clauses', 'questions', 'evaluation', 'export'] as const;

const common = (language: Language, key: string) => String(catalogue(language, 'common')[key]);
const screenTitle = (language: Language, screen: string) => common(language, `screens.${screen}`);

/** Waits for a screen: its address, its window title (set once it is shown) and no spinner in the main area. */
async function reached(page: Page, language: Language, screen: string) {
  await expect(page).toHaveTitle(`${screenTitle(language, screen)} · Tenderwright`);
  await expect(page.locator('#screen-heading')).toBeVisible();
  await expect(page.locator('#main .mantine-Loader-root')).toHaveCount(0);
}

async function seed(api: Api, language: Language) {
  const seeds = SEEDS[language];
  const register = await api('suppliers.get', {});
  await api('suppliers.save', {
    supplier: { id: 'reg-local', name: seeds.supplier, identifiers: [], contacts: [], country: language === 'fr' ? 'FR' : 'ES' },
    baseRevision: register.revision ?? 0,
  });
  const tender = await seedTender(api, { title: seeds.title, reference: seeds.reference, buyer: seeds.buyer, lots: seeds.lots, language });
  await seedTender(api, { title: seeds.other, reference: 'X-1', buyer: seeds.buyer, language });
  return tender;
}

async function walk(page: Page, api: Api, language: Language) {
  const seeds = SEEDS[language];
  const tender = await seed(api, language);
  const english = new EnglishLeft([seeds.title, seeds.reference, seeds.buyer, ...seeds.lots, seeds.other, seeds.supplier]);
  /** axe and the English check on the page, or on the part just opened over a screen already checked (a dialog, a menu). */
  const visit = async (what: string, within?: string) => {
    await expectNoSeriousViolations(page, `${what} (${language})`, within);
    await english.check(page, what, within);
  };
  const DIALOG = '[role="dialog"]';

  await page.reload();
  await reached(page, language, 'tenders');
  await expect(page.getByRole('link', { name: seeds.other })).toBeVisible();
  await visit('Tenders');

  // The new-tender dialog, submitted empty so its errors show.
  await page.keyboard.press('Control+N');
  const create = page.getByRole('dialog');
  await expect(create).toBeVisible();
  await create.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit());
  await expect(create.locator('[aria-invalid="true"]').first()).toBeVisible();
  await visit('New tender dialog with errors', DIALOG);
  await page.keyboard.press('Escape');
  await expect(create).toBeHidden();

  // A tender's actions menu, its rename dialog, the delete confirmation and the undo notice.
  const actionsButton = page.getByRole('button', { name: seeds.other }).and(page.locator('[aria-haspopup="menu"]'));
  await actionsButton.click();
  await expect(page.getByRole('menuitem').first()).toBeVisible();
  await visit('Tender actions menu', '[role="menu"]');
  await page.getByRole('menuitem').nth(1).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await visit('Rename dialog', DIALOG);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await actionsButton.click();
  await page.getByRole('menuitem').last().click();
  const confirmDelete = page.getByRole('dialog');
  await expect(confirmDelete).toBeVisible();
  await expect(page.getByRole('menu')).toBeHidden();
  await visit('Delete confirmation', DIALOG);
  await confirmDelete.getByRole('button').last().click();
  await expect(page.getByRole('link', { name: seeds.other })).toBeHidden();
  await expect(page.locator('.mantine-Notification-root').first()).toBeVisible();
  await visit('Undo notice', '.mantine-Notification-root');

  // Every screen of the open tender, the clause library among them.
  await page.getByRole('link', { name: seeds.title }).click();
  for (const screen of TENDER_SCREENS) {
    await page.locator(`nav a[href="#/tender/${tender.id}/${screen}"]`).click();
    await reached(page, language, screen);
    await visit(screenTitle(language, screen));
    if (screen === 'clauses') {
      await page.getByRole('tab').nth(1).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await visit(`${screenTitle(language, screen)}: library`);
    }
  }

  // The header's dialogs, over the open tender.
  await page.keyboard.press('Control+Shift+?');
  await expect(page.getByRole('dialog', { name: common(language, 'shortcuts.title') })).toBeVisible();
  await visit('Keyboard shortcuts', DIALOG);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: common(language, 'frame.glossary') }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await visit('Glossary', DIALOG);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  for (const screen of ['suppliers', 'settings', 'deleted'] as const) {
    await page.locator(`nav a[href="#/${screen}"]`).click();
    await reached(page, language, screen);
    await visit(screenTitle(language, screen));
    if (screen === 'suppliers') {
      await page.getByRole('button', { name: seeds.supplier, exact: true }).click();
      await expect(page.getByRole('heading', { name: seeds.supplier, level: 2 })).toBeVisible();
      await visit(`${screenTitle(language, screen)}: ${seeds.supplier}`);
    }
  }

  expect(english.report(), `English words on the ${language} screens`).toEqual([]);
}

for (const [language, locale] of [
  ['fr', 'fr-FR'],
  ['es', 'es-ES'],
] as const) {
  test.describe(`In ${language === 'fr' ? 'French' : 'Spanish'}`, () => {
    // The French walk runs in the dark, so every screen's dark colours are held to axe's contrast rules too.
    test.use({ locale, colorScheme: language === 'fr' ? 'dark' : 'light' });
    test(`every screen passes axe and shows no English (${locale}${language === 'fr' ? ', dark' : ''})`, async ({ page, api }) => {
      test.setTimeout(240_000); // about twenty axe runs, one on the long clause library
      await walk(page, api, language);
    });
  });
}

test.describe('The UI language and the tender’s', () => {
  test.use({ locale: 'es-ES' });
  test('switching the UI language in Settings leaves the open tender’s language as it was', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: SEEDS.es.title, language: 'es' });
    await page.reload();
    await page.getByRole('link', { name: tender.title }).click();
    await reached(page, 'es', 'details');
    await page.locator('nav a[href="#/settings"]').click();
    await reached(page, 'es', 'settings');
    // The picker names each language in itself, whatever the screen speaks (LANGUAGE_NAMES): a native
    // select, radio buttons, or a combobox whose options show once it is opened.
    const select = page.locator('select').filter({ has: page.locator('option', { hasText: 'Français' }) });
    const radio = page.getByRole('radio', { name: 'Français' });
    if (await select.count()) await select.selectOption({ label: 'Français' });
    else if (await radio.count()) await radio.check();
    else {
      const boxes = await page.getByRole('combobox').all();
      const values = await Promise.all(boxes.map((box) => box.inputValue().catch(() => '')));
      const picker = boxes[values.findIndex((value) => /Español|Sistema/.test(value))];
      if (!picker) throw new Error('Settings shows no language picker offering “Français”.');
      await picker.click();
      await page.getByRole('option', { name: 'Français' }).click();
    }
    await expect(page).toHaveTitle(`${screenTitle('fr', 'settings')} · Tenderwright`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const stored = await readTenderFile(workspace, tender.id);
    expect(stored?.language).toBe('es');
    expect((await api('tenders.get', { id: tender.id })).language).toBe('es');
  });
});
