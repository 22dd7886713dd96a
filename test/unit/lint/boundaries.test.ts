/**
 * The layer boundaries in test/eslint.config.mjs, proved on probes: each rule reports a forbidden
 * import written in the layer it guards, and stays quiet on an import that layer is allowed.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const overrideConfigFile = join(root, 'test/eslint.config.mjs');
const eslint = new ESLint({ cwd: root, overrideConfigFile });
// The boundary probes leave no-cycle out: it would walk the whole import graph behind each probe,
// which proves nothing about boundaries and takes most of a minute. The cycle test below keeps it.
const boundaryLint = new ESLint({ cwd: root, overrideConfigFile, overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'import-x/no-restricted-paths']);

/** The boundary rules that report `import x from '<source>'` in a file at `file` (relative to the root). */
async function boundaryFindings(file: string, source: string): Promise<string[]> {
  const code = `import probe from '${source}';\nexport const used = probe;\n`;
  const [result] = await boundaryLint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message).filter((rule) => BOUNDARY_RULES.has(rule));
}

async function expectForbidden(file: string, sources: string[], rule: string) {
  for (const source of sources) expect(await boundaryFindings(file, source), `${source} in ${file}`).toContain(rule);
}

async function expectAllowed(file: string, sources: string[]) {
  for (const source of sources) expect(await boundaryFindings(file, source), `${source} in ${file}`).toEqual([]);
}

describe('shared/ imports only zod and shared/ itself', () => {
  const file = 'shared/rules/probe.ts';
  it('reports Node built-ins, UI and Node-side packages', async () => {
    await expectForbidden(file, ['node:crypto', 'crypto', 'fs/promises', 'react', 'electron', 'docx', 'lowdb'], 'no-restricted-imports');
  });
  it('reports a relative path that leaves shared/', async () => {
    await expectForbidden(file, ['../../renderer/src/api'], 'import-x/no-restricted-paths');
  });
  it('allows zod and shared/ by relative path or alias', async () => {
    await expectAllowed(file, ['zod', './weights', '../model/common', '@shared/model/tender']);
  });
});

describe('renderer/ imports no Node built-ins, no electron, no Node-side packages', () => {
  const file = 'renderer/src/lib/probe.ts';
  const nodeSide = ['node:fs', 'fs', 'fs/promises', 'path', 'os', 'crypto', 'child_process', 'electron'];
  const packages = ['docx', 'exceljs', 'lowdb', 'lowdb/node', 'jszip', 'fflate', 'proper-lockfile', 'chokidar'];
  it('reports them', async () => {
    await expectForbidden(file, [...nodeSide, ...packages], 'no-restricted-imports');
  });
  it('reports electron/ code reached by a relative path', async () => {
    await expectForbidden(file, ['../../../electron/services/files'], 'import-x/no-restricted-paths');
  });
  it('allows UI packages, shared/ and its own code', async () => {
    await expectAllowed(file, ['react', '@mantine/core', 'zustand', '@shared/model/tender', './errors', '../api']);
  });
});

describe('electron/services and electron/web import no UI and no electron', () => {
  for (const file of ['electron/services/probe.ts', 'electron/web/probe.ts']) {
    it(`reports react, react-dom, Mantine and electron in ${file}`, async () => {
      await expectForbidden(file, ['react', 'react-dom/client', '@mantine/core', 'electron'], 'no-restricted-imports');
    });
    it(`allows Node, Node-side packages and shared/ in ${file}`, async () => {
      await expectAllowed(file, ['node:fs/promises', 'docx', 'exceljs', '@shared/model/tender']);
    });
  }
});

describe('renderer/src/store imports nothing from the features', () => {
  const file = 'renderer/src/store/probe.ts';
  it('reports a feature', async () => {
    await expectForbidden(file, ['../features/tenders/TendersHome'], 'import-x/no-restricted-paths');
  });
  it('allows its own slices, the API and shared/', async () => {
    await expectAllowed(file, ['./uiSlice', '../api', '@shared/model/tender']);
  });
});

describe('a feature imports no sibling feature', () => {
  const file = 'renderer/src/features/tenders/probe.tsx';
  it('reports a sibling feature', async () => {
    await expectForbidden(file, ['../clauses/ClauseEditor', '../criteria/CriteriaScreen'], 'import-x/no-restricted-paths');
  });
  it('allows its own folder, the shared components and the store', async () => {
    await expectAllowed(file, ['./TendersHome', '../../components/confirm', '../../store']);
  });
});

describe('import cycles', () => {
  let dir = '';
  beforeAll(async () => {
    await mkdir(join(root, '.tw-tmp'), { recursive: true });
    dir = await mkdtemp(join(root, '.tw-tmp', 'lint-probe-'));
    await writeFile(join(dir, 'first.ts'), "import { second } from './second';\nexport const first = () => second();\n");
    await writeFile(join(dir, 'second.ts'), "import { first } from './first';\nexport const second = () => first;\n");
    await writeFile(join(dir, 'third.ts'), "import { first } from './first';\nexport const third = () => first;\n");
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('reports both files of a two-file cycle and not a file that only imports into it', async () => {
    const results = await eslint.lintFiles([join(dir, 'first.ts'), join(dir, 'second.ts'), join(dir, 'third.ts')]);
    const cycles = Object.fromEntries(
      results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').length]),
    );
    expect(cycles).toEqual({ 'first.ts': 1, 'second.ts': 1, 'third.ts': 0 });
  });
});
