import { describe, expect, it } from 'vitest';
import { DEFAULT_HISTORY_POLICY, HistoryPolicySchema } from '@shared/model/history';
import { backupsToKeep, type RetainedEntry } from '@shared/rules/retention';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A clock the test moves by hand. */
class SteppedClock {
  constructor(private at: number) {}
  now(): Date {
    return new Date(this.at);
  }
  advance(ms: number): void {
    this.at += ms;
  }
  set(ms: number): void {
    this.at = ms;
  }
}

/** Working days (Monday to Friday) 09:00 to 17:00 UTC, a save every 30 s, for `days` days. */
function* workingSaves(startDay: number, days: number): Generator<number> {
  for (let day = 0; day < days; day += 1) {
    const midnight = startDay + day * DAY;
    const weekday = new Date(midnight).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let at = midnight + 9 * HOUR; at < midnight + 17 * HOUR; at += 30_000) yield at;
  }
}

function groupKept(entries: RetainedEntry[], kept: Set<string>, now: number, from: number, to: number, slot: number) {
  const slots = new Map<number, { saves: number; kept: number }>();
  for (const entry of entries) {
    const age = now - Date.parse(entry.takenAt);
    if (age <= from || age > to || entry.pinned || entry.snapshot) continue;
    const key = Math.floor(Date.parse(entry.takenAt) / slot);
    const counts = slots.get(key) ?? { saves: 0, kept: 0 };
    counts.saves += 1;
    if (kept.has(entry.id)) counts.kept += 1;
    slots.set(key, counts);
  }
  return [...slots.values()];
}

describe('backupsToKeep over 100 simulated days of typing', () => {
  // Monday 2 March 2026, 00:00 UTC; day 100 is a Tuesday.
  const start = Date.UTC(2026, 2, 2);
  const clock = new SteppedClock(start);
  const all: RetainedEntry[] = [];
  const pinnedId = 'save-pinned';
  const oldSnapshotId = 'save-snapshot-old';
  const snapshotId = 'save-snapshot';
  let kept: RetainedEntry[] = [];
  let finalNow = 0;
  // The last save lands at 15:00 on day 100 (a working day), so the last 15 minutes are full of saves.
  const endOfTyping = start + 99 * DAY + 15 * HOUR;
  const times = [...workingSaves(start, 100)].filter((at) => at <= endOfTyping);
  for (const [index, at] of times.entries()) {
    clock.set(at);
    // A few marked saves: a pin on day 3, a snapshot at 10:00 on day 8 (beyond 90 days by the end)
    // and one at 10:00 on day 60 (well inside); 10:00 is never the newest save of its day.
    const name = new Date(at).toISOString();
    const id =
      at === start + 2 * DAY + 11 * HOUR
        ? pinnedId
        : at === start + 9 * DAY + 10 * HOUR
          ? oldSnapshotId
          : at === start + 59 * DAY + 10 * HOUR
            ? snapshotId
            : `save-${index}`;
    const entry: RetainedEntry = {
      id,
      takenAt: name,
      ...(id === pinnedId ? { pinned: true } : {}),
      ...(id.startsWith('save-snapshot') ? { snapshot: true } : {}),
    };
    all.push(entry);
    kept.push(entry);
    // As the store does: thin after every save, with the clock of that moment.
    const keep = backupsToKeep(kept, clock.now(), DEFAULT_HISTORY_POLICY);
    kept = kept.filter((e) => keep.has(e.id));
    finalNow = at;
  }
  const keptIds = new Set(kept.map((e) => e.id));

  it('saves were made on working days only, and ~64 working days of them', () => {
    expect(all.length).toBeGreaterThan(60 * 960);
    expect([1, 2, 3, 4, 5]).toContain(new Date(finalNow).getUTCDay());
  });

  it('keeps the newest save, which is the current one', () => {
    expect(keptIds.has(all.at(-1)!.id)).toBe(true);
  });

  it('keeps every save of the last 15 minutes', () => {
    const recent = all.filter((e) => finalNow - Date.parse(e.takenAt) <= 15 * MINUTE);
    expect(recent.length).toBe(31);
    for (const entry of recent) expect(keptIds.has(entry.id)).toBe(true);
  });

  it('keeps exactly one save per 10-minute slot that had saves, up to 24 hours', () => {
    const slots = groupKept(all, keptIds, finalNow, 15 * MINUTE, DAY, 10 * MINUTE);
    expect(slots.length).toBeGreaterThan(40);
    for (const slot of slots) expect(slot.kept).toBe(1);
  });

  it('keeps exactly one save per hour that had saves, up to 7 days', () => {
    const slots = groupKept(all, keptIds, finalNow, DAY, 7 * DAY, HOUR);
    expect(slots.length).toBeGreaterThan(25);
    for (const slot of slots) expect(slot.kept).toBe(1);
  });

  it('keeps exactly one save per day that had saves, up to 90 days', () => {
    const slots = groupKept(all, keptIds, finalNow, 7 * DAY, 90 * DAY, DAY);
    expect(slots.length).toBeGreaterThan(55);
    for (const slot of slots) expect(slot.kept).toBe(1);
  });

  it('keeps nothing older than 90 days except the pinned version', () => {
    const old = kept.filter((e) => finalNow - Date.parse(e.takenAt) > 90 * DAY);
    expect(old.map((e) => e.id)).toEqual([pinnedId]);
    expect(keptIds.has(oldSnapshotId)).toBe(false);
  });

  it('keeps an automatic snapshot inside 90 days although it is not the save kept for its day', () => {
    expect(keptIds.has(snapshotId)).toBe(true);
  });

  it('keeps at most 200 versions in all', () => {
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(kept.length).toBeGreaterThan(100);
  });

  it('thinning after every save keeps the same versions as thinning once at the end', () => {
    const once = backupsToKeep(all, new Date(finalNow), DEFAULT_HISTORY_POLICY);
    expect([...once].sort()).toEqual([...keptIds].sort());
  });
});

