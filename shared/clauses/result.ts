import type { z } from 'zod';
import type { Finding } from './template';

/** The outcome of an operation the user asked for: a value, or a clear message and nothing changed. */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string; findings?: Finding[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(message: string, findings?: Finding[]): Result<T> =>
  findings && findings.length ? { ok: false, message, findings } : { ok: false, message };

/** Turns zod issues into one readable sentence: "title: must not be empty; parameters.0.name: ...". */
export function describeIssues(error: z.ZodError, max = 5): string {
  const parts = error.issues.slice(0, max).map((i) => {
    const path = i.path.length ? i.path.join('.') : '(value)';
    const message = i.code === 'unrecognized_keys' ? `unknown field(s): ${i.keys.join(', ')}` : i.message;
    return `${path}: ${message}`;
  });
  const more = error.issues.length > max ? `; and ${error.issues.length - max} more` : '';
  return parts.join('; ') + more;
}
