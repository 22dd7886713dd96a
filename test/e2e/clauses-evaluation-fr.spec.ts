/**
 * The Clauses and Evaluation screens in a French system: their texts come from the French catalogues
 * (no English text of either area left on screen), prices and counts are written the French way, and
 * the tender, which has no language of its own, stays English; the clause library speaks each tender's
 * language, with an own clause written in another one labelled.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentOf } from '../../shared/model/tender';
import { fixtureLot } from '../unit/shared/evaluation/lotFixture';
import { test, expect, seedTender, type Api } from './fixtures';

const TIER1 = { en: 'Disclosure of production sites (Tier 1)', fr: 'Communication des sites de production (rang 1)' };

type Catalogue = { [key: string]: string | Catalogue };
const catalogue = (language: string, namespace: string): Catalogue =>
  JSON.parse(readFileSync(join(__dirname, '../../shared/i18n/locales', language, `${namespace}.json`), 'utf8')) as Catalogue;

/** The English texts of a namespace that French writes differently, without placeholders: none of them may show. */
function englishOnly(namespace: string): string[] {
  const out: string[] = [];
  const walk = (en: Catalogue, fr: Catalogue | undefined) => {
    for (const [key, value] of Object.entries(en)) {
      const other = fr?.[key];
      if (typeof value !== 'string') walk(value, typeof other === 'object' ? other : undefined);
      else if (value !== other && !/[{<]/.test(value) && value.length > 3) out.push(value);
    }
  };
  walk(catalogue('en', namespace), catalogue('fr', namespace));
  return out;
}

/** Visible text nodes of the main area that are, whole, one of `english`. */
async function englishLeft(page: Page, english: string[]): Promise<string[]> {
  return page.evaluate((texts) => {
    const wanted = new Set(texts);
    const found: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (text && parent && parent.checkVisibility() && wanted.has(text)) found.push(text);
    }
    return found;
  }, english);
}

async function openScreen(page: Page, name: RegExp, heading: string) {
  await page.getByRole('navigation').getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

async function seed(api: Api) {
  const tender = await seedTender(api);
  return api('tenders.save', { id: tender.id, content: { ...contentOf(tender), lots: [fixtureLot({ hidePriceFromEvaluators: false })] } });
}

test.describe('Clauses and Evaluation in French', () => {
  test.use({ locale: 'fr-FR' });

  test('the screens speak French, with French numbers, and leave the tender’s language alone', async ({ page, api }) => {
    test.setTimeout(120_000);
    const tender = await seed(api);
    await page.reload();
    await page.getByRole('link', { name: tender.title }).click();

    // Clauses: an empty tender opens on the library.
    await openScreen(page, /^Clauses$/, 'Clauses');
    await expect(page.getByRole('tab', { name: 'Bibliothèque' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Rechercher des clauses')).toBeVisible();
    await expect(page.getByTestId('library-count')).toHaveText(/^\d+ clauses$/);
    // The library speaks the tender's language (English here), not the screens'.
    const tier1 = page.getByRole('article', { name: TIER1.en, exact: true });
    await tier1.getByRole('button', { name: 'Ajouter au marché' }).click();
    await expect(page.getByRole('tab', { name: 'Clauses du marché (1)' })).toBeVisible();
    await expect(await englishLeft(page, englishOnly('clauses'))).toEqual([]);
    // A copy made from this English tender is an own clause written in English.
    await tier1.getByRole('button', { name: `Autres actions pour ${TIER1.en}` }).click();
    await page.getByRole('menuitem', { name: 'Dupliquer dans votre bibliothèque' }).click();
    await expect(page.getByRole('heading', { name: TIER1.en, exact: true })).toHaveCount(2);

    await page.getByRole('tab', { name: 'Clauses du marché (1)' }).click();
    await expect(page.getByRole('heading', { name: 'Clauses de ce marché' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retirer la clause' })).toBeVisible();
    await expect(await englishLeft(page, englishOnly('clauses'))).toEqual([]);

    await page.getByRole('tab', { name: 'Couverture des leviers' }).click();
    await expect(page.getByText(/^\d+ thèmes sur 11 couverts$/)).toBeVisible();
    await expect(await englishLeft(page, englishOnly('clauses'))).toEqual([]);

    // Evaluation: bid prices typed and shown the French way (narrow no-break space for thousands, comma for decimals).
    await openScreen(page, /^(Evaluation|Évaluation)$/, 'Évaluation');
    await expect(page.getByLabel('Responsable de l’évaluation')).toBeVisible();
    await expect(page.getByLabel('Prix de l’offre de Cobalt Co', { exact: true })).toHaveValue('120\u202f000,00');
    await expect(await englishLeft(page, englishOnly('evaluation'))).toEqual([]);
    await page.getByRole('tab', { name: 'Classement' }).click();
    await expect(page.getByTestId('ranking').getByRole('row', { name: /Cobalt Co/ })).toContainText('120\u202f000,00\u00a0€');
    await expect(page.getByRole('columnheader', { name: 'Points qualité' })).toBeVisible();
    await expect(await englishLeft(page, englishOnly('evaluation'))).toEqual([]);

    // The UI's language is not the tender's: the stored tender still has none (English).
    const stored = await api('tenders.get', { id: tender.id });
    expect(stored.language).toBeUndefined();
    expect(stored.clauses[0]?.frozen.title).toBe(TIER1.en);

    // A French tender: built-in clauses in French, the English own copy labelled as such, and added in French.
    const french = await seedTender(api, { title: 'Ordinateurs pour les écoles', language: 'fr', lots: ['Ordinateurs'] });
    await page.reload();
    // The list of tenders, by its address: the shell's own words are not this test's.
    await page.getByRole('navigation').locator('a[href="#/tenders"]').click();
    await page.getByRole('link', { name: french.title }).click();
    // Opening it lands on its details once loaded; going on before that would be undone by that landing.
    await expect(page.getByRole('banner').getByText(french.title)).toBeVisible();
    await expect(page.getByRole('textbox').first()).toHaveValue(french.title);
    await openScreen(page, /^Clauses$/, 'Clauses');
    const frenchTier1 = page.getByRole('article', { name: TIER1.fr, exact: true });
    await expect(frenchTier1).toBeVisible();
    await expect(frenchTier1.getByTestId('language-fallback')).toHaveCount(0);
    const ownCopy = page.getByTestId('library-clause').filter({ has: page.getByRole('heading', { name: TIER1.en, exact: true }) });
    await expect(ownCopy.getByTestId('language-fallback')).toHaveText('Uniquement en anglais');
    await frenchTier1.getByRole('button', { name: 'Ajouter au marché' }).click();
    await expect(page.getByRole('tab', { name: 'Clauses du marché (1)' })).toBeVisible();
    // Autosaved: the tender on disk holds the French text.
    await expect.poll(async () => (await api('tenders.get', { id: french.id })).clauses[0]?.frozen.title).toBe(TIER1.fr);
  });
});
