import { LIMITS } from '@shared/model/common';
import { t } from '@shared/i18n';
import { count } from './format';

/**
 * Huge pasted text: refused before it reaches the tender, with a message that says so, and the text
 * that was there before stays. Returns the message, or null when the text fits.
 */
export function tooLongMessage(text: string, limit: number = LIMITS.longText, what?: string): string | null {
  if (text.length <= limit) return null;
  const values = { what, length: count(text.length), limit: count(limit) };
  return what ? t('common:textGuard.tooLong', values) : t('common:textGuard.textTooLong', values);
}
