/**
 * Two colleagues on one shared workspace: two browser hosts (two Tenderwright processes) on the same
 * folder, each with its own browser context, editing the same tender. What each choice on the
 * conflict banner leaves on disk is read from the tender file and its backups.
 */
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Tender } from '../../shared/model/tender';
import { contentOf } from '../../shared/model/tender';
import {
  expect,
  expectNoSeriousViolations,
  expectSaved,
  readTenderFile,
  seedTender,
  startHost,
  stopHost,
  tenderIdsOnDisk,
  test,
  type Host,
} from './fixtures';

let colleague: Host | undefined;

test.afterEach(async ({ workspace }) => {
  if (colleague) await stopHost(colleague.process);
  colleague = undefined;
  await rm(`${workspace}.colleague-recovery`, { recursive: true, force: true });
});

/** The descriptions held by the tender's backups on disk. */
async function backedUpDescriptions(workspace: string, id: string): Promise<string[]> {
  const dir = join(workspace, 'backups', id);
  const names = await readdir(dir);
  return Promise.all(names.map(async (name) => (JSON.parse(await readFile(join(dir, name), 'utf8')) as Tender).description));
}

const description = (page: Page) => page.getByLabel('Description');

/**
 * Holds the page's next autosave request until `release` is called, so a colleague's save can land
 * first whatever the machine's speed: the page's save then reaches the host with a stale base.
 */
async function holdNextSave(page: Page): Promise<{ sent: Promise<unknown>; release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(
    '**/api/tenders.save',
    async (route) => {
      await held;
      await route.continue();
    },
    { times: 1 },
  );
  return { sent: page.waitForRequest('**/api/tenders.save'), release };
}

