/** Locators and steps the criteria editor specs share. */
import type { Locator, Page } from '@playwright/test';
import { expect, openTenderScreen, readTenderFile, type Api } from './fixtures';

// ---- locators for the criteria editor ----
export const nameOf = (page: Page, position: string) => page.getByRole('textbox', { name: `Name of criterion ${position}`, exact: true });
export const subNameOf = (page: Page, position: string) =>
  page.getByRole('textbox', { name: `Name of sub-criterion ${position}`, exact: true });
export const weightOf = (page: Page, position: string) =>
  page.getByRole('textbox', { name: `Weight of criterion ${position}, in percent`, exact: true });
export const subWeightOf = (page: Page, position: string) =>
  page.getByRole('textbox', { name: `Weight of sub-criterion ${position}, in percent`, exact: true });
export const card = (page: Page, position: string) =>
  page.getByRole('group', { name: new RegExp(`^Criterion ${position.replace('.', '\\.')}:`) });
export const total = (page: Page) => page.getByTestId('weight-total');
export const socialGauge = (page: Page) => page.getByRole('meter', { name: 'Social share' });
export const findings = (page: Page) => page.getByRole('region', { name: 'Findings' });
export const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');

export async function menuAction(page: Page, position: string, item: string | RegExp) {
  await page.getByRole('button', { name: `More actions for criterion ${position}`, exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

export async function addFromLibrary(page: Page, search: string, entryName: string, lotTitle: string) {
  const dialog = page.getByRole('dialog', { name: 'Add criteria from the library' });
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: 'Add from library' }).click();
  await dialog.getByRole('textbox', { name: 'Search' }).fill(search);
  await dialog.getByRole('button', { name: `Add “${entryName}” to ${lotTitle}` }).click();
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`“${entryName}” was added to ${lotTitle}`));
}

export async function closeLibrary(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Add criteria from the library' });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

/** Names, weights and nesting of a lot's criteria as the screen shows them, in screen order. */
export async function screenCriteria(page: Page): Promise<{ name: string; weight: string; sub: boolean }[]> {
  const rows: { name: string; weight: string; sub: boolean }[] = [];
  const groups = page.getByRole('group', { name: /^(Sub-criterion|Criterion) \d/ });
  for (const group of await groups.all()) {
    const label = (await group.getAttribute('aria-label')) ?? '';
    const name = group.getByRole('textbox', { name: /^Name of / }).first();
    const weight = group.getByRole('textbox', { name: /^Weight of / }).first();
    rows.push({ name: await name.inputValue(), weight: await weight.inputValue(), sub: label.startsWith('Sub-criterion') });
  }
  return rows;
}

/** The same, from the tender file on disk (weights formatted as the screen does). */
export async function fileCriteria(workspace: string, tenderId: string, lotIndex: number) {
  const file = await readTenderFile(workspace, tenderId);
  const lot = file?.lots[lotIndex];
  if (!lot) return undefined;
  return lot.criteria.map((c) => ({ name: c.name, weight: (c.weight / 100).toFixed(2), sub: c.parentId !== undefined }));
}

export const openCriteria = (page: Page, api: Api, lots: string[]) =>
  openTenderScreen(page, api, 'Criteria', { title: 'Laptops for schools', lots });

/** Drags a card by its handle with the mouse until its top edge reaches the target card's top edge. */
export async function drag(page: Page, handle: Locator, dragged: Locator, target: Locator) {
  const grip = await handle.boundingBox();
  const from = await dragged.boundingBox();
  const to = await target.boundingBox();
  if (!grip || !from || !to) throw new Error('drag: element not on screen');
  const x = grip.x + grip.width / 2;
  const y = grip.y + grip.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - 10, { steps: 4 });
  await page.mouse.move(x, y + (to.y - from.y), { steps: 15 });
  await page.mouse.up();
}
