import { LIMITS } from '@shared/model/common';

/**
 * Huge pasted text: refused before it reaches the tender, with a message that says so, and the text
 * that was there before stays. Returns the message, or null when the text fits.
 */
export function tooLongMessage(text: string, limit: number = LIMITS.longText, what = 'This text'): string | null {
  if (text.length <= limit) return null;
  return `${what} would be ${text.length.toLocaleString('en')} characters; at most ${limit.toLocaleString('en')} fit here. The pasted text was not taken and your previous text is kept.`;
}

/** Today as YYYY-MM-DD in the user's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "1 March 2027" from YYYY-MM-DD, written out so it cannot be misread. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
