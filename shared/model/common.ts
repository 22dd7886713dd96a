import { z } from 'zod';

/** Limits that keep a pasted novel or a runaway payload out of the workspace. */
export const LIMITS = {
  id: 64,
  shortText: 300,
  longText: 20_000,
  lots: 50,
} as const;

export const IdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(/^[A-Za-z0-9_-]+$/, 'may contain only letters, digits, "-" and "_"');

export const shortText = (label: string) => z.string().max(LIMITS.shortText, `${label} must be at most ${LIMITS.shortText} characters`);

export const longText = (label: string) => z.string().max(LIMITS.longText, `${label} must be at most ${LIMITS.longText} characters`);

export const IsoDateTimeSchema = z.string().datetime({ offset: true });

/** Short random id, safe in file names. Uses Web Crypto, available in Node 20 and browsers. */
export function newId(prefix = ''): string {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  const text = Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 14);
  return prefix ? `${prefix}-${text}` : text;
}
