import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect, expectNoSeriousViolations } from './fixtures';

/** The update policy as written to settings.json, or undefined before the first save. */
async function updatesOnDisk(workspace: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(workspace, 'settings.json'), 'utf8')).updates;
  } catch {
    return undefined;
  }
}

test('Settings: the update policy is off by default, can be changed, and says that this copy downloads nothing', async ({
  page,
  workspace,
}) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('region', { name: 'Updates' });
  const group = section.getByRole('radiogroup', { name: 'Look for new versions' });
  await expect(group.getByRole('radio', { name: 'Never' })).toBeChecked();
  await expect(section.getByText('Nothing is downloaded: new versions come as installers from your IT department.')).toBeVisible();
  await expect(page.getByTestId('settings-save-state')).toHaveText('Changes are saved as you type.');

  await group.getByRole('radio', { name: 'At start' }).check();
  await expect(
    section.getByText(
      'This copy of Tenderwright has no update server configured, so nothing is downloaded at each start either: new versions come as installers from your IT department.',
    ),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'settings with the update policy changed');
  await expect(page.getByTestId('settings-save-state')).toHaveText(/^Saved at /);
  await expect.poll(() => updatesOnDisk(workspace)).toEqual({ mode: 'start' });

  await page.reload();
  await expect(page.getByRole('region', { name: 'Updates' }).getByRole('radio', { name: 'At start' })).toBeChecked();
});
