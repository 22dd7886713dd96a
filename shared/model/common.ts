import { z } from 'zod';
import { en as zodEnglish, es as zodSpanish, fr as zodFrench } from 'zod/v4/locales';
import { i18n, t } from '../i18n';

/** Limits that keep a pasted novel or a runaway payload out of the workspace. */
export const LIMITS = {
  id: 64,
  shortText: 300,
  longText: 20_000,
  lots: 50,
} as const;

// zod's own messages (wrong type, missing field) follow the user's language like ours do.
const ZOD_LOCALES: Record<string, () => Parameters<typeof z.config>[0]> = { en: zodEnglish, fr: zodFrench, es: zodSpanish };
const followLanguage = (language: string) => z.config((ZOD_LOCALES[language] ?? zodEnglish)());
followLanguage(i18n.language);
i18n.on('languageChanged', followLanguage);

/** A field's name in the user's language, read when a message is made. */
export type FieldLabel = () => string;

export const IdSchema = z
  .string()
  .min(1, { error: () => t('messages:validation.id.empty') })
  .max(LIMITS.id, { error: () => t('messages:validation.id.tooLong', { max: LIMITS.id }) })
  .regex(/^[A-Za-z0-9_-]+$/, { error: () => t('messages:validation.id.characters') });

/** "<field> must be at most <max> characters", in the user's language at parse time. */
export const tooLong = (label: FieldLabel, max: number) => () => t('messages:validation.tooLong', { field: label(), max });

export const shortText = (label: FieldLabel) => z.string().max(LIMITS.shortText, { error: tooLong(label, LIMITS.shortText) });

export const longText = (label: FieldLabel) => z.string().max(LIMITS.longText, { error: tooLong(label, LIMITS.longText) });

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
