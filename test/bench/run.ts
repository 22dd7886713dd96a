/**
 * `npm run bench`: Tenderwright's benchmarks. Prints the machine and one table of figures
 * (medians unless a row says otherwise) with the issue's targets. Never part of `npm test`: speed is
 * reported here, not asserted anywhere.
 *
 *   npm run bench                        every module, full repetitions
 *   npm run bench -- --quick             fewer repetitions, for a quick look
 *   npm run bench -- --only save,list    some modules (save, list, api, export, import, import-large, renderer)
 *   npm run bench -- --markdown          the table in Markdown too (for docs/benchmarks.md)
 *   npm run bench -- --json out.json     machine and rows as JSON
 *   npm run bench -- --dir /some/disk    scratch folder (default: the OS temp folder); removed afterwards
 *
 * Adding a benchmark: write a module in test/bench/modules exporting a BenchModule (id, title,
 * optional order, run(context) -> rows; see lib/types.ts); run.ts finds it there. Rows carry their
 * own target, so the table marks each as met or missed. lib/reference-tender.ts generates the
 * reference tender. Figures and their causes: docs/benchmarks.md.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describeMachine } from './lib/machine';
import { machineLine, markdownTable, notes, textTable } from './lib/report';
import type { BenchModule, Row } from './lib/types';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MODULES_DIR = fileURLToPath(new URL('./modules/', import.meta.url));

function isBenchModule(value: unknown): value is BenchModule {
  const candidate = value as Partial<BenchModule> | null;
  return typeof candidate?.id === 'string' && typeof candidate.title === 'string' && typeof candidate.run === 'function';
}

/** Every BenchModule exported from test/bench/modules/*.ts, in `order` (then id): a new module needs no edit here. */
async function loadModules(): Promise<BenchModule[]> {
  const files = (await readdir(MODULES_DIR)).filter((name) => name.endsWith('.ts')).sort();
  const found: BenchModule[] = [];
  for (const file of files) {
    const exported: Record<string, unknown> = await import(pathToFileURL(join(MODULES_DIR, file)).href);
    found.push(...Object.values(exported).filter(isBenchModule));
  }
  return found.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.id.localeCompare(b.id));
}

let MODULES: BenchModule[] = [];

interface Options {
  quick: boolean;
  only?: string[];
  markdown: boolean;
  json?: string;
  dir?: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { quick: false, markdown: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[(i += 1)];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') options.quick = true;
    else if (arg === '--markdown') options.markdown = true;
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--json') options.json = resolve(value());
    else if (arg === '--dir') options.dir = resolve(value());
    else throw new Error(`unknown option ${arg} (see the top of test/bench/run.ts)`);
  }
  const unknown = options.only?.filter((id) => !MODULES.some((m) => m.id === id)) ?? [];
  if (unknown.length) throw new Error(`unknown module(s) ${unknown.join(', ')}; known: ${MODULES.map((m) => m.id).join(', ')}`);
  return options;
}

async function main(): Promise<void> {
  MODULES = await loadModules();
  const options = parseArgs(process.argv.slice(2));
  const scratch = await mkdtemp(join(options.dir ?? tmpdir(), 'tw-bench-'));
  const machine = describeMachine(scratch);
  console.log(`Tenderwright benchmarks${options.quick ? ' (quick)' : ''}\n${machineLine(machine)}\n`);
  const rows: Row[] = [];
  try {
    for (const module of MODULES.filter((m) => !options.only || options.only.includes(m.id))) {
      console.log(`> ${module.title}`);
      const started = performance.now();
      const dir = join(scratch, module.id);
      rows.push(...(await module.run({ dir, quick: options.quick, log: (message) => console.log(`  ${message}`) })));
      console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  console.log(`\n${textTable(rows)}`);
  for (const note of notes(rows)) console.log(`note: ${note}`);
  if (options.markdown) console.log(`\n${machineLine(machine)}\n\n${markdownTable(rows)}`);
  if (options.json) await writeFile(options.json, `${JSON.stringify({ machine, quick: options.quick, rows }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
