/**
 * "No English left on screen": the words only the English catalogues use (test/support/catalogues.ts),
 * looked for in what the page shows and says: its visible text, the window title, and the labels,
 * titles, placeholders and descriptions of visible elements. Reports the words found, per screen.
 */
import type { Page } from '@playwright/test';
import { englishOnlyWords, wordsOf } from '../support/catalogues';

/** The page's text as a user sees or hears it. */
export function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.title, document.body.innerText];
    const attributes = ['aria-label', 'title', 'placeholder', 'aria-description', 'aria-roledescription'];
    for (const element of document.querySelectorAll<HTMLElement>(attributes.map((a) => `[${a}]`).join(','))) {
      if (element.closest('[aria-hidden="true"]') || element.getClientRects().length === 0) continue;
      for (const attribute of attributes) parts.push(element.getAttribute(attribute) ?? '');
    }
    return parts.join('\n');
  });
}

export class EnglishLeft {
  private readonly english: Set<string>;
  /** Screen name → the English words seen on it. */
  readonly found: Record<string, string[]> = {};

  /** `seeded`: the texts the test put in the tender and the register, which are nobody's translation. */
  constructor(seeded: Iterable<string>) {
    this.english = englishOnlyWords(seeded);
  }

  /** Notes the English words the page shows now, under `screen`. */
  async check(page: Page, screen: string): Promise<void> {
    const words = [...new Set(wordsOf(await shownText(page)))].filter((word) => this.english.has(word)).sort();
    if (words.length) this.found[screen] = words;
  }
}
