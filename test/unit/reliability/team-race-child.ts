/**
 * Child process of the shared-workspace race drill (team-race.test.ts): one Tenderwright instance on
 * the shared workspace, opened with createHandlers as a browser host would, calling the contract
 * through dispatch (schema parsing included) as a colleague's screens would.
 *
 * Protocol (stdout, one line each, see child-lines.ts):
 *   loaded            modules loaded; the parent then sends the plan (one JSON line, RacePlan)
 *   ready             workspace opened and first views read; the parent then sends `go`
 *   {...}             one JSON line per operation: an acknowledgement (ok: true) with what it wrote,
 *                     or a refusal (ok: false) with its error code
 *   done              every round run; the handlers are closed, and the process exits
 *
 * Every write names the revision its edit was based on (the child's last view of the document), as
 * the UI does; on a conflict the child re-reads, and its next write of that kind is based on that.
 */
import { readFile } from 'node:fs/promises';
import { dispatch, type Handlers, type Input, type Method, type Output } from '../../../shared/api/contract';
import { contentOf, type Tender } from '../../../shared/model/tender';
import type { Settings } from '../../../shared/model/settings';
import { closeHandlers, createHandlers } from '../../../electron/services/handlers';
import { nextLine, say } from './child-lines';
import { createRng } from './helpers';

export interface RaceTarget {
  tenderId: string;
  lotId: string;
  /** Filled workbooks of this lot, by evaluator id: files the child re-imports. */
  workbooks: Record<string, string>;
}

export interface RacePlan {
  workspace: string;
  recoveryDir: string;
  child: number;
  rounds: number;
  seed: number;
  /** The tender whose content is saved, moderated and imported into. */
  main: RaceTarget;
  /** A second tender, only moderated and imported into (no content saves race with those imports). */
  side: RaceTarget;
}

export type RaceOp = 'save' | 'moderate' | 'import' | 'settings' | 'library';

export type RaceLine =
  | { op: 'save'; ok: true; tenderId: string; revision: number; contentRevision: number; base: number; marker: string }
  | { op: 'moderate'; ok: true; tenderId: string; revision: number; moderationId: string; marker: string }
  | { op: 'import'; ok: true; tenderId: string; revision: number; importId: string; marker: string }
  | { op: 'settings'; ok: true; revision: number; base: number; marker: string }
  | { op: 'library'; ok: true; revision: number; base: number; questionId: string }
  | { op: RaceOp; ok: false; code: string; message: string; marker: string };

/** Out of 100: content saves and records writes dominate, as on a busy evaluation day. */
const MIX: [RaceOp, number][] = [
  ['save', 34],
  ['moderate', 24],
  ['import', 14],
  ['settings', 14],
  ['library', 14],
];

/** Criteria of the fixture lot with their scale maxima (test/unit/shared/evaluation/lotFixture.ts). */
const SCALES: [string, number][] = [
  ['c-q1', 5],
  ['c-q2', 10],
  ['c-social', 5],
];
const BIDDERS = ['b-acme', 'b-bor', 'b-cob'];

