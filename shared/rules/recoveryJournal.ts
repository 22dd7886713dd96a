/**
 * The recovery journal's rules: what the recovery file of the open tender should hold, and the order
 * in which writes and discards reach it. Pure: the caller passes the store's state and the function
 * that does the writing.
 */

/** Save states in which the screen holds edits that are not on disk. */
const UNSAVED = new Set(['pending', 'saving', 'invalid', 'error']);

export const holdsUnsavedEdits = (saveStatus: string) => UNSAVED.has(saveStatus);

export type JournalWish<C> =
  | { kind: 'write'; baseRevision: number; content: C }
  /** The edits are on disk (or were thrown away on purpose): the file is no longer needed. */
  | { kind: 'discard' };

export interface JournalView<C> {
  tenderId: string | null;
  saveStatus: string;
  content: C | null;
  /** The revision on disk the content started from. */
  baseRevision: number | null;
}

/** What the open tender's recovery file should hold now; null when there is nothing to say (no tender open). */
export function journalWish<C>(view: JournalView<C>): JournalWish<C> | null {
  if (!view.tenderId || !view.content || view.baseRevision === null) return null;
  // A field that breaks a rule cannot be kept (the recovery file holds valid content only): the
  // last valid version written stays until the field is fixed.
  if (view.saveStatus === 'invalid') return null;
  if (UNSAVED.has(view.saveStatus)) return { kind: 'write', baseRevision: view.baseRevision, content: view.content };
  if (view.saveStatus === 'saved') return { kind: 'discard' };
  return null;
}

/** Whether performing `next` would change nothing, given what the file is known to hold. */
function alreadyHolds<C>(known: JournalWish<C> | 'unknown' | undefined, next: JournalWish<C>): boolean {
  // Never written by this window: a discard has nothing of ours to remove. A file left by an earlier
  // session stays until the user chooses what to do with it (the recovered-edits banner).
  if (known === undefined) return next.kind === 'discard';
  if (known === 'unknown') return false;
  if (known.kind === 'discard' || next.kind === 'discard') return known.kind === next.kind;
  return known.content === next.content && known.baseRevision === next.baseRevision;
}

/**
 * One operation on the recovery files at a time, the latest wish per tender always wins: edits typed
 * while a write is under way are written next (only the newest of them), and a discard asked for
 * meanwhile runs after that write, so a write never lands after the discard that should have ended it.
 * No timers: each wish starts work at once when nothing is under way.
 */
export class JournalQueue<C> {
  private readonly wanted = new Map<string, JournalWish<C>>();
  /** What each tender's file holds as far as this queue knows ('unknown' while an operation is under way or after one failed). */
  private readonly known = new Map<string, JournalWish<C> | 'unknown'>();
  private running: Promise<void> | null = null;

  constructor(private readonly perform: (tenderId: string, wish: JournalWish<C>) => Promise<void>) {}

  want(tenderId: string, wish: JournalWish<C>): void {
    if (alreadyHolds(this.known.get(tenderId), wish) && !this.wanted.has(tenderId)) return;
    this.wanted.set(tenderId, wish);
    this.running ??= this.drain().finally(() => (this.running = null));
  }

  /** Resolves once every wish so far has been carried out (or has failed). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const next = this.nextToPerform();
      if (!next) return;
      const [tenderId, wish] = next;
      // Until it answers, the file may hold either version: a discard asked for meanwhile must still run.
      this.known.set(tenderId, 'unknown');
      try {
        await this.perform(tenderId, wish);
        this.known.set(tenderId, wish);
      } catch {
        // The host may be gone (a crash, a lost connection): the next edit tries again.
        this.known.set(tenderId, 'unknown');
      }
    }
  }

  private nextToPerform(): [string, JournalWish<C>] | null {
    for (const [tenderId, wish] of this.wanted) {
      this.wanted.delete(tenderId);
      if (!alreadyHolds(this.known.get(tenderId), wish)) return [tenderId, wish];
    }
    return null;
  }
}
