/**
 * "No English left on screen": the words only the English catalogues use (test/support/catalogues.ts),
 * looked for in what the page shows and says: its visible text, the window title, and the labels,
 * titles, placeholders and descriptions of visible elements. Reports the words found, per screen.
 */
import type { Page } from '@playwright/test';
import { englishOnlyWords, wordsOf } from '../support/catalogues';

/** The text a user sees or hears in `within` (a CSS selector; the whole page and its title by default). */
export function shownText(page: Page, within?: string): Promise<string> {
  return page.evaluate((selector) => {
    const roots = selector ? [...document.querySelectorAll<HTMLElement>(selector)] : [document.body];
    const parts = [selector ? '' : document.title, ...roots.map((root) => root.innerText)];
    const attributes = ['aria-label', 'title', 'placeholder', 'aria-description', 'aria-roledescription'];
    const labelled = roots.flatMap((root) => [root, ...root.querySelectorAll<HTMLElement>(attributes.map((a) => `[${a}]`).join(','))]);
    for (const element of labelled) {
      if (element.closest('[aria-hidden="true"]') || element.getClientRects().length === 0) continue;
      for (const attribute of attributes) parts.push(element.getAttribute(attribute) ?? '');
    }
    return parts.join('\n');
  }, within);
}

export class EnglishLeft {
  private readonly english: Set<string>;
  /** Screen name → the English words seen on it. */
  private readonly found: Record<string, string[]> = {};

  /** `seeded`: the texts the test put in the tender and the register, which are nobody's translation. */
  constructor(seeded: Iterable<string>) {
    this.english = englishOnlyWords(seeded);
  }

  /** Notes the English words the page (or the part `within` selects, e.g. an open dialog) shows now, under `screen`. */
  async check(page: Page, screen: string, within?: string): Promise<void> {
    const words = [...new Set(wordsOf(await shownText(page, within)))].filter((word) => this.english.has(word)).sort();
    if (words.length) this.found[screen] = words;
  }

  /** One line per screen with English on it: "Criteria: weight, total". */
  report(): string[] {
    return Object.entries(this.found).map(([screen, words]) => `${screen}: ${words.join(', ')}`);
  }
}
