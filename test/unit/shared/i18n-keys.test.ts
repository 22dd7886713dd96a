/**
 * The keys the code uses against the catalogues, with i18next-cli reading the code (its AST, so a key
 * in a comment or a string that is not a t() argument does not count): every key used exists in
 * English, French and Spanish (each language's plural forms: fr and es have _many as well), every
 * catalogue key is used, the three languages hold the same keys with the same placeholders, and no
 * t() call builds its key at run time (the checker could not see such a key).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findKeys, type I18nextToolkitConfig, type Plugin } from 'i18next-cli';
import config from '../../../i18next.config';
import { CATALOGUE_LANGUAGES, catalogue, namespaces, type CatalogueLanguage } from '../../support/catalogues';

const root = resolve(__dirname, '..', '..', '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

interface Used {
  /** "namespace:key" for keys used as they are. */
  plain: Set<string>;
  /** "namespace:key" without its plural suffix, for keys used with a count. */
  plural: Set<string>;
}

interface SwcNode {
  type: string;
  callee?: SwcNode;
  value?: string;
  property?: SwcNode;
  arguments?: { expression: SwcNode }[];
  expressions?: unknown[];
  opening?: { name?: SwcNode; attributes?: { type: string; name?: SwcNode; value?: SwcNode & { expression?: SwcNode } }[] };
}

const isTranslateCall = (node: SwcNode): boolean => {
  const callee = node.callee;
  if (!callee) return false;
  if (callee.type === 'Identifier') return callee.value === 't';
  return callee.type === 'MemberExpression' && callee.property?.type === 'Identifier' && callee.property.value === 't';
};

const isLiteralKey = (node: SwcNode | undefined): boolean =>
  !!node && (node.type === 'StringLiteral' || (node.type === 'TemplateLiteral' && (node.expressions ?? []).length === 0));

/** Records every t() call and <Trans i18nKey> whose key is not written out in the code. */
function dynamicKeyFinder(found: string[]): Plugin {
  let file = '';
  return {
    name: 'dynamic-keys',
    onLoad: (code, path) => {
      file = path;
      return code;
    },
    onVisitNode: (raw) => {
      const node = raw as unknown as SwcNode;
      if (node.type === 'CallExpression' && isTranslateCall(node) && !isLiteralKey(node.arguments?.[0]?.expression)) {
        found.push(`${file}: t() with a key built at run time`);
      }
      if (node.type === 'JSXElement' && node.opening?.name?.value === 'Trans') {
        const key = node.opening.attributes?.find((a) => a.type === 'JSXAttribute' && a.name?.value === 'i18nKey');
        if (key && !(key.value?.type === 'StringLiteral')) found.push(`${file}: <Trans> with an i18nKey built at run time`);
      }
    },
  };
}

const used: Used = { plain: new Set(), plural: new Set() };
const dynamicKeys: string[] = [];

beforeAll(async () => {
  const absolute: I18nextToolkitConfig = {
    ...config,
    extract: { ...config.extract, input: [config.extract.input].flat().map((pattern) => resolve(root, pattern)) },
    plugins: [dynamicKeyFinder(dynamicKeys)],
  };
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const { allKeys } = await findKeys(absolute, silent);
  for (const { key, ns, hasCount } of allKeys.values()) {
    const name = `${ns ?? 'common'}:${key}`;
    if (hasCount) used.plural.add(name.replace(PLURAL, ''));
    else used.plain.add(name);
  }
}, 120_000);

/** The keys a language must hold: each plain key, and each plural key with that language's forms. */
function expectedKeys(language: CatalogueLanguage): Set<string> {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return new Set([...used.plain, ...[...used.plural].flatMap((base) => forms.map((form) => `${base}_${form}`))]);
}

function catalogueKeys(language: CatalogueLanguage): Map<string, unknown> {
  return new Map(namespaces().flatMap((ns) => Object.entries(catalogue(language, ns)).map(([key, value]) => [`${ns}:${key}`, value])));
}

const placeholders = (value: unknown) =>
  typeof value === 'string' ? [...new Set(value.match(/\{\{\s*[\w.]+\s*\}\}|<\/?\w+\s*\/?>/g) ?? [])].sort() : [];

describe('translation keys', () => {
  it('are written out in the code, never built at run time', () => {
    expect(dynamicKeys).toEqual([]);
  });

  it('finds the keys in the code', () => {
    expect(used.plain.size + used.plural.size).toBeGreaterThan(50);
    expect(used.plain).toContain('common:screens.tenders');
  });

  for (const language of CATALOGUE_LANGUAGES) {
    it(`are all in the ${language} catalogues, with text`, () => {
      const held = catalogueKeys(language);
      const missing = [...expectedKeys(language)].filter((key) => !held.has(key));
      const empty = [...held].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
      expect(missing, `keys the code uses that the ${language} catalogues lack`).toEqual([]);
      expect(empty, `keys of the ${language} catalogues without text`).toEqual([]);
    });

    it(`are all used by the code (${language})`, () => {
      const expected = expectedKeys(language);
      const unused = [...catalogueKeys(language).keys()].filter((key) => !expected.has(key));
      expect(unused, `keys of the ${language} catalogues no code uses`).toEqual([]);
    });
  }

  it('are the same in every language, plural forms aside, with the same placeholders and markup', () => {
    const english = catalogueKeys('en');
    const baseOf = (key: string) => key.replace(PLURAL, '');
    for (const language of ['fr', 'es'] as const) {
      const other = catalogueKeys(language);
      const otherBases = new Set([...other.keys()].map(baseOf));
      const englishBases = new Set([...english.keys()].map(baseOf));
      expect(
        [...englishBases].filter((key) => !otherBases.has(key)),
        `English keys ${language} lacks`,
      ).toEqual([]);
      expect(
        [...otherBases].filter((key) => !englishBases.has(key)),
        `${language} keys English lacks`,
      ).toEqual([]);
      const differing = [...other]
        .filter(([key, value]) => {
          // A plural form is held to the English other form: English may word its singular without the count.
          const source = PLURAL.test(key) ? (english.get(`${baseOf(key)}_other`) ?? english.get(key)) : english.get(key);
          // A plural form may leave the count out ("Un fichier"), so only its other form is held to the English placeholders.
          const compared =
            PLURAL.test(key) && !key.endsWith('_other') ? placeholders(value).every((p) => placeholders(source).includes(p)) : null;
          return compared === null ? placeholders(value).join() !== placeholders(source).join() : !compared;
        })
        .map(([key]) => key);
      expect(differing, `${language} values whose placeholders or markup differ from English`).toEqual([]);
    }
  });
});
