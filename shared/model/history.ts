import { z } from 'zod';
import { t } from '../i18n';

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

/** One message per stage and unit, so each language words its own amounts. */
interface StageMessages {
  number: () => string;
  whole: () => string;
  atLeast: (count: number) => string;
  atMost: (count: number) => string;
}

const whole = (messages: StageMessages, { min, max }: { min: number; max: number }) =>
  z
    .number({ error: messages.number })
    .int({ error: messages.whole })
    .min(min, { error: () => messages.atLeast(min) })
    .max(max, { error: () => messages.atMost(max) });

const STAGE_MESSAGES = {
  keepAllMinutes: {
    number: () => t('messages:validation.history.keepAll.number'),
    whole: () => t('messages:validation.history.keepAll.whole'),
    atLeast: (n) => t('messages:validation.history.keepAll.atLeast', { count: n }),
    atMost: (n) => t('messages:validation.history.keepAll.atMost', { count: n }),
  },
  tenMinuteSlotsHours: {
    number: () => t('messages:validation.history.tenMinutes.number'),
    whole: () => t('messages:validation.history.tenMinutes.whole'),
    atLeast: (n) => t('messages:validation.history.tenMinutes.atLeast', { count: n }),
    atMost: (n) => t('messages:validation.history.tenMinutes.atMost', { count: n }),
  },
  hourlyDays: {
    number: () => t('messages:validation.history.hourly.number'),
    whole: () => t('messages:validation.history.hourly.whole'),
    atLeast: (n) => t('messages:validation.history.hourly.atLeast', { count: n }),
    atMost: (n) => t('messages:validation.history.hourly.atMost', { count: n }),
  },
  dailyDays: {
    number: () => t('messages:validation.history.daily.number'),
    whole: () => t('messages:validation.history.daily.whole'),
    atLeast: (n) => t('messages:validation.history.daily.atLeast', { count: n }),
    atMost: (n) => t('messages:validation.history.daily.atMost', { count: n }),
  },
} satisfies Record<string, StageMessages>;

export const HistoryPolicySchema = z
  .object({
    keepAllMinutes: whole(STAGE_MESSAGES.keepAllMinutes, HISTORY_POLICY_LIMITS.keepAllMinutes),
    tenMinuteSlotsHours: whole(STAGE_MESSAGES.tenMinuteSlotsHours, HISTORY_POLICY_LIMITS.tenMinuteSlotsHours),
    hourlyDays: whole(STAGE_MESSAGES.hourlyDays, HISTORY_POLICY_LIMITS.hourlyDays),
    dailyDays: whole(STAGE_MESSAGES.dailyDays, HISTORY_POLICY_LIMITS.dailyDays),
  })
  .strict()
  .superRefine((policy, ctx) => {
    // Each stage must reach further back than the one before, or it would keep nothing.
    if (policy.tenMinuteSlotsHours * 60 <= policy.keepAllMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['tenMinuteSlotsHours'],
        message: t('messages:validation.history.tenMinutesFurther', { count: policy.keepAllMinutes }),
      });
    }
    if (policy.hourlyDays * 24 <= policy.tenMinuteSlotsHours) {
      ctx.addIssue({
        code: 'custom',
        path: ['hourlyDays'],
        message: t('messages:validation.history.hourlyFurther', { count: policy.tenMinuteSlotsHours }),
      });
    }
    if (policy.dailyDays <= policy.hourlyDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['dailyDays'],
        message: t('messages:validation.history.dailyFurther', { count: policy.hourlyDays }),
      });
    }
  });
