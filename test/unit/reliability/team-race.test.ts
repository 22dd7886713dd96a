/**
 * Reliability drill: colleagues racing on one shared workspace. 2, then 4 child processes (each a
 * Tenderwright instance opened with createHandlers on the same folder, team-race-child.ts) run
 * random operations as fast as they can: content saves of one tender (each based on the revision the
 * child last saw), moderations and workbook re-imports on that tender and on a second one, settings
 * saves (with their base revision) and library saves (a new question each, with its base revision).
 * Every acknowledged write is reported by its child with its revision and a marker it wrote (the
 * description, the moderation's rationale and id, the import's file name and id, the organisation,
 * the question id). At the end the parent reads the files independently (JSON.parse + schema) and
 * checks them against every acknowledgement (team-race-check.ts).
 *
 * What is proven, for the tenders (each backup is a version of the tender as it was written; only
 * the last 10 per tender are kept, so the tender file and the backups left are the versions the
 * parent can still see):
 * - No revision names two contents: no two acknowledged writes of one document share a revision
 *   (none reuses one from before the race), and every version on disk whose revision was
 *   acknowledged holds what that ack wrote (its marker, its moderation, its import).
 * - No acknowledged content save was lost or overwritten unseen: for every content save acknowledged
 *   at revision r2 and based on revision b, no other content save was acknowledged at a revision r
 *   with b < r < r2. Such a save was on disk when the later one was accepted by a colleague who had
 *   not seen it: exactly a silent overwrite. Every content write is acknowledged (nothing is killed
 *   here), so each version's content is the one acknowledged at its content revision; the tender file
 *   is at the highest acknowledged revision and holds the last acknowledged content (or, when the
 *   last write was a moderation or import, the content acknowledged at its content revision).
 * - Records only grow: every version on disk holds exactly the moderations and imports acknowledged
 *   at or before its revision (none missing, none unacknowledged), and the final file has every
 *   acknowledged moderation and import with its audit entry.
 * For settings.json: no two acks share a revision, no save replaced another it never saw (as above),
 * and the file holds the last acknowledged save. For library.json: every acknowledged question is
 * there, recorded at its save's revision, and the file is at the highest acknowledged revision.
 * Refusals are expected: a content or settings save on a stale base, and an import whose tender kept
 * changing while it was checked, are refused as `conflict` and counted. Any other refusal fails.
 *
 * The children interleave as the scheduler lets them; the seed fixes only what each child does.
 * Replay with TEAM_DRILL_SEED=<seed>; TEAM_DRILL_ROUNDS=<n> sets the operations per configuration
 * (240 by default, shared among the children).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers, type Input, type Method, type Output } from '@shared/api/contract';
import { LibrarySchema } from '@shared/model/library';
import { SettingsSchema } from '@shared/model/settings';
import { contentOf, TenderSchema, type Tender } from '@shared/model/tender';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { asUpload, exportAll, fillWorkbook, type Workspace } from '../electron/services/evaluation/helpers';
import { EVALUATORS, fixtureLot } from '../shared/evaluation/lotFixture';
import { checkLibrary, checkSettings, checkTender, noFindings, type Findings, type Snapshot, type TenderBaseline } from './team-race-check';
import type { RaceLine, RacePlan, RaceTarget } from './team-race-child';
import { childCommand, startChild, type DrillChild } from './team-child';
import { makeTempDir, removeDir, seedFrom } from './helpers';

const ROUNDS = Number(process.env.TEAM_DRILL_ROUNDS ?? 240);
const SEED = seedFrom('TEAM_DRILL_SEED');
const CHILD_SOURCE = join(__dirname, 'team-race-child.ts');

let scratch: string;
let command: string[];

beforeAll(async () => {
  scratch = await makeTempDir('tw-team-race-');
  command = await childCommand(CHILD_SOURCE, scratch);
});

afterAll(async () => {
  await removeDir(scratch);
});

function caller(handlers: Handlers) {
  return async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
    return result.data as Output<M>;
  };
}

/** A tender whose first lot is the fixture lot, with every evaluator's filled workbook imported once. */
async function preparedTender(root: string, handlers: Handlers, name: string): Promise<RaceTarget> {
  const call = caller(handlers);
  const created = await call('tenders.create', {
    title: `Race ${name}`,
    reference: `RACE-${name}`,
    buyer: 'Drill Council',
    lots: ['Laptops', 'Repair'],
  });
  const tender = await call('tenders.save', {
    id: created.id,
    content: { ...contentOf(created), description: `baseline ${name}`, lots: [fixtureLot(), created.lots[1]!] },
  });
  const lot = tender.lots[0]!;
  const ws: Workspace = { root, handlers, tender, lot, call };
  const exported = await exportAll(ws);
  const workbooks: Record<string, string> = {};
  const uploads = [];
  for (const evaluatorId of EVALUATORS) {
    const filled = await fillWorkbook(exported[evaluatorId], lot, evaluatorId);
    const file = join(scratch, `${name}-${tender.id}-${evaluatorId}.xlsx`);
    await writeFile(file, filled);
    workbooks[evaluatorId] = file;
    uploads.push(asUpload(`baseline ${evaluatorId}.xlsx`, filled));
  }
  const imported = await call('evaluation.importWorkbooks', { tenderId: tender.id, lotId: lot.id, files: uploads, by: 'Drill lead' });
  expect(imported.files.map((f) => f.status)).toEqual(['imported', 'imported', 'imported']);
  // One moderation before the race, so the baseline's records hold every kind.
  await call('evaluation.moderate', {
    tenderId: tender.id,
    lotId: lot.id,
    target: { kind: 'score', criterionId: 'c-q1', bidderId: 'b-acme', score: 4 },
    rationale: 'baseline',
    by: 'Drill lead',
  });
  return { tenderId: tender.id, lotId: lot.id, workbooks };
}

