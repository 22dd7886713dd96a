/**
 * i18next-cli's view of the app: where t() is called and where the catalogues are. At the project's
 * root because the CLI reads it only from there; the key check (test/unit/shared/i18n-keys.test.ts)
 * reads it too.
 */
import { defineConfig } from 'i18next-cli';

export default defineConfig({
  locales: ['en', 'fr', 'es'],
  extract: {
    input: ['renderer/src/**/*.{ts,tsx}', 'shared/**/*.ts', 'electron/**/*.ts'],
    ignore: ['**/*.d.ts', 'node_modules/**'],
    output: 'shared/i18n/locales/{{language}}/{{namespace}}.json',
    defaultNS: 'common',
    nsSeparator: ':',
    keySeparator: '.',
    functions: ['t', '*.t', 'translate'],
    transComponents: ['Trans'],
    // tFor(language, namespace) returns a t() bound to that namespace, as useTranslation(namespace) does.
    useTranslationNames: ['useTranslation', { name: 'tFor', nsArg: 1 }],
    primaryLanguage: 'en',
    removeUnusedKeys: true,
    sort: false,
    indentation: 2,
  },
});
