import { test, expect, expectNoSeriousViolations, openTenderScreen } from './fixtures';

test.describe('Glossary', () => {
  test('a term on the Clauses screen opens its definition and its glossary entry; the glossary searches; axe passes', async ({
    page,
    api,
  }) => {
    test.setTimeout(120_000); // three axe runs on a busy machine
    await openTenderScreen(page, api, 'Clauses', { title: 'Laptops for schools', buyer: 'City of Example' });

    // From the keyboard: focus the marked word in the first library clause and press Enter.
    const card = page.getByTestId('library-clause').first();
    const term = card.getByRole('button', { name: 'Moments of traction', exact: true });
    await term.focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('dialog', { name: 'Moment of traction' });
    await expect(popover).toContainText('most influence over the supplier');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await expectNoSeriousViolations(page, 'a term popover on the clause library');

    // Escape closes it and gives focus back to the word.
    await page.keyboard.press('Escape');
    await expect(popover).toBeHidden();
    await expect(term).toBeFocused();

    // The popover leads to the full entry, brought into view and focused in the glossary drawer.
    await term.click();
    await popover.getByRole('button', { name: 'Read more in the glossary' }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await expect(glossary).toBeVisible();
    const entry = glossary.getByRole('article', { name: 'Moment of traction' });
    await expect(entry).toHaveAttribute('data-selected', 'true');
    await expect(entry.getByRole('heading', { name: 'Moment of traction' })).toBeFocused();
    await expect(entry).toContainText('contract negotiation, a licence or renewal');
    await expectNoSeriousViolations(page, 'the glossary drawer');

    // A related term jumps to its own entry.
    await entry.getByRole('button', { name: 'Purpose of a clause' }).click();
    await expect(glossary.getByRole('heading', { name: 'Purpose of a clause' })).toBeFocused();

    // Search: the entries named by the words first, a clear count, and a message when nothing matches.
    const search = glossary.getByLabel('Search the glossary');
    await search.fill('price formula');
    const names = glossary.getByRole('article').locator('h3');
    await expect(names.first()).toHaveText('Price formula');
    await expect(glossary.getByRole('article', { name: 'Moment of traction' })).toBeHidden();
    await expect(glossary.getByTestId('glossary-count')).toContainText('match “price formula”');
    await search.fill('zebra');
    await expect(glossary.getByText('No term matches. Try a shorter word.')).toBeVisible();
    await glossary.getByRole('button', { name: 'Clear the search' }).click();
    await expect(search).toHaveValue('');
    await expect(glossary.getByRole('article', { name: 'MEAT (most economically advantageous tender)' })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(glossary).toBeHidden();
  });

  test('the glossary is reachable from the header on every screen, also with no tender open', async ({ page }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    await page.getByRole('banner').getByRole('button', { name: 'Glossary' }).click();
    const glossary = page.getByRole('dialog', { name: 'Glossary' });
    await expect(glossary.getByLabel('Search the glossary')).toBeFocused();
    await glossary.getByLabel('Search the glossary').fill('consensus');
    await expect(glossary.getByRole('article').first()).toHaveAccessibleName('Consensus');
    await glossary.getByRole('button', { name: 'Close the glossary' }).click();
    await expect(glossary).toBeHidden();
  });
});
