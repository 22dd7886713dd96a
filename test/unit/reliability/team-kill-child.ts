/**
 * Child process of the lock-holder kill drill (team-kill.test.ts): a Tenderwright instance (opened
 * with createHandlers; its lock stale time from TENDERWRIGHT_LOCK_STALE_MS; on "another machine"
 * when TEAM_DRILL_HOSTNAME is set, see other-machine.ts) that saves a tender a few times, then starts
 * one more save and stops inside it while holding the tender file's lock, until it is killed.
 *
 * Protocol (stdout, one line each, see child-lines.ts):
 *   loaded                              modules loaded; the parent then sends the plan (KillPlan)
 *   opened <staleMs> <machine>          the workspace is open; the stale time its locks use, and
 *                                       the machine its saves name
 *   ack <revision> <marker>             a save acknowledged
 *   held before-write <marker>          the last save holds the lock and has written nothing yet
 *   held after-write <marker> <rev>     the last save holds the lock and has written its file and
 *                                       backup as revision <rev>, but is not acknowledged
 */
// First: it may change the host name the services see, before any of them reads it.
import './other-machine';
import { dispatch, type Input, type Method, type Output } from '../../../shared/api/contract';
import { contentOf, type Tender } from '../../../shared/model/tender';
import { createHandlers, workspaceStoreOf } from '../../../electron/services/handlers';
import { nextLine, say } from './child-lines';

export type HoldPhase = 'before-write' | 'after-write';

export interface KillPlan {
  workspace: string;
  recoveryDir: string;
  tenderId: string;
  /** Saves acknowledged before the one that is held. */
  acks: number;
  hold: HoldPhase;
  tag: string;
}

async function main(): Promise<void> {
  say('loaded');
  const plan = JSON.parse(await nextLine()) as KillPlan;
  const handlers = await createHandlers(plan.workspace, undefined, { recoveryDir: plan.recoveryDir });
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const result = await dispatch(handlers, method, input);
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
    return result.data as Output<M>;
  };
  const locks = workspaceStoreOf(handlers)!.locks;
  say(`opened ${locks.staleMs} ${workspaceStoreOf(handlers)!.me.machine}`);

  let tender: Tender = await call('tenders.get', { id: plan.tenderId });
  for (let seq = 1; seq <= plan.acks; seq += 1) {
    const marker = `${plan.tag}-${seq}`;
    tender = await call('tenders.save', {
      id: tender.id,
      content: { ...contentOf(tender), description: marker },
      baseRevision: tender.revision,
    });
    say(`ack ${tender.revision} ${marker}`);
  }

  // The next save stops inside the store's own lock, before or after its read-check-write. The
  // event loop keeps running, so proper-lockfile keeps the lock fresh until the process is killed.
  const marker = `${plan.tag}-held`;
  const original = locks.withLock.bind(locks);
  locks.withLock = <T>(file: string, task: () => Promise<T>) =>
    original(file, async () => {
      if (plan.hold === 'before-write') {
        say(`held before-write ${marker}`);
      } else {
        const written = (await task()) as Tender;
        say(`held after-write ${marker} ${written.revision}`);
      }
      return new Promise<T>(() => undefined);
    });
  await call('tenders.save', { id: tender.id, content: { ...contentOf(tender), description: marker }, baseRevision: tender.revision });
  throw new Error('the held save returned');
}

main().catch((error: unknown) => {
  process.stderr.write(`team-kill-child: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
