/**
 * Crash recovery: edits typed just before the browser host is killed are in the recovery journal on
 * this computer and are offered back when the tender is opened on a new host; leaving the page with
 * unsaved edits asks first. The journal is read from the recovery folder on disk.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RecoveredEdits } from '../../shared/api/contract';
import { contentOf } from '../../shared/model/tender';
import {
  expect,
  expectNoSeriousViolations,
  expectSaved,
  readTenderFile,
  saveState,
  seedTender,
  startHost,
  stopHost,
  test,
  type Api,
  type Host,
} from './fixtures';

let second: Host | undefined;

test.afterEach(async () => {
  if (second) await stopHost(second.process);
  second = undefined;
});

/** The fixtures' host keeps recovered edits in a folder beside the workspace. */
const recoveryDirOf = (workspace: string) => `${workspace}.recovery`;

/** The journal kept for `tenderId` (in the workspace's own subfolder), or null when there is none. */
async function journalOf(workspace: string, tenderId: string): Promise<RecoveredEdits | null> {
  const entries = await readdir(recoveryDirOf(workspace), { recursive: true, withFileTypes: true }).catch(() => []);
  const file = entries.find((entry) => entry.isFile() && entry.name === `${tenderId}.json`);
  if (!file) return null;
  try {
    return JSON.parse(await readFile(join(file.parentPath, file.name), 'utf8')) as RecoveredEdits;
  } catch {
    // Caught between the temp file and its rename: ask again.
    return null;
  }
}

const description = (page: Page) => page.getByLabel('Description');

/**
 * Types into the description while every autosave request is held in the browser, waits until the
 * journal on disk holds the words, then kills the host (SIGKILL: no chance to save or tidy up) and
 * closes the page. The autosave never reaches the host, so the tender on disk keeps the old text.
 */
async function typeThenKillHost(page: Page, host: Host, workspace: string, tenderId: string, words: string) {
  await page.goto(`${host.baseURL}/#/tender/${tenderId}/details`);
  await expect(description(page)).toHaveValue('');
  const held = new Promise<never>(() => undefined);
  await page.route('**/api/tenders.save', async () => held);
  const saveSent = page.waitForRequest('**/api/tenders.save');
  // Key by key: each keystroke is a change the journal follows (the newest content wins).
  await description(page).pressSequentially(words);
  await saveSent;
  await expect.poll(async () => (await journalOf(workspace, tenderId))?.content.description).toBe(words);
  const exited = new Promise((done) => host.process.once('exit', done));
  host.process.kill('SIGKILL');
  await exited;
  await page.close();
  expect((await readTenderFile(workspace, tenderId))?.description).toBe('');
}

/**
 * A new host on the same workspace and recovery folder, and a new page on it showing the tender;
 * `meanwhile` runs on the new host's API before the page opens (e.g. a colleague's save).
 */
async function reopenOnNewHost(page: Page, workspace: string, tenderId: string, meanwhile?: (api: Api) => Promise<unknown>): Promise<Page> {
  second = await startHost(workspace, recoveryDirOf(workspace));
  const host = second;
  if (meanwhile) {
    await meanwhile(async (method, input) => {
      const response = await page
        .context()
        .request.post(`${host.baseURL}/api/${method}`, { headers: { 'x-tenderwright-token': host.token }, data: input });
      const body = (await response.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(`${method} failed: ${body.error?.message}`);
      return body.data as never;
    });
  }
  const again = await page.context().newPage();
  await again.goto(second.url);
  await again.goto(`${second.baseURL}/#/tender/${tenderId}/details`);
  return again;
}

test('edits typed just before the host was killed are offered back, and keeping them saves them', async ({
  page,
  host,
  workspace,
  api,
}) => {
  const tender = await seedTender(api);
  await typeThenKillHost(page, host, workspace, tender.id, 'Typed a moment before the crash');

  const again = await reopenOnNewHost(page, workspace, tender.id);
  const banner = again.getByTestId('conflict-banner');
  await expect(banner).toContainText('Unsaved edits were recovered');
  await expect(banner).toContainText(/Edits you made at \d\d:\d\d were not saved to the workspace/);
  await expect(banner).toContainText('Nobody has saved this tender since.');
  await expectNoSeriousViolations(again, 'the recovered-edits banner');
  await banner.getByRole('button', { name: 'Keep mine', exact: true }).click();
  await expect(banner).toBeHidden();
  await expect(description(again)).toHaveValue('Typed a moment before the crash');
  await expectSaved(again);
  expect((await readTenderFile(workspace, tender.id))?.description).toBe('Typed a moment before the crash');
  await expect.poll(() => journalOf(workspace, tender.id)).toBeNull();
});

test('recovered edits can be discarded after a colleague saved the tender: their version stays and the journal is gone', async ({
  page,
  host,
  workspace,
  api,
}) => {
  const tender = await seedTender(api);
  await typeThenKillHost(page, host, workspace, tender.id, 'Words the user decides against');

  const again = await reopenOnNewHost(page, workspace, tender.id, (colleague) =>
    colleague('tenders.save', {
      id: tender.id,
      content: { ...contentOf(tender), reference: 'IT-2027-01-B' },
      baseRevision: tender.revision,
    }),
  );
  const banner = again.getByTestId('conflict-banner');
  await expect(banner).toContainText(/Edits you made at \d\d:\d\d were not saved/);
  await expect(banner).toContainText('Since then, ');
  await expect(banner).toContainText('saved this tender');
  await banner.getByRole('button', { name: 'Discard my edits' }).click();
  await expect(banner).toBeHidden();
  await expect(description(again)).toHaveValue('');
  await expect(again.getByLabel('Reference')).toHaveValue('IT-2027-01-B');
  await expect.poll(() => journalOf(workspace, tender.id)).toBeNull();
  const onDisk = await readTenderFile(workspace, tender.id);
  expect([onDisk?.description, onDisk?.reference]).toEqual(['', 'IT-2027-01-B']);

  // Opened once more: nothing is offered now.
  await again.reload();
  await expect(description(again)).toHaveValue('');
  await expect(again.getByTestId('conflict-banner')).toBeHidden();
});

test('edits that were saved leave no journal behind', async ({ page, workspace, api }) => {
  const tender = await seedTender(api);
  await page.goto(`${new URL(page.url()).origin}/#/tender/${tender.id}/details`);
  await description(page).fill('Saved in the ordinary way');
  await expectSaved(page);
  expect((await readTenderFile(workspace, tender.id))?.description).toBe('Saved in the ordinary way');
  await expect.poll(() => journalOf(workspace, tender.id)).toBeNull();
});

test('leaving with unsaved edits asks first; with everything saved it does not', async ({ page, api }) => {
  const tender = await seedTender(api);
  await page.goto(`${new URL(page.url()).origin}/#/tender/${tender.id}/details`);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    // Stay on the page.
    void dialog.dismiss();
  });

  // A title is required: with it emptied the tender cannot be saved.
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.click();
  await title.fill('');
  await expect(saveState(page)).toHaveText(/^Not saved/);
  const asked = page.waitForEvent('dialog');
  await page.evaluate(() => window.location.reload());
  expect((await asked).type()).toBe('beforeunload');
  // The user chose to stay: the edit is still on screen.
  await expect(title).toHaveValue('');
  await expect(saveState(page)).toHaveText(/^Not saved/);

  await title.fill('Laptops for schools, phase 2');
  await expectSaved(page);
  await page.reload();
  await expect(title).toHaveValue('Laptops for schools, phase 2');
  expect(dialogs).toEqual(['beforeunload']);
});
