import { test, expect, expectSaved, readTenderFile, seedTender } from './fixtures';
import {
  nameOf,
  subNameOf,
  weightOf,
  subWeightOf,
  card,
  total,
  socialGauge,
  findings,
  liveRegion,
  menuAction,
  addFromLibrary,
  closeLibrary,
  screenCriteria,
  fileCriteria,
  openCriteria,
  drag,
} from './criteria-helpers';

test.describe('Criteria editor', () => {
  test('builds a lot from the library and from scratch: exact weights, bad input, floor gauge, presets, balance, sub-criteria, undo, and the file matches the screen', async ({
    page,
    workspace,
  }) => {
    test.setTimeout(180_000);
    // Create the tender in the UI, with two lots.
    await page.getByRole('button', { name: 'Create your first tender' }).click();
    const create = page.getByRole('dialog', { name: 'New tender' });
    await create.getByRole('textbox', { name: 'Title', exact: true }).fill('Laptops for schools');
    await create.getByLabel('Lot 1 title').fill('Laptops');
    await create.getByRole('button', { name: 'Add lot' }).click();
    await create.getByLabel('Lot 2 title').fill('Repair and recycling');
    await create.getByRole('button', { name: 'Create tender' }).click();
    await expect(page.getByRole('heading', { name: 'Tender details', level: 1 })).toBeVisible();
    const id = /#\/tender\/([^/]+)\//.exec(page.url())?.[1] ?? '';
    expect(id).not.toBe('');

    await page.getByRole('navigation').getByRole('link', { name: 'Criteria', exact: true }).click();
    await expect(page.getByRole('tab', { name: /Laptops/ })).toHaveAttribute('aria-selected', 'true');
    await expect(findings(page)).toContainText('This lot has no award criteria yet');
    await expect(total(page)).toHaveText('0.00%');

    // From the library: a price criterion and a social one (the library shows the suggested scale).
    await page.getByRole('button', { name: 'Add from library' }).click();
    const library = page.getByRole('dialog', { name: 'Add criteria from the library' });
    await library.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Social' });
    await expect(library.getByText(/^\d+ of \d+ criteria shown$/)).toHaveText(/^1[0-9] of \d+ criteria shown$/);
    await expect(library.getByText('Suggested scale: 0 to 5', { exact: false }).first()).toBeVisible();
    await library.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'All categories' });
    await addFromLibrary(page, 'total price', 'Total price', 'Laptops');
    await addFromLibrary(page, 'factory disclosure', 'Factory disclosure beyond the contract minimum', 'Laptops');
    await closeLibrary(page);

    // From scratch: a quality criterion; its name field takes focus.
    await page.getByRole('button', { name: 'New criterion' }).click();
    await page.getByRole('menuitem', { name: 'Quality' }).click();
    await expect(nameOf(page, '3')).toBeFocused();
    await nameOf(page, '3').fill('Delivery plan');
    await expect(nameOf(page, '1')).toHaveValue('Total price');
    await expect(nameOf(page, '2')).toHaveValue('Factory disclosure beyond the contract minimum');

    // A weight typed as text gets its own message and changes nothing.
    await weightOf(page, '1').fill('abc');
    await expect(card(page, '1')).toContainText('"abc" is not a number.');
    await expect(card(page, '1')).toContainText('The saved weight stays 0.00%.');
    await expect(weightOf(page, '1')).toHaveAttribute('aria-invalid', 'true');
    await weightOf(page, '1').fill('-5');
    await expect(card(page, '1')).toContainText('A weight cannot be negative');
    await weightOf(page, '1').fill('12.345');
    await expect(card(page, '1')).toContainText('A weight takes at most two decimal places');
    await expectSaved(page);
    expect((await readTenderFile(workspace, id))?.lots[0]?.criteria.map((c) => c.weight)).toEqual([0, 0, 0]);

    // 33.33 + 33.33 + 33.34 is exactly 100.00%.
    await weightOf(page, '1').fill('33.33');
    await expect(card(page, '1')).not.toContainText('decimal places');
    await weightOf(page, '2').fill('33.33');
    await weightOf(page, '3').fill('33.34');
    await expect(total(page)).toHaveText('100.00%');
    await expect(page.getByText('Exactly 100%', { exact: true })).toBeVisible();
    await expect(findings(page)).not.toContainText('add up to');

    // 99.99 is a finding, shown by the total; "balance remaining weight" fixes it.
    await weightOf(page, '3').fill('33.33');
    await expect(total(page)).toHaveText('99.99%');
    await expect(page.getByText('The criteria in this lot add up to 99.99%, which is 0.01% short of 100%.').first()).toBeVisible();
    await menuAction(page, '3', /Balance remaining weight/);
    await expect(weightOf(page, '3')).toHaveValue('33.34');
    await expect(total(page)).toHaveText('100.00%');

    // Social share under the 8% floor: the gauge and the finding say so; raising it passes.
    await weightOf(page, '2').fill('5');
    await expect(socialGauge(page)).toHaveAttribute('aria-valuetext', '5.00% of the lot; the floor is 8.00%; 3.00% below the floor');
    await expect(page.getByTestId('gauge-social')).toHaveText('5.00% · floor 8.00%');
    await expect(
      page.getByText('Social criteria make up 5.00% of this lot; the floor is 8.00%, so 3.00% is missing.').first(),
    ).toBeVisible();
    await weightOf(page, '2').fill('10');
    await expect(socialGauge(page)).toHaveAttribute('aria-valuetext', /meets the floor$/);
    await expect(findings(page)).not.toContainText('the floor is');

    // A preset is a starting point; it asks before overwriting weights.
    await page.getByRole('button', { name: 'Weight presets' }).click();
    await page.getByRole('menuitem', { name: /Price 60 \/ Quality 30 \/ Social 10/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Apply “Price 60 / Quality 30 / Social 10”?' });
    await confirm.getByRole('button', { name: 'Apply preset' }).click();
    await expect(weightOf(page, '1')).toHaveValue('60.00');
    await expect(weightOf(page, '2')).toHaveValue('10.00');
    await expect(weightOf(page, '3')).toHaveValue('30.00');
    await expect(total(page)).toHaveText('100.00%');

    // Ctrl+Z takes back a weight change (focus still in the field).
    await weightOf(page, '1').fill('55');
    await expect(total(page)).toHaveText('95.00%');
    await page.keyboard.press('Control+z');
    await expect(weightOf(page, '1')).toHaveValue('60.00');
    await expect(total(page)).toHaveText('100.00%');

    // A sub-criterion: its weight counts towards its parent, and the sums are checked.
    await card(page, '2').getByRole('button', { name: 'Add sub-criterion to criterion 2' }).click();
    await expect(subNameOf(page, '2.1')).toBeFocused();
    await subNameOf(page, '2.1').fill('Tier 2 component factories');
    const subFinding =
      'The sub-criteria of "Factory disclosure beyond the contract minimum" add up to 0.00%, but "Factory disclosure beyond the contract minimum" weighs 10.00%';
    await expect(card(page, '2')).toContainText(subFinding);
    await subWeightOf(page, '2.1').fill('10');
    await expect(card(page, '2')).not.toContainText(subFinding);
    await expect(card(page, '2')).toContainText('Sub-criteria total 10.00% of 10.00%');

    // "Go to field" moves focus to the field a finding concerns.
    await weightOf(page, '3').fill('0');
    await findings(page)
      .getByRole('button', { name: /Go to field for: "Delivery plan" has a weight of 0.00%/ })
      .click();
    await expect(weightOf(page, '3')).toBeFocused();
    await page.keyboard.press('Control+z');
    await expect(weightOf(page, '3')).toHaveValue('30.00');

    // Reorder with the Move buttons (focus stays on the moved criterion's button).
    await page.getByRole('button', { name: 'Move criterion 1 down' }).click();
    await expect(nameOf(page, '1')).toHaveValue('Factory disclosure beyond the contract minimum');
    await expect(nameOf(page, '2')).toHaveValue('Total price');
    await expect(page.getByRole('button', { name: 'Move criterion 2 down' })).toBeFocused();
    await expect(subNameOf(page, '1.1')).toHaveValue('Tier 2 component factories');

    // Reorder with dnd-kit's keyboard sensor: Space, arrow, Space on the handle.
    const handle = page.getByRole('button', { name: 'Reorder criterion 3 (Delivery plan)' });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await expect(liveRegion(page)).toHaveText(/criterion 3 \(Delivery plan\)(, position| is over position) 3 of 3/);
    await page.keyboard.press('ArrowUp');
    await expect(liveRegion(page)).toHaveText(/is over position 2 of 3/);
    await page.keyboard.press('Space');
    await expect(liveRegion(page)).toHaveText(/was dropped at position 2 of 3/);
    await expect(nameOf(page, '2')).toHaveValue('Delivery plan');
    await expect(nameOf(page, '3')).toHaveValue('Total price');

    // And once with the mouse: drag "Total price" to the top.
    await page.getByRole('button', { name: 'Hide details of criterion 2' }).click();
    await page.getByRole('button', { name: 'Hide details of sub-criterion 1.1' }).click();
    await card(page, '1').scrollIntoViewIfNeeded();
    await drag(page, page.getByRole('button', { name: 'Reorder criterion 3 (Total price)' }), card(page, '3'), card(page, '1'));
    await expect(nameOf(page, '1')).toHaveValue('Total price');
    await expect(nameOf(page, '2')).toHaveValue('Factory disclosure beyond the contract minimum');
    await expect(nameOf(page, '3')).toHaveValue('Delivery plan');

    // The file on disk holds exactly what the screen shows.
    await expectSaved(page);
    const shown = await screenCriteria(page);
    expect(shown).toEqual([
      { name: 'Total price', weight: '60.00', sub: false },
      { name: 'Factory disclosure beyond the contract minimum', weight: '10.00', sub: false },
      { name: 'Tier 2 component factories', weight: '10.00', sub: true },
      { name: 'Delivery plan', weight: '30.00', sub: false },
    ]);
    await expect.poll(() => fileCriteria(workspace, id, 0)).toEqual(shown);

    // The second lot has its own criteria: one from the library, then a preset fills in the rest (no
    // weights to overwrite yet, so no confirmation).
    await page.getByRole('tab', { name: /Repair and recycling/ }).click();
    await expect(total(page)).toHaveText('0.00%');
    await addFromLibrary(page, 'repairability', 'Repairability and spare parts', 'Repair and recycling');
    await closeLibrary(page);
    await page.getByRole('button', { name: 'Weight presets' }).click();
    await page.getByRole('menuitem', { name: /Price 50 \/ Quality 25 \/ Social 15 \/ Environmental 10/ }).click();
    await expect(total(page)).toHaveText('100.00%');
    await expect(page.getByRole('tab', { name: /Repair and recycling/ })).toContainText('Sound');
    await expectSaved(page);
    const second = await screenCriteria(page);
    expect(second.map((c) => [c.name, c.weight])).toEqual([
      ['Repairability and spare parts', '10.00'],
      ['Price', '50.00'],
      ['Quality', '25.00'],
      ['Social responsibility in the supply chain', '15.00'],
    ]);
    await expect.poll(() => fileCriteria(workspace, id, 1)).toEqual(second);
    await expect.poll(() => fileCriteria(workspace, id, 0)).toEqual(shown);
  });

  test('nests and un-nests criteria, edits scoring and requirements, and keeps the tender saved while it has findings', async ({
    page,
    api,
    workspace,
  }) => {
    test.setTimeout(180_000);
    const tender = await openCriteria(page, api, ['Laptops']);
    await page.getByRole('button', { name: 'New criterion' }).click();
    await page.getByRole('menuitem', { name: 'Social' }).click();
    await nameOf(page, '1').fill('Worker voice');
    await page.getByRole('button', { name: 'New criterion' }).click();
    await page.getByRole('menuitem', { name: 'Social' }).click();
    await expect(nameOf(page, '2')).toBeFocused();
    await nameOf(page, '2').fill('Grievance channel');

    // Nest the second under the first, then make it top-level again.
    await menuAction(page, '2', 'Make it a sub-criterion of “Worker voice”');
    await expect(subNameOf(page, '1.1')).toHaveValue('Grievance channel');
    await expect(nameOf(page, '2')).toHaveCount(0);
    await page.getByRole('button', { name: 'More actions for sub-criterion 1.1' }).click();
    await page.getByRole('menuitem', { name: 'Make it a top-level criterion' }).click();
    await expect(nameOf(page, '2')).toHaveValue('Grievance channel');

    // Scoring: a 0-10 scale leaves levels 6-10 blank (a finding), filled with standard wording on request.
    const details = card(page, '1');
    await expect(details.getByRole('button', { name: 'Hide details of criterion 1' })).toBeVisible(); // new criteria open their details
    await details.getByRole('combobox', { name: 'Scoring scale' }).selectOption({ label: '0 to 10' });
    await expect(details).toContainText('has no descriptor for levels 6, 7, 8, 9 and 10');
    await details.getByRole('textbox', { name: 'Descriptor for score 10' }).fill('Outstanding, verified by worker interviews.');
    await expect(details).toContainText('has no descriptor for levels 6, 7, 8 and 9');
    await details.getByRole('button', { name: 'Fill blank levels with standard wording' }).click();
    await expect(details).not.toContainText('has no descriptor');
    await expect(details.getByRole('textbox', { name: 'Descriptor for score 10' })).toHaveValue(
      'Outstanding, verified by worker interviews.',
    );

    // A price criterion with the absolute formula needs a ceiling above the floor.
    await page.getByRole('button', { name: 'New criterion' }).click();
    await page.getByRole('menuitem', { name: 'Price', exact: true }).click();
    await nameOf(page, '3').fill('Price');
    const price = card(page, '3');
    await price.getByRole('combobox', { name: 'Price formula' }).selectOption({ label: 'Absolute (published ceiling and floor)' });
    await expect(price).toContainText('uses the absolute formula, but');
    await price.getByRole('textbox', { name: 'Ceiling price' }).fill('900');
    await price.getByRole('textbox', { name: 'Floor price' }).fill('abc');
    await expect(price).toContainText('"abc" is not a number.');
    await price.getByRole('textbox', { name: 'Floor price' }).fill('300');
    await expect(price).not.toContainText('uses the absolute formula, but');

    // Pass/fail requirements and the minimum quality score.
    await page.getByRole('button', { name: 'Add requirement' }).click();
    await expect(page.getByRole('textbox', { name: 'Requirement 1 name' })).toBeFocused();
    await page.getByRole('textbox', { name: 'Requirement 1 name' }).fill('Discloses its final assembly factories');
    await expect(page.getByRole('region', { name: 'Pass/fail requirements' })).toContainText('does not say what evidence shows it is met');
    await page.getByRole('textbox', { name: 'Evidence for requirement 1' }).fill('Factory list with names and addresses');
    await page.getByRole('switch', { name: 'Exclude bids below a minimum quality score' }).check();
    const minimum = page.getByRole('textbox', { name: 'Minimum score (points out of 100)' });
    await minimum.fill('95');
    await expect(page.getByRole('region', { name: 'Minimum quality score' })).toContainText('so every bid would be excluded');

    // Findings remain, but every edit is saved.
    await expectSaved(page);
    await expect
      .poll(async () => {
        const lot = (await readTenderFile(workspace, tender.id))?.lots[0];
        return (
          lot && {
            names: lot.criteria.map((c) => c.name),
            scale: lot.criteria[0]?.scoring,
            price: lot.criteria[2]?.scoring,
            requirement: lot.requirements.map((r) => [r.name, r.evidence]),
            minimum: lot.minimumQualityScore,
          }
        );
      })
      .toMatchObject({
        names: ['Worker voice', 'Grievance channel', 'Price'],
        scale: { type: 'quality-scale', max: 10 },
        price: { type: 'absolute', ceiling: 900, floor: 300 },
        requirement: [['Discloses its final assembly factories', 'Factory list with names and addresses']],
        minimum: 9500,
      });
  });
});

