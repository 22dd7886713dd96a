/**
 * The Questions and Suppliers screens in French: a French system language shows them in French (country
 * names too), no text of their English catalogues is left on screen, and they pass axe; a French
 * tender's question bank shows the built-in questions in French.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { contentOf } from '../../shared/model/tender';
import { test, expect, expectNoSeriousViolations, seedTender } from './fixtures';

test.use({ locale: 'fr-FR' });

type Catalogue = { [key: string]: string | Catalogue };

const strings = (catalogue: Catalogue): string[] =>
  Object.values(catalogue).flatMap((value) => (typeof value === 'string' ? [value] : strings(value)));

/** The English texts of a catalogue, cut at placeholders and tags, keeping pieces long enough to be unmistakable. */
function englishPieces(namespace: string): string[] {
  const file = resolve(__dirname, '..', '..', 'shared', 'i18n', 'locales', 'en', `${namespace}.json`);
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Catalogue;
  const pieces = strings(catalogue).flatMap((text) => text.split(/\{\{\w+\}\}|<\/?\w+>/));
  return [...new Set(pieces.map((piece) => piece.trim()).filter((piece) => piece.length >= 12))];
}

const ENGLISH = [...englishPieces('questions'), ...englishPieces('suppliers')];

async function expectFrench(page: Page, what: string) {
  const shown = await page.locator('main').innerText();
  expect(
    ENGLISH.filter((piece) => shown.includes(piece)),
    `English left on ${what}`,
  ).toEqual([]);
  await expectNoSeriousViolations(page, what);
}

test('the Q&A and the supplier register in French: questions by theme, suppliers, rounds, the register and a supplier page', async ({
  page,
  api,
}) => {
  test.setTimeout(120_000);
  const register = await api('suppliers.get', {});
  await api('suppliers.save', {
    supplier: { id: 'reg-acme', name: 'Acme Computers Ltd', identifiers: [], contacts: [], country: 'DE' },
    baseRevision: register.revision ?? 0,
  });
  const created = await seedTender(api, { language: 'fr' });
  await api('tenders.save', {
    id: created.id,
    content: {
      ...contentOf(created),
      qa: {
        ...contentOf(created).qa,
        suppliers: [{ id: 'qa-acme', name: 'Acme Computers Ltd', role: 'contracted', registerId: 'reg-acme' }],
      },
    },
  });
  await page.reload();
  await page.getByRole('link', { name: created.title }).click();
  // "Questions" is the same word in French.
  await page.getByRole('navigation').getByRole('link', { name: 'Questions', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Questions', level: 1 })).toBeVisible();

  await expect(page.getByRole('tab', { name: 'Banque de questions' })).toHaveAttribute('aria-selected', 'true');
  // A French tender's bank shows the built-in questions in French.
  const search = page.getByRole('searchbox', { name: 'Rechercher des questions' });
  await search.fill('heures supplémentaires');
  await expect(page.getByTestId('bank-question').first()).toContainText('Comment vous assurez-vous que les heures supplémentaires');
  await expect(page.getByTestId('bank-question').first()).not.toContainText('En anglais');
  await search.fill('');
  await page.getByLabel('Thème').selectOption({ label: 'Transparence de la chaîne d’approvisionnement' });
  await expect(page.getByText('5 questions correspondent')).toBeVisible();
  await page.getByRole('button', { name: /^Tout ajouter \(5\)/ }).click();
  await expect(page.getByRole('button', { name: 'Toutes dans le questionnaire' })).toBeDisabled();
  await expectFrench(page, 'the question bank');

  await page.getByRole('tab', { name: 'Questions retenues (5)' }).click();
  await expect(page.getByRole('heading', { name: 'Questions du questionnaire de cet appel d’offres' })).toBeVisible();
  await expectFrench(page, 'the selected questions');

  await page.getByRole('tab', { name: 'Fournisseurs et réponses (1)' }).click();
  await expect(page.getByRole('heading', { name: 'Réponses de Acme Computers Ltd' })).toBeVisible();
  await expect(page.getByLabel('Marché attribué à Acme Computers Ltd le')).toBeVisible();
  await expectFrench(page, 'the suppliers and answers');

  await page.getByRole('tab', { name: 'Campagnes et formulaires de réponse (0)' }).click();
  await expect(page.getByText('Aucune campagne de dialogue pour l’instant')).toBeVisible();
  await expectFrench(page, 'the rounds');

  await page.getByRole('tab', { name: 'Synthèse et suivis' }).click();
  await expect(page.getByRole('heading', { name: 'Maturité par fournisseur' })).toBeVisible();
  await expectFrench(page, 'the summary');

  // The shell's navigation is translated with the shell: accept either name for the Suppliers link.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Suppliers|Fournisseurs)$/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Fournisseurs', level: 1 })).toBeVisible();
  await expect(page.getByText('1 fournisseur dans le répertoire')).toBeVisible();
  await expect(page.getByTestId('supplier-row')).toContainText('Allemagne');
  await expectFrench(page, 'the supplier register');

  await page.getByRole('button', { name: 'Acme Computers Ltd', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Appels d’offres et marchés' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Informations sur le fournisseur' })).toContainText('Allemagne (DE)');
  await expect(page.getByText('Dialogue avec le fournisseur en tant que titulaire du marché')).toBeVisible();
  await expect(page.getByTestId('disclosure-section')).toContainText('Communication des usines');
  await expectFrench(page, 'the supplier page');
});
