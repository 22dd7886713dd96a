import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// Paths in the zones below are relative to the project root, wherever eslint is started from.
const root = fileURLToPath(new URL('..', import.meta.url));

// Node's own modules, bare or with node:, and their subpaths (fs/promises).
const nodeBuiltins = ['node:*', ...builtinModules.flatMap((name) => [name, `${name}/*`])];

// What only the Node side may load: writing files, zips and office documents, watching folders.
const nodeOnlyPackages = ['docx', 'exceljs', 'lowdb', 'jszip', 'fflate', 'proper-lockfile', 'chokidar'].flatMap((name) => [
  name,
  `${name}/*`,
]);

const rendererPatterns = [
  { group: nodeBuiltins, message: 'renderer/ runs in a browser page: no Node built-ins. Ask the Node side through renderer/src/api.ts.' },
  {
    group: ['electron', 'electron/*'],
    message: 'renderer/ must not import Electron: it talks to the outside only through renderer/src/api.ts.',
  },
  {
    group: nodeOnlyPackages,
    message: 'renderer/ must not load Node-side packages (files, zips, office documents): call an API method instead.',
  },
];

// The feature folders, read from disk so a new feature is covered without editing this file.
const features = readdirSync(new URL('../renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zones = [
  {
    target: './shared',
    from: '.',
    except: ['./shared', './node_modules'],
    message: 'shared/ is pure: it may import only zod and shared/ itself.',
  },
  { target: './renderer', from: './electron', message: 'renderer/ must not import electron/ code: call it through renderer/src/api.ts.' },
  {
    target: './renderer/src/store',
    from: './renderer/src/features',
    message: 'The store must not import a feature: move what both need into renderer/src/store.',
  },
  ...features.map((feature) => ({
    target: `./renderer/src/features/${feature}`,
    from: './renderer/src/features',
    except: [`./${feature}`],
    message: 'A feature must not import a sibling feature: move what both need into renderer/src/components or renderer/src/store.',
  })),
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  { files: ['**/*.mjs', '**/*.cjs', '**/*.js'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Which files import-x reads to follow imports (no-cycle needs to parse TypeScript ones too).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: `${root}tsconfig.json`,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // A screen loaded lazily (import()) does not run while its importer loads, so it cannot form a cycle.
      'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
  {
    // shared/ is pure: it runs in the renderer and in Node alike. microdiff is pure TypeScript-friendly
    // JavaScript with no dependencies of its own, so it is allowed beside zod; so is i18next, whose one
    // instance per process gives the rules' messages the user's language (shared/i18n).
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(zod|microdiff|i18next)(/|$)|@shared/|\\.\\.?/)',
              message: 'shared/ is pure: it may import only zod, microdiff, i18next and shared/ itself (relative or @shared/).',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer talks to the outside only through renderer/src/api.ts.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: rendererPatterns }] },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'services and the browser host must load in plain Node: no electron.' },
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@mantine/*'],
              message: 'services and the browser host hold no UI: no react or Mantine.',
            },
          ],
        },
      ],
    },
  },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
