/**
 * The open tender's undo history as text for localStorage: each step is kept as the small difference
 * from its neighbour (a tender can be 1 MB; 200 full copies would not fit), anchored on the content
 * the history ends at. Decoding rebuilds each step sharing every unchanged part with its neighbour,
 * so a restored history costs little memory. Pure: no storage, no store.
 */
import diff from 'microdiff';

type Path = (string | number)[];
/** One operation: set the value at a path, or remove it. */
export type PatchOp = { s: Path; v: unknown } | { r: Path };
export type Patch = PatchOp[];

export interface StoredHistory {
  version: 1;
  tenderId: string;
  /** The content revision on disk when the history was kept: the only one it may be restored onto. */
  revision: number;
  /** Tells the content the history ends at from any other content with the same revision. */
  fingerprint: string;
  /** Ordered as zundo keeps them: the last step of each list is the one next to the current content. */
  past: Patch[];
  future: Patch[];
}

/** The operations that turn `from` into `to`. */
export function patchBetween(from: object, to: object): Patch {
  return diff(from as Record<string, unknown>, to as Record<string, unknown>).map((entry) =>
    entry.type === 'REMOVE' ? { r: entry.path } : { s: entry.path, v: entry.value },
  );
}

const copyOf = (node: unknown): Record<string | number, unknown> =>
  (Array.isArray(node) ? [...node] : { ...(node as object) }) as Record<string | number, unknown>;

/** `root` with `ops` applied, copying only the objects on the way to each change. */
export function applyPatch<T>(root: T, ops: Patch): T {
  const copied = new Set<unknown>();
  const writable = (node: unknown) => {
    if (copied.has(node)) return node as Record<string | number, unknown>;
    const copy = copyOf(node);
    copied.add(copy);
    return copy;
  };
  let result = writable(root) as unknown;
  // Items removed from the end of an array: removed last, from the highest index down, so the others keep their place.
  const arrayRemovals: { parent: unknown[]; index: number }[] = [];
  for (const op of ops) {
    const path = 's' in op ? op.s : op.r;
    let parent = result as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) {
      const child = writable(parent[step]);
      parent[step] = child;
      parent = child;
    }
    const last = path[path.length - 1]!;
    if ('s' in op) parent[last] = op.v;
    else if (Array.isArray(parent)) arrayRemovals.push({ parent, index: Number(last) });
    else delete parent[last];
  }
  arrayRemovals.sort((a, b) => b.index - a.index).forEach(({ parent, index }) => parent.splice(index, 1));
  if (ops.length === 0) result = root;
  return result as T;
}

/** JSON with the keys of every object in one order: the file on disk may list them in another. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonical(item))).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short hash of the content (FNV-1a over its canonical JSON, with its length), not a security measure. */
export function fingerprintOf(content: unknown): string {
  const text = canonical(content);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}

/** Patches between neighbours are cached by the objects compared: steps never change once made. */
const patchCache = new WeakMap<object, { to: object; patch: Patch }>();

function cachedPatch(from: object, to: object): Patch {
  const hit = patchCache.get(from);
  if (hit && hit.to === to) return hit.patch;
  const patch = patchBetween(from, to);
  patchCache.set(from, { to, patch });
  return patch;
}

/** For each state (the last one next to `current`), the patch that rebuilds it from its newer neighbour. */
function chain<T extends object>(current: T, states: readonly T[]): Patch[] {
  return states.map((state, i) => cachedPatch(states[i + 1] ?? current, state));
}

function unchain<T>(current: T, patches: readonly Patch[]): T[] {
  const states: T[] = new Array<T>(patches.length);
  let next = current;
  for (let i = patches.length - 1; i >= 0; i -= 1) {
    next = applyPatch(next, patches[i]!);
    states[i] = next;
  }
  return states;
}

export interface HistoryToKeep<T extends object> {
  tenderId: string;
  revision: number;
  current: T;
  past: readonly T[];
  future: readonly T[];
}

/**
 * The history as text of at most `maxChars` characters: when it is longer, the oldest undo steps (and
 * then the farthest redo steps) are left out until it fits. Null when not even the latest step fits.
 */
export function encodeHistory<T extends object>(history: HistoryToKeep<T>, maxChars: number): string | null {
  const stored: StoredHistory = {
    version: 1,
    tenderId: history.tenderId,
    revision: history.revision,
    fingerprint: fingerprintOf(history.current),
    past: chain(history.current, history.past),
    future: chain(history.current, history.future),
  };
  const pastSizes = stored.past.map((p) => JSON.stringify(p).length);
  const futureSizes = stored.future.map((p) => JSON.stringify(p).length);
  const header = JSON.stringify({ ...stored, past: [], future: [] }).length;
  // The exact length of the text with the first `dropPast` and `dropFuture` steps left out (items plus commas).
  const listLength = (sizes: number[], drop: number) => sizes.slice(drop).reduce((a, b) => a + b, 0) + Math.max(0, sizes.length - drop - 1);
  const lengthWithout = (dropPast: number, dropFuture: number) =>
    header + listLength(pastSizes, dropPast) + listLength(futureSizes, dropFuture);
  let dropPast = 0;
  let dropFuture = 0;
  while (lengthWithout(dropPast, dropFuture) > maxChars && dropFuture < futureSizes.length) dropFuture += 1;
  while (lengthWithout(dropPast, dropFuture) > maxChars && dropPast < pastSizes.length) dropPast += 1;
  const steps = pastSizes.length + futureSizes.length;
  if (lengthWithout(dropPast, dropFuture) > maxChars || (steps > 0 && dropPast + dropFuture === steps)) return null;
  return JSON.stringify({ ...stored, past: stored.past.slice(dropPast), future: stored.future.slice(dropFuture) });
}

/** The same history with its oldest half of steps left out: what to try when storage is full. */
export function halveHistory(text: string): string | null {
  const stored = parse(text);
  if (!stored || stored.past.length + stored.future.length <= 1) return null;
  return JSON.stringify({
    ...stored,
    past: stored.past.slice(Math.ceil(stored.past.length / 2)),
    future: stored.future.slice(Math.ceil(stored.future.length / 2)),
  });
}

function parse(text: string): StoredHistory | null {
  try {
    const value = JSON.parse(text) as Partial<StoredHistory>;
    if (
      value.version !== 1 ||
      typeof value.tenderId !== 'string' ||
      typeof value.revision !== 'number' ||
      typeof value.fingerprint !== 'string'
    )
      return null;
    if (!Array.isArray(value.past) || !Array.isArray(value.future)) return null;
    return value as StoredHistory;
  } catch {
    return null;
  }
}

/**
 * The steps kept for `tenderId`, rebuilt onto `current`, only when `current` is the very content they
 * end at (same revision, same fingerprint); otherwise null, and the kept history is of no use.
 */
export function decodeHistory<T extends object>(
  text: string,
  expected: { tenderId: string; revision: number; current: T },
): { past: T[]; future: T[] } | null {
  const stored = parse(text);
  if (!stored || stored.tenderId !== expected.tenderId || stored.revision !== expected.revision) return null;
  if (stored.fingerprint !== fingerprintOf(expected.current)) return null;
  try {
    return { past: unchain(expected.current, stored.past), future: unchain(expected.current, stored.future) };
  } catch {
    return null;
  }
}
