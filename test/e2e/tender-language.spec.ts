import { test, expect, readTenderFile } from './fixtures';

/**
 * The tender's language is its own: a French-speaking officer writes a Spanish tender, and the
 * language of the screens, chosen in Settings, changes nothing in it. Screens owned elsewhere are
 * reached by their address, so the test does not depend on how the shell names them.
 */
test.describe('Languages', () => {
  test.use({ locale: 'fr-FR' });

  test('a Spanish tender from a French screen, its locale undone; the screens switch to Spanish at once and stay so after a reload', async ({
    page,
    workspace,
  }) => {
    // The system language is French, so the screens are.
    await page.getByRole('button', { name: 'Créer votre premier appel d’offres' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvel appel d’offres' });
    const language = dialog.getByRole('combobox', { name: 'Langue de l’appel d’offres' });
    await expect(language).toHaveValue('fr');
    await dialog.getByRole('textbox', { name: 'Intitulé', exact: true }).fill('Limpieza de edificios municipales');
    await language.selectOption('es');
    await dialog.getByRole('button', { name: 'Créer l’appel d’offres' }).click();

    await expect(page.getByRole('heading', { name: 'Détails de l’appel d’offres', level: 1 })).toBeVisible();
    const id = /#\/tender\/([^/]+)\/details/.exec(page.url())?.[1];
    expect(id).toBeTruthy();
    await expect.poll(async () => (await readTenderFile(workspace, id!))?.language).toBe('es');

    // The locale of issue offers Spanish-speaking countries only, named in the screens' language.
    const locale = page.getByRole('combobox', { name: 'Paramètres régionaux de publication' });
    await expect(locale).toHaveValue('es-ES');
    await expect(locale.locator('option[value="es-MX"]')).toHaveText('espagnol (Mexique) · es-MX');
    await locale.selectOption('es-MX');
    await expect.poll(async () => (await readTenderFile(workspace, id!))?.locale).toBe('es-MX');
    await page.keyboard.press('Control+z');
    await expect(locale).toHaveValue('es-ES');
    await expect.poll(async () => (await readTenderFile(workspace, id!))?.locale).toBeUndefined();

    // Switching the tender to French drops a Spanish locale; undo takes the whole change back.
    await locale.selectOption('es-CO');
    await page.getByRole('combobox', { name: 'Langue de l’appel d’offres' }).selectOption('fr');
    await expect(locale).toHaveValue('fr-FR');
    await page.keyboard.press('Control+z');
    await expect(locale).toHaveValue('es-CO');
    await expect.poll(async () => await readTenderFile(workspace, id!)).toMatchObject({ language: 'es', locale: 'es-CO' });

    // The screens' language, chosen in Settings, applies at once and leaves the tender as it is.
    await page.goto(page.url().replace(/#.*$/, '#/settings'));
    await page.getByRole('radio', { name: 'Español' }).check();
    await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Idioma', level: 2 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ajustes', level: 1 })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
    expect(await readTenderFile(workspace, id!)).toMatchObject({ language: 'es', locale: 'es-CO' });

    // Back to the system's language: French again, at once.
    await page.getByRole('radio', { name: 'Idioma del sistema' }).check();
    await expect(page.getByRole('heading', { name: 'Paramètres', level: 1 })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Langue du système' })).toBeChecked();
  });
});
