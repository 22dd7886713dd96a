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
    const save = page.getByRole('button', { name: 'Save criteria settings' });
    await expect(social).toHaveValue('8.00');
    await expect(environmental).toHaveValue('');

    // 7% is refused at the field, with the reason; nothing is written.
    await social.fill('7');
    await expect(page.getByText('The social floor cannot be below 8.00% (7.00% was typed).')).toBeVisible();
    await expect(social).toHaveAttribute('aria-invalid', 'true');
    await save.click();
    await expect(social).toBeFocused();
    await expect(page.getByText('The social floor cannot be below 8.00% (7.00% was typed).')).toBeVisible();
    expect((await settingsFile(workspace))?.criteria.socialFloor ?? 800).toBe(800);
    await expectNoSeriousViolations(page, 'settings with a refused floor');

    // Text is refused too, with its own message.
    await social.fill('ten');
    await expect(page.getByText('"ten" is not a number.')).toBeVisible();

    // 10% social, 30% environmental and a 0-10 default scale are saved.
    await social.fill('10');
    await environmental.fill('30');
    await page.getByRole('radio', { name: '0 to 10' }).check();
    await save.click();
    await expect(page.getByText('Criteria settings saved')).toBeVisible();
    await expect
      .poll(async () => (await settingsFile(workspace))?.criteria)
      .toEqual({ socialFloor: 1000, categoryFloors: { environmental: 3000 }, defaultQualityScale: 10 });

    // Floors that cannot all be met are an error the form shows before saving.
    await page.getByRole('textbox', { name: 'Quality floor (optional)' }).fill('70');
    await expect(page.getByText('The category floors add up to 110.00%, so no lot can meet them all.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Quality floor (optional)' }).fill('');
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

  test('the organisation name still saves beside the floors', async ({ page, workspace }) => {
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('textbox', { name: 'Organisation name' }).fill('Northfield City Council');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(async () => (await settingsFile(workspace))?.organisation).toBe('Northfield City Council');
    await expect.poll(async () => (await settingsFile(workspace))?.criteria.socialFloor).toBe(800);
  });
});
