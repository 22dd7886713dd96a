/**
 * Which backups of a tender to keep, by age: every save of the last minutes, then one per 10-minute
 * slot, one per hour, one per day, then none. Pure: the clock is passed in, so tests can walk through
 * 90 days in a moment.
 */
import type { HistoryPolicy } from '../model/history';

export interface RetainedEntry {
  id: string;
  /** When the backup was taken (ISO). */
  takenAt: string;
  /** A named version the user pinned: kept until unpinned. */
  pinned?: boolean;
  /** An automatic snapshot (before an export or import): kept like a pin until the daily stage ends. */
  snapshot?: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface Stage {
  /** Ages up to this (inclusive) fall in the stage. */
  until: number;
  /** Slot length: the newest entry of each slot is kept; 0 keeps every entry. */
  slot: number;
}

function stagesOf(policy: HistoryPolicy): Stage[] {
  return [
    { until: policy.keepAllMinutes * MINUTE, slot: 0 },
    { until: policy.tenMinuteSlotsHours * HOUR, slot: 10 * MINUTE },
    { until: policy.hourlyDays * DAY, slot: HOUR },
    { until: policy.dailyDays * DAY, slot: DAY },
  ];
}

/**
 * The ids to keep. Slots are fixed spans of the calendar (UTC), not measured from `now`, so an entry
 * kept once stays the one kept for its slot as time moves on. Entries with unreadable dates are kept:
 * nothing is deleted on a guess.
 */
export function backupsToKeep(entries: readonly RetainedEntry[], now: Date, policy: HistoryPolicy): Set<string> {
  const nowMs = now.getTime();
  const stages = stagesOf(policy);
  const keep = new Set<string>();
  let newest: { id: string; at: number } | undefined;
  // Per stage and slot, the newest entry seen so far.
  const slotWinners = new Map<string, { id: string; at: number }>();
  for (const entry of entries) {
    const at = Date.parse(entry.takenAt);
    if (Number.isNaN(at)) {
      keep.add(entry.id);
      continue;
    }
    if (!newest || at > newest.at) newest = { id: entry.id, at };
    const age = nowMs - at;
    if (entry.pinned) keep.add(entry.id);
    if (entry.snapshot && age <= policy.dailyDays * DAY) keep.add(entry.id);
    const stageIndex = stages.findIndex((stage) => age <= stage.until);
    if (stageIndex < 0) continue;
    const stage = stages[stageIndex]!;
    if (stage.slot === 0) {
      keep.add(entry.id);
      continue;
    }
    const key = `${stageIndex}:${Math.floor(at / stage.slot)}`;
    const winner = slotWinners.get(key);
    if (!winner || at > winner.at || (at === winner.at && entry.id > winner.id)) slotWinners.set(key, { id: entry.id, at });
  }
  for (const winner of slotWinners.values()) keep.add(winner.id);
  // The newest is the current save: it is never thinned away, whatever its age.
  if (newest) keep.add(newest.id);
  return keep;
}
