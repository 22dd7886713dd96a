import { z } from 'zod';

/**
 * How long the saves of a tender are kept, by age rather than by count: every save while it is
 * recent, then fewer and fewer (one per 10 minutes, per hour, per day), then none.
 */
export interface HistoryPolicy {
  /** Every save younger than this is kept. */
  keepAllMinutes: number;
  /** Beyond that and up to this age, one save per 10-minute slot. */
  tenMinuteSlotsHours: number;
  /** Then, up to this age, one save per hour. */
  hourlyDays: number;
  /** Then, up to this age, one save per day; older saves (and automatic snapshots) go. */
  dailyDays: number;
}

export const DEFAULT_HISTORY_POLICY: HistoryPolicy = { keepAllMinutes: 15, tenMinuteSlotsHours: 24, hourlyDays: 7, dailyDays: 90 };

export const HISTORY_POLICY_LIMITS = {
  keepAllMinutes: { min: 1, max: 24 * 60 },
  tenMinuteSlotsHours: { min: 1, max: 30 * 24 },
  hourlyDays: { min: 1, max: 365 },
  dailyDays: { min: 1, max: 10 * 365 },
} as const satisfies Record<keyof HistoryPolicy, { min: number; max: number }>;

const whole = (what: string, unit: string, { min, max }: { min: number; max: number }) =>
  z
    .number({ error: `${what} must be a number of ${unit}` })
    .int(`${what} must be a whole number of ${unit}`)
    .min(min, `${what} must be at least ${min} ${min === 1 ? unit.replace(/s$/, '') : unit}`)
    .max(max, `${what} can be at most ${max} ${unit}`);

export const HistoryPolicySchema = z
  .object({
    keepAllMinutes: whole('Keeping every save', 'minutes', HISTORY_POLICY_LIMITS.keepAllMinutes),
    tenMinuteSlotsHours: whole('Keeping one save per 10 minutes', 'hours', HISTORY_POLICY_LIMITS.tenMinuteSlotsHours),
    hourlyDays: whole('Keeping one save per hour', 'days', HISTORY_POLICY_LIMITS.hourlyDays),
    dailyDays: whole('Keeping one save per day', 'days', HISTORY_POLICY_LIMITS.dailyDays),
  })
  .strict()
  .superRefine((policy, ctx) => {
    // Each stage must reach further back than the one before, or it would keep nothing.
    if (policy.tenMinuteSlotsHours * 60 <= policy.keepAllMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['tenMinuteSlotsHours'],
        message: `One save per 10 minutes must reach further back than every save (${policy.keepAllMinutes} minutes)`,
      });
    }
    if (policy.hourlyDays * 24 <= policy.tenMinuteSlotsHours) {
      ctx.addIssue({
        code: 'custom',
        path: ['hourlyDays'],
        message: `One save per hour must reach further back than one per 10 minutes (${policy.tenMinuteSlotsHours} hours)`,
      });
    }
    if (policy.dailyDays <= policy.hourlyDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['dailyDays'],
        message: `One save per day must reach further back than one per hour (${policy.hourlyDays} days)`,
      });
    }
  });