/** A tender as the parent reads it: JSON.parse and the schema, nothing of the store. */
function readTender(file: string): Tender {
  const parsed = TenderSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} does not validate: ${parsed.error.message}`);
  return parsed.data;
}

function baselineOf(tender: Tender): TenderBaseline {
  const records = tender.lots.flatMap((lot) => (lot.evaluation ? [lot.evaluation] : []));
  return {
    revision: tender.revision,
    description: tender.description,
    moderationIds: records.flatMap((e) => e.moderations.map((m) => m.id)),
    importIds: records.flatMap((e) => e.imports.map((i) => i.id)),
  };
}

/** Runs the children until each has printed `done`, collecting every line it printed. */
async function race(
  workspace: string,
  targets: { main: RaceTarget; side: RaceTarget },
  children: number,
  rounds: number,
): Promise<RaceLine[]> {
  const started: DrillChild[] = [];
  try {
    started.push(...(await Promise.all(Array.from({ length: children }, () => startChild(command)))));
    const recoveryDir = join(scratch, 'recovery');
    started.forEach((child, index) => {
      const plan: RacePlan = { workspace, recoveryDir, child: index + 1, rounds, seed: SEED, ...targets };
      child.send(JSON.stringify(plan));
    });
    for (const child of started) {
      const line = await child.line();
      if (line !== 'ready') throw new Error(`a child did not open the workspace (${JSON.stringify(line)}):\n${child.stderr()}`);
    }
    // All start together, so their operations overlap from the first one on.
    for (const child of started) child.send('go');
    const perChild = await Promise.all(
      started.map(async (child) => {
        const lines: RaceLine[] = [];
        for (let line = await child.line(); line !== undefined && line !== 'done'; line = await child.line())
          lines.push(JSON.parse(line) as RaceLine);
        const { code } = await child.exited;
        if (code !== 0) throw new Error(`a child failed (exit code ${code}) after ${lines.length} operations:\n${child.stderr()}`);
        return lines;
      }),
    );
    return perChild.flat();
  } finally {
    for (const child of started) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  }
}

interface Tally {
  acknowledged: Record<string, number>;
  refused: Record<string, number>;
}

function tally(lines: readonly RaceLine[]): Tally {
  const out: Tally = { acknowledged: {}, refused: {} };
  for (const line of lines) {
    const bucket = line.ok ? out.acknowledged : out.refused;
    bucket[line.op] = (bucket[line.op] ?? 0) + 1;
  }
  return out;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const listed = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');

describe('colleagues racing on one shared workspace', () => {
  for (const children of [2, 4]) {
    // Bounded by rounds, not by time: about 10 s for 4 children on an idle 2-core machine; the
    // timeout only guards against a hang.
    it(`${children} processes: no acknowledged write is lost and no revision names two contents`, { timeout: 180_000 }, async () => {
      const workspace = join(scratch, `workspace-${children}`);
      const setup = await createHandlers(workspace, undefined, { recoveryDir: join(scratch, 'recovery') });
      let targets: { main: RaceTarget; side: RaceTarget };
      try {
        targets = { main: await preparedTender(workspace, setup, 'main'), side: await preparedTender(workspace, setup, 'side') };
        const call = caller(setup);
        const settings = await call('settings.get', {});
        await call('settings.save', { settings: { ...settings, organisation: 'baseline' }, baseRevision: settings.revision ?? 0 });
      } finally {
        await closeHandlers(setup);
      }
      const tenderFile = (id: string) => join(workspace, 'tenders', `${id}.json`);
      const baselines = new Map([targets.main, targets.side].map((t) => [t.tenderId, baselineOf(readTender(tenderFile(t.tenderId)))]));
      const settingsBaseline = SettingsSchema.parse(JSON.parse(readFileSync(join(workspace, 'settings.json'), 'utf8'))).revision ?? 0;
      const libraryBaseline = 0;

      const lines = await race(workspace, targets, children, Math.ceil(ROUNDS / children));
      const where = `seed ${SEED} (replay: TEAM_DRILL_SEED=${SEED}), ${children} children`;
      const unexpected = lines.filter(
        (line) => !line.ok && !(line.code === 'conflict' && (line.op === 'save' || line.op === 'settings' || line.op === 'import')),
      );
      expect(unexpected, `${where}: refusals other than the expected conflicts`).toEqual([]);
      const acks = lines.filter((line): line is Extract<RaceLine, { ok: true }> => line.ok);

      const findings: Findings = noFindings();
      const check = await createHandlers(workspace, undefined, { recoveryDir: join(scratch, 'recovery') });
      let backupsKept = 0;
      try {
        for (const target of [targets.main, targets.side]) {
          const id = target.tenderId;
          const final = readTender(tenderFile(id));
          const dir = join(workspace, 'backups', id);
          const names = readdirSync(dir).filter((name) => /-r\d+\.json$/.test(name));
          const listedBackups = (await caller(check)('backups.list', { tenderId: id })).entries;
          expect(listedBackups.map((b) => b.id).sort(), `${where}: backups.list and backups/${id}/ disagree`).toEqual([...names].sort());
          backupsKept += names.length;
          // Every save of the last minutes is kept, so the versions written while setting up (before the
          // baseline) are still there: they predate the race and hold only the set-up, so they are not checked.
          const backups = names.map((name) => ({ source: `backups/${id}/${name}`, tender: readTender(join(dir, name)) }));
          const raced = backups.filter(({ tender }) => tender.revision >= baselines.get(id)!.revision);
          const snapshots: Snapshot[] = [{ source: `tenders/${id}.json`, tender: final }, ...raced];
          checkTender(id, acks, baselines.get(id)!, snapshots, final, findings);
        }
      } finally {
        await closeHandlers(check);
      }
      const settingsAcks = checkSettings(
        acks,
        settingsBaseline,
        SettingsSchema.parse(JSON.parse(readFileSync(join(workspace, 'settings.json'), 'utf8'))),
        findings,
      );
      const libraryAcks = checkLibrary(
        acks,
        libraryBaseline,
        LibrarySchema.parse(JSON.parse(readFileSync(join(workspace, 'library.json'), 'utf8'))),
        findings,
      );

      const counts = tally(lines);
      console.log(
        `team race (${where}): ${lines.length} operations; acknowledged ${sum(counts.acknowledged)} (${listed(counts.acknowledged)}); ` +
          `refused as conflict ${sum(counts.refused)} (${listed(counts.refused) || 'none'}); ` +
          `lost=${findings.lost.length}, duplicate revisions=${findings.duplicates.length}, anomalies=${findings.anomalies.length}; ` +
          `checked against ${backupsKept} backups + 2 tender files, ${settingsAcks.length} settings and ${libraryAcks.length} library acks`,
      );
      expect(findings.lost, `${where}: lost writes`).toEqual([]);
      expect(findings.duplicates, `${where}: revisions naming two contents`).toEqual([]);
      expect(findings.anomalies, `${where}: anomalies`).toEqual([]);
      expect(lines.length, where).toBe(children * Math.ceil(ROUNDS / children));
      // The drill only proves something if writes of each kind were acknowledged.
      for (const op of ['save', 'moderate', 'import', 'settings', 'library'])
        expect(counts.acknowledged[op] ?? 0, `${where}: no ${op} was acknowledged`).toBeGreaterThan(0);
    });
  }
});
