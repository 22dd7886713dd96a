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

/**
 * English still shown on purpose-free screens, per screen title, until its messages are translated: the
 * Export screen's findings (shared/rules/tenderChecks.ts, findings.ts, noticeChecks.ts), the update
 * policy note on Settings (shared/rules/updatePolicy.ts), the Evaluation screen's ranking notes
 * (shared/rules/evaluation.ts). Every other screen must show none; shrink this list, never grow it.
 */
const EXPORT_FINDINGS =
  'address award beside buyer contract country criteria criterion’s deadline each email exactly formulas from given notice numbers price procurement review rules schema scored stored submission tenders there time weights which words works written'.split(
    ' ',
  );
const UPDATE_POLICY = 'asked asks come downloaded each from itself looks never nothing only someone start starts time when your'.split(' ');
const RANKING_NOTES = 'bidders criteria evaluators panel this'.split(' ');
const NOT_YET_TRANSLATED: Record<string, readonly string[]> = {
  Exporter: EXPORT_FINDINGS,
  Exportar: EXPORT_FINDINGS,
  Paramètres: UPDATE_POLICY,
  Configuración: UPDATE_POLICY,
  Évaluation: RANKING_NOTES,
  Evaluación: RANKING_NOTES,
};

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
    const known = new Set(NOT_YET_TRANSLATED[screen] ?? []);
    const words = [...new Set(wordsOf(await shownText(page, within)))].filter((word) => this.english.has(word) && !known.has(word)).sort();
    if (words.length) this.found[screen] = words;
  }

  /** One line per screen with English on it: "Criteria: weight, total". */
  report(): string[] {
    return Object.entries(this.found).map(([screen, words]) => `${screen}: ${words.join(', ')}`);
  }
}
