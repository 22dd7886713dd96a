/** A calendar date written YYYY-MM-DD, as clause parameters, answers and disclosures store it. */
import { z } from 'zod';
import { t } from '../i18n';

export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => t('messages:validation.clauses.dateFormat') })
  .refine(isCalendarDate, { error: () => t('messages:validation.clauses.realDate') });

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
