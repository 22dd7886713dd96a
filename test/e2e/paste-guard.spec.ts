import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** Pastes `text` into the focused field the way the clipboard does: a paste event carrying it. */
async function paste(page: Page, text: string) {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a paste too long for a field, with invisible characters, is cut and cleaned and the field says so', async ({ page }) => {
  await page.getByRole('button', { name: 'Create your first tender' }).click();
  const dialog = page.getByRole('dialog', { name: 'New tender' });
  const title = dialog.getByRole('textbox', { name: 'Title', exact: true });
  await title.focus();
  await paste(page, `Laptops\u0007\u0000 ${'x'.repeat(1000)}`);

  await expect(title).toHaveValue(`Laptops ${'x'.repeat(292)}`);
  const notice = page.getByRole('alert').filter({ hasText: 'Title: the pasted text was changed' });
  await expect(notice).toContainText('2 invisible control characters were removed: Word and Excel files cannot hold them.');
  await expect(notice).toContainText('The pasted text was 1,008 characters; this field holds 300, so the rest was not pasted.');
});
