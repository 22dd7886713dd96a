import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newLot, TenderContentSchema, type TenderContent } from '@shared/model/tender';
import {
  applyPatch,
  decodeHistory,
  encodeHistory,
  fingerprintOf,
  halveHistory,
  patchBetween,
} from '../../../../renderer/src/store/historyCodec';

const base: TenderContent = TenderContentSchema.parse(
  JSON.parse(readFileSync(join(__dirname, '../../../fixtures/tenders/small-tender.json'), 'utf8')),
);

/** A run of edits like a user's: typing, a weight, a lot added, a lot removed, a criterion removed. */
function editsFrom(start: TenderContent): TenderContent[] {
  const states = [start];
  const push = (change: (c: TenderContent) => TenderContent) => states.push(change(states[states.length - 1]!));
  push((c) => ({ ...c, title: `${c.title} 2027` }));
  push((c) => ({
    ...c,
    lots: c.lots.map((l) => ({ ...l, criteria: l.criteria.map((x) => (x.id === 'p' ? { ...x, weight: 5000 } : x)) })),
  }));
  push((c) => ({ ...c, lots: [...c.lots, newLot('Monitors')] }));
  push((c) => ({ ...c, lots: c.lots.slice(0, 1) }));
  push((c) => ({ ...c, lots: c.lots.map((l) => ({ ...l, criteria: l.criteria.filter((x) => x.id !== 's') })) }));
  push((c) => ({ ...c, description: '' }));
  return states;
}

describe('patches', () => {
  it('rebuild the older content from the newer one, sharing what did not change', () => {
    const older = base;
    const newer = { ...base, title: 'Changed', lots: base.lots.map((l) => ({ ...l, criteria: l.criteria.slice(0, 2) })) };
    const rebuilt = applyPatch(newer, patchBetween(newer, older));
    expect(rebuilt).toEqual(older);
    expect(rebuilt.clauses).toBe(newer.clauses);
    expect(rebuilt.qa).toBe(newer.qa);
    expect(newer.title).toBe('Changed');
    expect(newer.lots[0]!.criteria).toHaveLength(2);
  });
});

describe('encodeHistory / decodeHistory', () => {
  const states = editsFrom(base);
  const current = states[states.length - 1]!;
  // As zundo orders them: the last past step and the last future step are next to the current content.
  const history = {
    tenderId: 'tender-1',
    revision: 7,
    current: states[2]!,
    past: states.slice(0, 2),
    future: [...states.slice(3)].reverse(),
  };

  it('round-trips the undo and redo steps onto the content from disk, whatever the order of its keys', () => {
    const text = encodeHistory(history, 1_000_000)!;
    const fromDisk = TenderContentSchema.parse(JSON.parse(JSON.stringify(history.current)));
    const decoded = decodeHistory(text, { tenderId: 'tender-1', revision: 7, current: fromDisk })!;
    expect(decoded.past).toEqual(history.past);
    expect(decoded.future).toEqual(history.future);
  });

  it('is much smaller than full copies of the steps', () => {
    const text = encodeHistory({ ...history, current, past: states.slice(0, -1), future: [] }, 1_000_000)!;
    expect(text.length).toBeLessThan(JSON.stringify(states.slice(0, -1)).length / 2);
  });

  it('refuses a history kept for another revision, tender or content', () => {
    const text = encodeHistory(history, 1_000_000)!;
    expect(decodeHistory(text, { tenderId: 'tender-1', revision: 8, current: history.current })).toBeNull();
    expect(decodeHistory(text, { tenderId: 'tender-2', revision: 7, current: history.current })).toBeNull();
    expect(
      decodeHistory(text, { tenderId: 'tender-1', revision: 7, current: { ...history.current, title: 'A colleague’s title' } }),
    ).toBeNull();
    expect(decodeHistory('not json', { tenderId: 'tender-1', revision: 7, current: history.current })).toBeNull();
  });

  it('keeps within the size bound by leaving out the farthest redo steps, then the oldest undo steps', () => {
    const full = encodeHistory(history, 1_000_000)!;
    const bound = full.length - 1;
    const text = encodeHistory(history, bound)!;
    expect(text.length).toBeLessThanOrEqual(bound);
    const decoded = decodeHistory(text, { tenderId: 'tender-1', revision: 7, current: history.current })!;
    expect(decoded.past).toEqual(history.past);
    expect(decoded.future).toEqual(history.future.slice(1));

    const newestOnly = encodeHistory({ ...history, past: history.past.slice(-1), future: [] }, 1_000_000)!;
    const small = encodeHistory({ ...history, future: [] }, newestOnly.length)!;
    expect(small.length).toBeLessThanOrEqual(newestOnly.length);
    const kept = decodeHistory(small, { tenderId: 'tender-1', revision: 7, current: history.current })!;
    expect(kept.past).toEqual(history.past.slice(-1));
    expect(encodeHistory(history, 50)).toBeNull();
  });

  it('halves the steps when storage is full, keeping the newest', () => {
    const long = { tenderId: 'tender-1', revision: 7, current, past: states.slice(0, -1), future: [] };
    const halved = halveHistory(encodeHistory(long, 1_000_000)!)!;
    const decoded = decodeHistory(halved, { tenderId: 'tender-1', revision: 7, current })!;
    expect(decoded.past).toEqual(long.past.slice(3));
  });

  it('fingerprints content regardless of key order', () => {
    expect(fingerprintOf({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(fingerprintOf({ b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(fingerprintOf({ a: 1 })).not.toBe(fingerprintOf({ a: 2 }));
  });
});