class Refused extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function main(): Promise<void> {
  say('loaded');
  const plan = JSON.parse(await nextLine()) as RacePlan;
  const rng = createRng((plan.seed + plan.child * 7919) >>> 0);
  const handlers: Handlers = await createHandlers(plan.workspace, undefined, { recoveryDir: plan.recoveryDir });
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Refused(result.error.code, result.error.message);
    return result.data as Output<M>;
  };
  const workbooks = new Map<string, string>();
  for (const target of [plan.main, plan.side]) {
    for (const [evaluatorId, file] of Object.entries(target.workbooks))
      workbooks.set(`${target.tenderId}/${evaluatorId}`, (await readFile(file)).toString('base64'));
  }
  // The child's views, as a screen holds them between edits.
  let tender: Tender = await call('tenders.get', { id: plan.main.tenderId });
  let settings: Settings = await call('settings.get', {});
  let libraryRevision = (await call('library.get', {})).revision;
  const sampleQuestion = (await call('library.get', {})).questions.builtin[0]!;
  say('ready');
  if ((await nextLine()) !== 'go') throw new Error('expected go');

  const pickOp = (): RaceOp => {
    let roll = rng.int(1, 100);
    for (const [op, weight] of MIX) if ((roll -= weight) <= 0) return op;
    return 'save';
  };

  for (let seq = 1; seq <= plan.rounds; seq += 1) {
    const marker = `child-${plan.child}-seq-${seq}`;
    const op = pickOp();
    try {
      if (op === 'save') {
        const base = tender.revision;
        const saved = await call('tenders.save', {
          id: tender.id,
          content: { ...contentOf(tender), description: marker },
          baseRevision: base,
        });
        tender = saved;
        say(
          JSON.stringify({
            op,
            ok: true,
            tenderId: saved.id,
            revision: saved.revision,
            contentRevision: saved.contentRevision ?? saved.revision,
            base,
            marker,
          }),
        );
      } else if (op === 'moderate') {
        const target = rng.chance(0.5) ? plan.main : plan.side;
        const [criterionId, scaleMax] = rng.pick(SCALES);
        const outcome = await call('evaluation.moderate', {
          tenderId: target.tenderId,
          lotId: target.lotId,
          target: { kind: 'score', criterionId, bidderId: rng.pick(BIDDERS), score: rng.int(0, scaleMax) },
          rationale: marker,
          by: `Child ${plan.child}`,
        });
        const made = outcome.records.moderations.filter((m) => m.rationale === marker);
        if (made.length !== 1) throw new Error(`${marker}: the moderation's outcome holds ${made.length} moderations with its rationale`);
        say(JSON.stringify({ op, ok: true, tenderId: target.tenderId, revision: outcome.revision, moderationId: made[0]!.id, marker }));
      } else if (op === 'import') {
        const target = rng.chance(0.5) ? plan.main : plan.side;
        const evaluatorId = rng.pick(Object.keys(target.workbooks));
        const fileName = `${marker} ${evaluatorId}.xlsx`;
        const outcome = await call('evaluation.importWorkbooks', {
          tenderId: target.tenderId,
          lotId: target.lotId,
          files: [{ fileName, base64: workbooks.get(`${target.tenderId}/${evaluatorId}`)! }],
          replaceEvaluatorIds: [evaluatorId],
          by: `Child ${plan.child}`,
        });
        const file = outcome.files[0]!;
        if (!outcome.changed || (file.status !== 'imported' && file.status !== 'replaced')) {
          throw new Error(`${marker}: the workbook was not imported (${file.status}): ${file.summary} ${JSON.stringify(file.problems)}`);
        }
        const made = outcome.records.imports.filter((i) => i.fileName === fileName);
        if (made.length !== 1) throw new Error(`${marker}: the import's outcome holds ${made.length} imports named ${fileName}`);
        say(JSON.stringify({ op, ok: true, tenderId: target.tenderId, revision: outcome.revision, importId: made[0]!.id, marker }));
      } else if (op === 'settings') {
        const base = settings.revision ?? 0;
        settings = await call('settings.save', { settings: { ...settings, organisation: marker }, baseRevision: base });
        say(JSON.stringify({ op, ok: true, revision: settings.revision ?? 0, base, marker }));
      } else {
        const base = libraryRevision;
        const questionId = `q-${marker}`;
        const view = await call('library.saveQuestion', {
          question: { ...sampleQuestion, id: questionId, question: `Asked by ${marker}` },
          baseRevision: base,
        });
        libraryRevision = view.revision;
        say(JSON.stringify({ op, ok: true, revision: view.revision, base, questionId }));
      }
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      say(JSON.stringify({ op, ok: false, code: error.code, message: error.message, marker }));
      // A refused edit is looked at again from what is on disk now, as the conflict dialog does.
      if (error.code === 'conflict' && op === 'save') tender = await call('tenders.get', { id: tender.id });
      if (error.code === 'conflict' && op === 'settings') settings = await call('settings.get', {});
    }
  }
  await closeHandlers(handlers);
  say('done');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`team-race-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
