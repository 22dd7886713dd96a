/**
 * Groups edits into undo steps. zundo calls `handleSet` with the state *before* each change; we pass
 * it on only for the first change of a burst, so one undo reverts the whole burst:
 *  - a burst is a run of edits to the same field (same key) with pauses shorter than BURST_IDLE_MS;
 *  - it ends when another field is edited, the field loses focus (endBurst), or undo/redo runs;
 *  - structural edits (add/remove a lot, restore a backup) have no key and are always their own step.
 * Dropping a call is safe: zundo's future stack is cleared by the first change after an undo, which
 * always starts a new burst.
 */
export const BURST_IDLE_MS = 1500;

let nextKey: string | null = null;
let standaloneNext = false;
let burstKey: string | null = null;
let lastEditAt = 0;

/** Editor actions call this right before they change the content. */
export function markEdit(key: string | null): void {
  nextKey = key;
}

export function endBurst(): void {
  burstKey = null;
}

/** The next edit is one action of its own (a paste), however it is keyed: one step, not merged with typing before or after. */
export function markStandalone(): void {
  standaloneNext = true;
}

type HandleSet = (...args: never[]) => void;

export function groupBursts<H extends HandleSet>(handleSet: H): H {
  return ((...args: Parameters<H>) => {
    const key = nextKey;
    const standalone = standaloneNext;
    nextKey = null;
    standaloneNext = false;
    const now = Date.now();
    const sameBurst = !standalone && key !== null && key === burstKey && now - lastEditAt < BURST_IDLE_MS;
    burstKey = standalone ? null : key;
    lastEditAt = now;
    if (!sameBurst) handleSet(...args);
  }) as H;
}