/** The colleague's page types `mine`; its autosave is held while the first host saves `theirs`, then sent. */
async function makeConflict(
  page: Page,
  api: (m: 'tenders.save' | 'tenders.get', i: never) => Promise<Tender>,
  id: string,
  mine: string,
  theirs: string,
  change?: (t: Tender) => Partial<Tender>,
) {
  const current = await api('tenders.get', { id } as never);
  const save = await holdNextSave(page);
  await description(page).fill(mine);
  await save.sent;
  await api('tenders.save', {
    id,
    content: { ...contentOf(current), description: theirs, ...(change ? change(current) : {}) },
    baseRevision: current.revision,
  } as never);
  save.release();
  const banner = page.getByTestId('conflict-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('saved this tender while you were editing it');
  return banner;
}

test('a colleague’s save that came first is shown, compared and resolved as chosen, with the other version kept', async ({
  page,
  workspace,
  api,
  browser,
}) => {
  const tender = await seedTender(api);
  colleague = await startHost(workspace, `${workspace}.colleague-recovery`);
  const context = await browser.newContext({ baseURL: colleague.baseURL });
  const theirPage = await context.newPage();
  await theirPage.goto(colleague.url);
  await theirPage.goto(`${colleague.baseURL}/#/tender/${tender.id}/details`);
  await page.goto(`${new URL(page.url()).origin}/#/tender/${tender.id}/details`);
  await expect(description(theirPage)).toHaveValue('');

  // Presence: each sees the other on the open tender.
  await expect(page.getByTestId('presence-note')).toContainText('Also open by');
  await expect(theirPage.getByTestId('presence-note')).toContainText('(browser mode)');

  // Keep mine: a new revision on top of theirs; theirs stays in the backups.
  let banner = await makeConflict(theirPage, api as never, tender.id, 'Mine, typed by the colleague', 'Theirs, saved first');
  await expectNoSeriousViolations(theirPage, 'the conflict banner');
  await banner.getByRole('button', { name: 'Review differences' }).click();
  const compare = theirPage.getByTestId('version-compare');
  await expect(compare.getByTestId('compare-part').first()).toContainText('Tender details');
  await expect(compare).toContainText('Theirs, saved first');
  await expect(compare).toContainText('Mine, typed by the colleague');
  await expectNoSeriousViolations(theirPage, 'the comparison of two versions');
  await theirPage.getByRole('button', { name: 'Choose later' }).click();
  await banner.getByRole('button', { name: 'Keep mine', exact: true }).click();
  await expect(banner).toBeHidden();
  await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('Mine, typed by the colleague');
  expect(await backedUpDescriptions(workspace, tender.id)).toContain('Theirs, saved first');
  // The first page was not editing: it reloads with the colleague's version and says so.
  await expect(description(page)).toHaveValue('Mine, typed by the colleague');

  // Keep theirs: the file holds theirs; the discarded edit was never written.
  banner = await makeConflict(theirPage, api as never, tender.id, 'Second try, discarded', 'Theirs again');
  await banner.getByRole('button', { name: 'Keep theirs', exact: true }).click();
  await expect(banner).toBeHidden();
  await expect(description(theirPage)).toHaveValue('Theirs again');
  await expectSaved(theirPage);
  expect((await readTenderFile(workspace, tender.id))?.description).toBe('Theirs again');
  expect(await backedUpDescriptions(workspace, tender.id)).not.toContain('Second try, discarded');

  // Keep mine as a copy: the tender keeps theirs, and a new tender holds mine.
  banner = await makeConflict(theirPage, api as never, tender.id, 'Mine, as a copy', 'Theirs, a third time');
  await banner.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(banner).toBeHidden();
  await expect.poll(() => tenderIdsOnDisk(workspace)).toHaveLength(2);
  const copyId = (await tenderIdsOnDisk(workspace)).find((id) => id !== tender.id)!;
  const copy = await readTenderFile(workspace, copyId);
  expect(copy).toMatchObject({ title: `${tender.title} (copy)`, description: 'Mine, as a copy' });
  expect((await readTenderFile(workspace, tender.id))?.description).toBe('Theirs, a third time');

  // Per-part choices: both changed different parts (their lot, my details), and both changes are kept.
  const before = (await readTenderFile(workspace, tender.id))!;
  banner = await makeConflict(theirPage, api as never, tender.id, 'My description, combined', before.description, (t) => ({
    lots: t.lots.map((lot, i) => (i === 0 ? { ...lot, title: 'Their lot title' } : lot)),
  }));
  await banner.getByRole('button', { name: 'Review differences' }).click();
  await expect(compare).toContainText('changed by them');
  await expect(compare).toContainText('changed by you');
  await compare.getByRole('button', { name: 'Save these choices' }).click();
  await expect(banner).toBeHidden();
  await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('My description, combined');
  expect((await readTenderFile(workspace, tender.id))?.lots[0]?.title).toBe('Their lot title');
  await context.close();
});

test('a workspace folder that drops away makes the tender read-only, keeps the edits, and saves them when it is back', async ({
  page,
  workspace,
  api,
}) => {
  const tender = await seedTender(api);
  await page.goto(`${new URL(page.url()).origin}/#/tender/${tender.id}/details`);
  await expect(description(page)).toHaveValue('');
  const away = `${workspace}.away`;
  await rename(workspace, away);
  try {
    await description(page).fill('Typed while the network drive was gone');
    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(workspace);
    await expect(banner).toContainText('kept on this computer');
    await expect(description(page)).toBeDisabled();
    await expectNoSeriousViolations(page, 'a read-only tender');
  } finally {
    await rename(away, workspace);
  }
  await expect(page.getByTestId('read-only-banner')).toBeHidden();
  await expectSaved(page);
  expect((await readTenderFile(workspace, tender.id))?.description).toBe('Typed while the network drive was gone');
  await expect(description(page)).toBeEnabled();
});

test('edits kept on this computer are offered back when the tender is opened again', async ({ page, workspace, api }) => {
  const tender = await seedTender(api);
  // As a crash or a refused save leaves them: in the recovery folder, based on the current revision.
  await api('recovery.save', {
    tenderId: tender.id,
    baseRevision: tender.revision,
    content: { ...contentOf(tender), description: 'Recovered words' },
  });
  await page.goto(`${new URL(page.url()).origin}/#/tender/${tender.id}/details`);
  const banner = page.getByTestId('conflict-banner');
  await expect(banner).toContainText('Unsaved edits were recovered');
  await banner.getByRole('button', { name: 'Keep mine', exact: true }).click();
  await expect(banner).toBeHidden();
  await expect(description(page)).toHaveValue('Recovered words');
  await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('Recovered words');
  expect(await api('recovery.get', { tenderId: tender.id })).toBeNull();
});
