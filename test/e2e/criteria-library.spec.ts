import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, expectNoSeriousViolations } from './fixtures';
import { nameOf, weightOf, card, menuAction, closeLibrary, openCriteria } from './criteria-helpers';

test.describe('Criteria editor: simulator, own library, accessibility', () => {
  test('the price formula simulator warns when withdrawing a bid would reverse the ranking', async ({ page, api }) => {
    test.setTimeout(180_000);
    await openCriteria(page, api, ['Laptops']);
    await page.getByRole('button', { name: 'Weight presets' }).click();
    await page.getByRole('menuitem', { name: /Price 60 \/ Quality 30 \/ Social 10/ }).click();
    await page.getByRole('button', { name: 'Simulate price formulas' }).click();
    const sim = page.getByRole('dialog', { name: 'Price formula simulator · Laptops' });
    await expect(sim.getByRole('textbox', { name: 'Points for price' })).toHaveValue('60');

    // A crafted field: B wins on quality while the very expensive C sets the bottom of the linear scale.
    const bids = [
      ['Bid A', '100', '20'],
      ['Bid B', '120', '30'],
      ['Bid C', '300', '40'],
    ];
    for (const [i, [name, price, quality]] of bids.entries()) {
      await sim.getByRole('textbox', { name: `Name of bid ${i + 1}` }).fill(name!);
      await sim.getByRole('textbox', { name: `Price of bid ${i + 1}` }).fill(price!);
      await sim.getByRole('textbox', { name: `Quality points of bid ${i + 1}` }).fill(quality!);
    }
    await sim.getByRole('combobox', { name: 'Formula you plan to use' }).selectOption({ label: 'Linear between lowest and highest' });
    const verdict = sim.getByRole('status').filter({ hasText: 'reversal' });
    await expect(verdict).toContainText('Rank reversal under linear between lowest and highest');
    await expect(verdict).toContainText(
      'Under Linear between lowest and highest, if Bid C were withdrawn, Bid A would move ahead of Bid B.',
    );

    // Side by side: each formula's ranking; the absolute one needs published bounds and never reverses.
    const linear = sim.getByRole('region', { name: 'Linear between lowest and highest' });
    await expect(linear.getByRole('row')).toHaveText([
      /Rank\s*Bid\s*Price pts\s*Total/,
      /1\s*Bid B\s*54\.00\s*84\.00/,
      /2\s*Bid A\s*60\.00\s*80\.00/,
      /3\s*Bid C\s*0\.00\s*40\.00/,
    ]);
    await expect(linear.getByRole('rowheader')).toHaveText(['Bid B', 'Bid A', 'Bid C']);
    await expect(sim.getByRole('region', { name: 'Absolute (published ceiling and floor)' })).toContainText(
      'Enter the published ceiling and floor prices',
    );
    await sim.getByRole('textbox', { name: 'Ceiling price' }).fill('400');
    await sim.getByRole('textbox', { name: 'Floor price' }).fill('50');
    await expect(sim.getByRole('region', { name: 'Absolute (published ceiling and floor)' })).toContainText('Order stays the same');
    await sim.getByRole('combobox', { name: 'Formula you plan to use' }).selectOption({ label: 'Absolute (published ceiling and floor)' });
    await expect(sim.getByRole('status').filter({ hasText: 'reversal' })).toContainText('No rank reversal under absolute');

    // Bad sample input is pointed out at the field, never a crash.
    await sim.getByRole('textbox', { name: 'Price of bid 2' }).fill('0');
    await expect(sim).toContainText('The price must be greater than zero.');
    await expect(sim.getByRole('textbox', { name: 'Price of bid 2' })).toHaveAttribute('aria-invalid', 'true');
    await expectNoSeriousViolations(page, 'price formula simulator');
  });

  test('saves a criterion to my library, finds it in the picker and in library.json, and deletes it', async ({ page, api, workspace }) => {
    test.setTimeout(180_000);
    await openCriteria(page, api, ['Laptops']);
    await page.getByRole('button', { name: 'New criterion' }).click();
    await page.getByRole('menuitem', { name: 'Environmental' }).click();
    await nameOf(page, '1').fill('Battery replacement without tools');

    // Incomplete criteria cannot go to the library: the dialog says what is missing.
    await menuAction(page, '1', 'Save to my library…');
    const save = page.getByRole('dialog', { name: 'Save to my library' });
    await expect(save).toContainText('A library criterion needs a description');
    await expect(save.getByRole('button', { name: 'Save to my library' })).toBeDisabled();
    await save.getByRole('button', { name: 'Cancel' }).click();

    const c = card(page, '1');
    await c.getByRole('textbox', { name: 'Description' }).fill('How easily a school technician can replace the battery.');
    await c.getByRole('textbox', { name: 'Evidence the bidder must supply' }).fill('Repair manual pages and spare-part price list.');
    await menuAction(page, '1', 'Save to my library…');
    await save.getByRole('textbox', { name: 'Guidance for colleagues (optional)' }).fill('Use for laptops and tablets.');
    await save.getByRole('button', { name: 'Save to my library' }).click();
    await expect(save).toBeHidden();
    await expect(page.getByText('“Battery replacement without tools” is in your library')).toBeVisible();

    const libraryFile = join(workspace, 'library.json');
    await expect
      .poll(async () => {
        try {
          const lib = JSON.parse(await readFile(libraryFile, 'utf8')) as {
            criteria: { name: string; guidance: string; category: string }[];
          };
          return lib.criteria.map((e) => [e.name, e.category, e.guidance]);
        } catch {
          return undefined;
        }
      })
      .toEqual([['Battery replacement without tools', 'environmental', 'Use for laptops and tablets.']]);

    // It appears in the picker under "My library", and can be added to a lot and deleted.
    await page.getByRole('button', { name: 'Add from library' }).click();
    const library = page.getByRole('dialog', { name: 'Add criteria from the library' });
    await library.getByRole('combobox', { name: 'Source' }).selectOption({ label: 'My library' });
    await expect(library.getByRole('listitem')).toHaveCount(1);
    await expect(library.getByRole('listitem')).toContainText('Battery replacement without tools');
    await expect(library.getByRole('listitem')).toContainText('Suggested scale: 0 to 5');
    await library.getByRole('button', { name: 'Add “Battery replacement without tools” to Laptops' }).click();
    await expect(library.getByRole('status')).toContainText('was added to Laptops');
    await expectNoSeriousViolations(page, 'library picker');
    await library.getByRole('button', { name: 'Delete… “Battery replacement without tools” from my library' }).click();
    await library.getByRole('button', { name: 'Delete from my library' }).click();
    await expect(library).toContainText('Your library is empty.');
    await expect.poll(async () => (JSON.parse(await readFile(libraryFile, 'utf8')) as { criteria: unknown[] }).criteria.length).toBe(0);
    await closeLibrary(page);
    await expect(nameOf(page, '2')).toHaveValue('Battery replacement without tools');
  });

  test('the criteria screen passes axe with findings, open details and sub-criteria, and works from the keyboard', async ({
    page,
    api,
  }) => {
    test.setTimeout(180_000);
    await openCriteria(page, api, ['Laptops', 'Repair']);
    await expectNoSeriousViolations(page, 'criteria (empty lot)');
    await page.getByRole('button', { name: 'Weight presets' }).click();
    await page.getByRole('menuitem', { name: /Price 40 \/ Quality 20 \/ Environmental 30 \/ Social 10/ }).click();
    await card(page, '2').getByRole('button', { name: 'Add sub-criterion to criterion 2' }).click();
    await weightOf(page, '1').fill('abc');
    await card(page, '1').getByRole('button', { name: 'Details of criterion 1' }).click();
    await page.getByRole('button', { name: 'Add requirement' }).click();
    await page.getByRole('switch', { name: 'Exclude bids below a minimum quality score' }).check();
    await expect(card(page, '2')).toContainText('The sub-criteria of');
    await expectNoSeriousViolations(page, 'criteria with findings');

    // Keyboard only: the lot tabs switch with the arrow keys, and the menu opens with Enter.
    await page.getByRole('tab', { name: /Laptops/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: /Repair/ })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('button', { name: 'More actions for criterion 3' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menuitem', { name: /Balance remaining weight/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Move criterion 3 up' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Move criterion 2 up' })).toBeFocused();
  });
});