test.describe('Criteria editor in French', () => {
  test.use({ locale: 'fr-FR' });

  test('a French screen adds a built-in criterion to a French tender in French, with French labels and numbers', async ({
    page,
    api,
    workspace,
  }) => {
    const tender = await seedTender(api, { title: 'Ordinateurs pour les écoles', lots: ['Portables'], language: 'fr' });
    await page.reload();
    await page.getByRole('link', { name: tender.title }).click();
    // The navigation's words belong to the shell; the route is the same in every language.
    await page.evaluate((id) => (window.location.hash = `#/tender/${id}/criteria`), tender.id);
    await expect(page.getByRole('heading', { name: 'Critères', level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Critères d’attribution', level: 2 })).toBeVisible();
    await expect(page.getByText('Aucun critère dans ce lot pour l’instant')).toBeVisible();

    await page.getByRole('button', { name: 'Ajouter depuis la bibliothèque' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ajouter des critères depuis la bibliothèque' });
    await dialog.getByRole('textbox', { name: 'Rechercher' }).fill('prix total');
    await dialog.getByRole('button', { name: 'Ajouter « Prix total » à Portables' }).click();
    await expect(dialog.getByRole('status')).toContainText('« Prix total » a été ajouté à Portables avec une pondération de 0,00 %.');
    await dialog.getByRole('button', { name: 'Terminé' }).click();
    await expect(dialog).toBeHidden();

    const name = page.getByRole('textbox', { name: 'Nom du critère 1', exact: true });
    await expect(name).toHaveValue('Prix total');
    const weight = page.getByRole('textbox', { name: 'Pondération du critère 1, en pourcentage', exact: true });
    await weight.fill('60');
    await weight.blur();
    await expect(weight).toHaveValue('60,00');
    await expect(page.getByTestId('weight-total')).toHaveText('60,00 %');
    await expect(page.getByText('Reste 40,00 % à répartir')).toBeVisible();
    await expect(page.getByRole('meter', { name: 'Part sociale' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Détail du critère 1' })).toBeVisible();

    // A criterion written from scratch gets the scale's standard wording in the tender's language, on screen and on disk.
    await page.getByRole('button', { name: 'Nouveau critère' }).click();
    await page.getByRole('menuitem', { name: 'Social' }).click();
    await expect(page.getByRole('textbox', { name: 'Descripteur de la note 0', exact: true })).toHaveValue(/^Inacceptable/);
    await expect
      .poll(async () => {
        const scoring = (await readTenderFile(workspace, tender.id))?.lots[0]?.criteria[1]?.scoring;
        return scoring?.type === 'quality-scale' ? scoring.descriptors[5] : undefined;
      })
      .toMatch(/^Excellent\u00a0: la réponse va au-delà du critère/);
  });
});
