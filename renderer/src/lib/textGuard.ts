import { LIMITS } from '@shared/model/common';
import { count } from './format';

/**
 * Huge pasted text: refused before it reaches the tender, with a message that says so, and the text
 * that was there before stays. Returns the message, or null when the text fits.
 */
export function tooLongMessage(text: string, limit: number = LIMITS.longText, what = 'This text'): string | null {
  if (text.length <= limit) return null;
  return `${what} would be ${count(text.length)} characters; at most ${count(limit)} fit here. The pasted text was not taken and your previous text is kept.`;
}
