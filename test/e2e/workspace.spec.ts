import { writeFile } from 'node:fs/promises';
import { contentOf } from '../../shared/model/tender';
import { test, expect, expectSaved, readTenderFile, seedTender, tenderFile, tenderIdsOnDisk } from './fixtures';

test.describe('Damaged files and backups', () => {
  test('a corrupt tender file is set aside with a notice, the other tenders still open, and its backup restores', async ({
    page,
    api,
    workspace,
  }) => {
    const damaged = await seedTender(api, { title: 'Road salt', reference: 'HW-9' });
    await seedTender(api, { title: 'School meals', reference: 'ED-3' });
    // Created, then saved once: both saves are kept as backups.
    await api('tenders.save', {
      id: damaged.id,
      content: { ...contentOf(damaged), title: 'Road salt 2027', description: 'Saved once' },
    });
    // The file is cut off mid-write, as a crash or a full disk might leave it. It is damaged in place,
    // and the backup of that save is the same file (a hard link), so it is damaged too: the latest
    // backup that still reads is the first version.
    await writeFile(tenderFile(workspace, damaged.id), '{"schemaVersion": 1, "id": "' + damaged.id + '", "title": "Road');

    await page.reload();
    const notice = page.getByRole('region', { name: /damaged files? (was|were) set aside/ });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('A damaged file was set aside');
    await expect(notice).toContainText(`tenders/${damaged.id}.json.corrupt-`);
    await expect(page.getByRole('link', { name: 'Road salt 2027' })).toHaveCount(0);
    expect(await tenderIdsOnDisk(workspace)).not.toContain(damaged.id);

    // The other tender still opens and edits.
    await page.getByRole('link', { name: 'School meals' }).click();
    await expect(page.getByLabel('Reference')).toHaveValue('ED-3');
    await page.getByLabel('Description').fill('Still works');
    await expectSaved(page);

    // Restore the damaged tender's latest backup from the notice.
    await notice.getByRole('button', { name: 'Restore latest backup' }).click();
    await expect(notice).toBeHidden();
    await expect.poll(async () => (await readTenderFile(workspace, damaged.id))?.title).toBe('Road salt');
    await page.getByRole('link', { name: 'Tenders', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Road salt', exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Road salt', exact: true }).click();
    await expect(page.getByLabel('Reference')).toHaveValue('HW-9');
  });

  test('a damaged file without backups can be dismissed', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt' });
    // Its only backup (of its creation) is the same file, damaged with it in place: none can be restored.
    await writeFile(tenderFile(workspace, tender.id), 'null');
    await page.reload();
    const notice = page.getByRole('region', { name: /damaged files? (was|were) set aside/ });
    await expect(notice).toContainText('No readable backup of this tender exists.');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Tenders', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: /damaged files? (was|were) set aside/ })).toHaveCount(0);
  });

  test('the backups panel lists the last saves and restores one, which undo takes back', async ({ page, api, workspace }) => {
    const tender = await seedTender(api, { title: 'Road salt' });
    await page.reload();
    await page.getByRole('link', { name: 'Road salt' }).click();
    const backups = page.getByRole('region', { name: 'Backups' });
    const items = backups.getByRole('listitem');
    // Creating the tender was its first save: listed as the current one, with nothing to restore.
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('Revision 1');
    await expect(items.first()).toContainText('Current');
    await expect(items.first().getByRole('button', { name: 'Restore' })).toHaveCount(0);

    await page.getByLabel('Description').fill('Second version');
    await expectSaved(page);
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('Revision 2');
    await expect(items.first()).toContainText('Current');
    await expect(items.first().getByRole('button', { name: 'Restore' })).toHaveCount(0);
    await expect(items.nth(1)).toContainText('Revision 1');
    await expect(items.nth(1)).not.toContainText('Current');

    await items.nth(1).getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByLabel('Description')).toHaveValue('');
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('');
    // The restore is a save of its own, now the current one; the save it replaced is still listed.
    await expect(items).toHaveCount(3);
    await expect(items.first()).toContainText('Revision 3');
    await expect(items.first()).toContainText('Current');
    await expect(items.nth(1)).toContainText('Revision 2');

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Description')).toHaveValue('Second version');
    await expectSaved(page);
    await expect.poll(async () => (await readTenderFile(workspace, tender.id))?.description).toBe('Second version');
  });
});