describe('backupsToKeep, edge cases', () => {
  const now = new Date(Date.UTC(2026, 5, 1, 12));
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('keeps the newest entry even when it is older than every stage', () => {
    const keep = backupsToKeep(
      [
        { id: 'a', takenAt: ago(400 * DAY) },
        { id: 'b', takenAt: ago(300 * DAY) },
      ],
      now,
      DEFAULT_HISTORY_POLICY,
    );
    expect([...keep]).toEqual(['b']);
  });

  it('keeps an entry whose date cannot be read rather than guessing', () => {
    const keep = backupsToKeep(
      [
        { id: 'odd', takenAt: 'not a date' },
        { id: 'b', takenAt: ago(MINUTE) },
      ],
      now,
      DEFAULT_HISTORY_POLICY,
    );
    expect(keep.has('odd')).toBe(true);
  });

  it('follows a changed policy: every save for an hour', () => {
    const policy = { ...DEFAULT_HISTORY_POLICY, keepAllMinutes: 60 };
    const entries = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, takenAt: ago(i * MINUTE) }));
    expect(backupsToKeep(entries, now, policy).size).toBe(60);
    expect(backupsToKeep(entries, now, DEFAULT_HISTORY_POLICY).size).toBeLessThan(25);
  });
});

describe('HistoryPolicySchema', () => {
  it('accepts the defaults', () => {
    expect(HistoryPolicySchema.parse(DEFAULT_HISTORY_POLICY)).toEqual(DEFAULT_HISTORY_POLICY);
  });

  it.each([
    [{ keepAllMinutes: 0 }, 'Keeping every save must be at least 1 minute'],
    [{ keepAllMinutes: 2.5 }, 'Keeping every save must be a whole number of minutes'],
    [{ dailyDays: 5000 }, 'Keeping one save per day can be at most 3650 days'],
    [{ tenMinuteSlotsHours: 1, keepAllMinutes: 90 }, 'One save per 10 minutes must reach further back than every save (90 minutes)'],
    [{ hourlyDays: 1, tenMinuteSlotsHours: 48 }, 'One save per hour must reach further back than one per 10 minutes (48 hours)'],
    [{ dailyDays: 7 }, 'One save per day must reach further back than one per hour (7 days)'],
  ])('refuses %o with a message in words', (change, message) => {
    const result = HistoryPolicySchema.safeParse({ ...DEFAULT_HISTORY_POLICY, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});
