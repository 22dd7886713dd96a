import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, seedTender, expectNoSeriousViolations } from './fixtures';

/** settings.json as written, or undefined before the first save. */
async function settingsFile(workspace: string): Promise<{ organisation: string; criteria: Record<string, unknown> } | undefined> {
  try {
    return JSON.parse(await readFile(join(workspace, 'settings.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

test.describe('Settings: award criteria floors', () => {
  test('refuses a social floor under 8%, saves 10% and an environmental floor, and the criteria screen applies them', async ({
    page,
    api,
    workspace,
  }) => {
    test.setTimeout(120_000);
    await seedTender(api, { title: 'Laptops for schools', lots: ['Laptops'] });
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

    const social = page.getByRole('textbox', { name: 'Social floor', exact: true });
    const environmental = page.getByRole('textbox', { name: 'Environmental floor (optional)' });
    const saveState = page.getByTestId('settings-save-state');
    const criteriaSection = page.getByRole('region', { name: 'Award criteria' });
    // Settings save as you type: there is no Save button.
    await expect(page.getByRole('button', { name: /^Save/ })).toHaveCount(0);
    await expect(social).toHaveValue('8.00');
    await expect(environmental).toHaveValue('');

    // 7% is refused at the field, with the reason; nothing is written, and the typed value stays.
    await social.fill('7');
    await expect(criteriaSection.getByText('The social floor cannot be below 8.00% (7.00% was typed).')).toBeVisible();
    await expect(social).toHaveAttribute('aria-invalid', 'true');
    await expect(saveState).toHaveText('Not saved: The social floor cannot be below 8.00% (7.00% was typed).');
    await expect(social).toHaveValue('7');
    expect((await settingsFile(workspace))?.criteria.socialFloor ?? 800).toBe(800);
    await expectNoSeriousViolations(page, 'settings with a refused floor');

    // Text is refused too, with its own message.
    await social.fill('ten');
    await expect(criteriaSection.getByText('"ten" is not a number.')).toBeVisible();

    // 10% social, 30% environmental and a 0-10 default scale are saved.
    await social.fill('10');
    await environmental.fill('30');
    await page.getByRole('radio', { name: '0 to 10' }).check();
    await expect(saveState).toHaveText(/^Saved at /);
    await expect
      .poll(async () => (await settingsFile(workspace))?.criteria)
      .toEqual({ socialFloor: 1000, categoryFloors: { environmental: 3000 }, defaultQualityScale: 10 });

    // Floors that cannot all be met are an error the form shows before saving.
    await page.getByRole('textbox', { name: 'Quality floor (optional)' }).fill('70');
    await expect(criteriaSection.getByText('The category floors add up to 110.00%, so no lot can meet them all.')).toBeVisible();
    await expect(saveState).toHaveText(/^Not saved: /);
    expect((await settingsFile(workspace))?.criteria.categoryFloors).toEqual({ environmental: 3000 });
    await page.getByRole('textbox', { name: 'Quality floor (optional)' }).fill('');
    await expect(saveState).toHaveText(/^Saved at /);
    await expectNoSeriousViolations(page, 'settings');

    await page.reload();
    await expect(social).toHaveValue('10.00');
    await expect(environmental).toHaveValue('30.00');
    await expect(page.getByRole('radio', { name: '0 to 10' })).toBeChecked();

    // The criteria screen's gauge uses the organisation's 10% floor, not Tenderwright's 8%.
    await page.getByRole('navigation').getByRole('link', { name: 'Tenders', exact: true }).click();
    await page.getByRole('link', { name: 'Laptops for schools' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Criteria', exact: true }).click();
    await page.getByRole('button', { name: 'Weight presets' }).click();
    await page.getByRole('menuitem', { name: /Price 60 \/ Quality 30 \/ Social 10/ }).click();
    const gauge = page.getByRole('meter', { name: 'Social share' });
    await expect(gauge).toHaveAttribute('aria-valuetext', '10.00% of the lot; the floor is 10.00%; meets the floor');
    await expect(page.getByTestId('gauge-social')).toHaveText('10.00% · floor 10.00%');
    await page.getByRole('textbox', { name: 'Weight of criterion 3, in percent' }).fill('9');
    await expect(gauge).toHaveAttribute('aria-valuetext', '9.00% of the lot; the floor is 10.00%; 1.00% below the floor');
    await expect(
      page.getByText('Social criteria make up 9.00% of this lot; the floor is 10.00%, so 1.00% is missing.').first(),
    ).toBeVisible();
    await expect(page.getByRole('meter', { name: 'Environmental share' })).toHaveAttribute(
      'aria-valuetext',
      /the floor is 30\.00%; 30\.00% below the floor/,
    );
    await expect(
      page.getByText('This lot has no environmental criteria; the floor is 30.00%, so 30.00% is missing.').first(),
    ).toBeVisible();

    // New quality criteria start on the organisation's default scale.
    await page.getByRole('button', { name: 'New criterion' }).click();
    await page.getByRole('menuitem', { name: 'Environmental' }).click();
    await expect(page.getByRole('group', { name: /^Criterion 4:/ })).toContainText('Scale 0 to 10');
  });

  test('the organisation name saves as it is typed, and Ctrl+Z restores the name before, on disk and after a reload', async ({
    page,
    workspace,
  }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    const organisation = page.getByRole('textbox', { name: 'Organisation name' });
    const saveState = page.getByTestId('settings-save-state');
    await organisation.fill('Northfield City Council');
    await expect.poll(async () => (await settingsFile(workspace))?.organisation).toBe('Northfield City Council');
    await expect(saveState).toHaveText(/^Saved at /);
    await expect.poll(async () => (await settingsFile(workspace))?.criteria.socialFloor).toBe(800);

    // Leaving the field ends the burst: the next typing is a step of its own, and undo takes the name back to the first one.
    await organisation.blur();
    await organisation.fill('Northfield Borough Council');
    await expect.poll(async () => (await settingsFile(workspace))?.organisation).toBe('Northfield Borough Council');
    await organisation.press('Control+z');
    await expect(page.getByTestId('undo-toast-text')).toHaveText('Undid: organisation name');
    await expect(organisation).toHaveValue('Northfield City Council');
    await expect.poll(async () => (await settingsFile(workspace))?.organisation).toBe('Northfield City Council');
    await page.reload();
    await expect(organisation).toHaveValue('Northfield City Council');

    // Typing still waiting for its save is saved first, then undone as one step.
    await organisation.fill('Southfield');
    await page.getByLabel('Undo', { exact: true }).click();
    await expect(organisation).toHaveValue('Northfield City Council');
    await expect.poll(async () => (await settingsFile(workspace))?.organisation).toBe('Northfield City Council');
    await page.getByLabel('Redo', { exact: true }).click();
    await expect(organisation).toHaveValue('Southfield');
    await expect.poll(async () => (await settingsFile(workspace))?.organisation).toBe('Southfield');
    await expectNoSeriousViolations(page, 'settings after undo and redo');
  });
});
