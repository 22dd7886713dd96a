import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../shared/i18n/resources';
import { LANGUAGES } from '../../../shared/model/language';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();

/** The catalogues of the tenders, settings and export screens: the same keys, plural forms and placeholders in every language. */
describe.each(['tenders', 'settings', 'exporting'] as const)('the %s catalogue', (namespace) => {
  const english = flatten(RESOURCES.en[namespace] as Tree);
  const bases = (keys: Record<string, string>) => [...new Set(Object.keys(keys).map((k) => k.replace(PLURAL, '')))].sort();

  it.each(LANGUAGES.filter((l) => l !== 'en'))('has every English key in %s, with each plural form that language needs', (language) => {
    const other = flatten(RESOURCES[language][namespace] as Tree);
    expect(bases(other)).toEqual(bases(english));
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of bases(english).filter((b) => `${b}_other` in english)) {
      for (const category of categories) expect(other, `${language} ${base}_${category}`).toHaveProperty([`${base}_${category}`]);
    }
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('keeps the placeholders of each English text in %s, and adds none', (language) => {
    const other = flatten(RESOURCES[language][namespace] as Tree);
    for (const [key, text] of Object.entries(other)) {
      const englishText = english[key] ?? english[key.replace(PLURAL, '_other')] ?? '';
      // A singular may say "one" in words instead of {{count}}.
      const optional = key.endsWith('_one') ? ['count'] : [];
      const wanted = placeholders(englishText).filter((p) => !optional.includes(p));
      const found = placeholders(text);
      expect(found, `${language} ${key}`).toEqual(expect.arrayContaining(wanted));
      expect(
        found.filter((p) => !placeholders(englishText).includes(p)),
        `${language} ${key}`,
      ).toEqual([]);
    }
  });
});
