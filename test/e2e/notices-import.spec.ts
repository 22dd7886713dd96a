/**
 * New tender from an eForms notice, from the Tenders screen in a real browser: a hostile file is
 * refused with nothing created, a good notice becomes a tender on disk, and what it could not carry
 * over is listed with a link to the lot's criteria. axe on each state.
 */
import { test, expect, expectNoSeriousViolations, readTenderFile, tenderIdsOnDisk } from './fixtures';
import { noticeWith } from '../unit/electron/services/notices/noticeXml';

const XML = 'application/xml';

const notice = noticeWith([
  {
    title: 'Laptops',
    criteria: [
      { type: 'price', name: 'Price', weight: ['per-exa', '33.33'] },
      { type: 'quality', name: 'Repairability', weight: ['per-exa', '33.33'] },
      { type: 'cost', name: 'Energy over five years', weight: ['per-exa', '33.34'] },
    ],
  },
  {
    title: 'Docking stations',
    criteria: [
      { type: 'price', name: 'Price', weight: ['per-exa', '60'] },
      { type: 'quality', name: 'Factory disclosure', weight: ['poi-exa', '40'] },
    ],
  },
]);

test.describe('New tender from eForms notice', () => {
  test('refuses a hostile file, imports a notice, and links what to fix to the lot’s criteria', async ({ page, workspace }) => {
    test.setTimeout(120_000); // three axe runs on a busy machine
    await page.getByRole('button', { name: 'New tender from eForms notice' }).click();
    const dialog = page.getByRole('dialog', { name: 'New tender from eForms notice' });
    await expect(dialog.getByRole('button', { name: 'Choose notice file…' })).toBeVisible();
    await expectNoSeriousViolations(page, 'the import dialog');

    // An external entity pointing at a file of this computer: refused before parsing, nothing created.
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE ContractNotice [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<ContractNotice>&secret;</ContractNotice>`;
    await dialog.getByLabel('eForms contract notice file').setInputFiles({ name: 'notice.xml', mimeType: XML, buffer: Buffer.from(xxe) });
    const refusal = dialog.getByRole('alert');
    await expect(refusal).toContainText('The notice could not be imported');
    await expect(refusal).toContainText('“notice.xml” was not imported, and no tender was created.');
    await expect(refusal).toContainText('document type declaration');
    await expectNoSeriousViolations(page, 'the import dialog with a refusal');
    expect(await tenderIdsOnDisk(workspace)).toEqual([]);

    await dialog
      .getByLabel('eForms contract notice file')
      .setInputFiles({ name: 'cn-laptops.xml', mimeType: XML, buffer: Buffer.from(notice) });
    await expect(dialog.getByRole('status')).toContainText('was created with 2 lots and 5 award criteria from the notice');
    const toFix = dialog.getByRole('list', { name: /1 thing to check/ });
    await expect(toFix.getByRole('listitem')).toHaveText([
      /Docking stations \(LOT-0002\): “Factory disclosure”: the notice gives its weight as “Weight \(points, exact\)” 40, not as an exact percentage/,
    ]);
    await expectNoSeriousViolations(page, 'the import result');

    const [id] = await tenderIdsOnDisk(workspace);
    const stored = await readTenderFile(workspace, id!);
    expect(stored!.lots.map((l) => [l.title, l.criteria.map((c) => [c.category, c.weight])])).toEqual([
      [
        'Laptops',
        [
          ['price', 3333],
          ['quality', 3333],
          ['cost', 3334],
        ],
      ],
      [
        'Docking stations',
        [
          ['price', 6000],
          ['quality', 0],
        ],
      ],
    ]);

    await toFix.getByRole('button', { name: 'Fix in Criteria: Docking stations (LOT-0002), Factory disclosure' }).click();
    await expect(page.getByRole('heading', { name: 'Criteria', level: 1 })).toBeVisible();
    await expect(page.getByRole('tab', { name: /Docking stations/ })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('open-tender-title')).toHaveText(
      'Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)',
    );
  });
});
