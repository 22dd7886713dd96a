/**
 * Every date, time, number and price the app shows goes through here, in the user's locale: the
 * operating system's (the page's navigator.languages, which Electron fills from the system) when it
 * is in the language the screens speak, else that language's usual one. en-GB reads "14:04" and
 * "2 December 2026", en-US "2:04 PM" and "December 2, 2026", fr-BE "14:04" and "2 décembre 2026".
 * Each function takes the locale as a last, optional argument so tests can pin it.
 */
import { currentLanguage, t } from '@shared/i18n';
import { DEFAULT_LOCALE } from '@shared/model/language';

/**
 * The user's locale: the first of the page's languages in the screens' language that the runtime
 * knows (fr-BE for a French screen on a Belgian system), else that language's default locale, so a
 * French screen on an English system still writes "2 décembre 2026".
 */
function userLocale(): string {
  const language = currentLanguage();
  const wanted = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language].filter(Boolean);
  for (const tag of wanted) {
    if (tag.toLowerCase().split(/[-_]/)[0] !== language) continue;
    try {
      const [known] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
      if (known) return known;
    } catch {
      // A malformed tag: try the next one.
    }
  }
  return DEFAULT_LOCALE[language];
}

/** Builds each formatter once per locale and options: Intl constructors are slow enough to matter in long tables. */
function cached<T, O>(make: (locale: string, options: O) => T): (options: O, locale?: string) => T {
  const made = new Map<string, T>();
  return (options, locale = userLocale()) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) made.set(key, (formatter = make(locale, options)));
    return formatter;
  };
}

const dates = cached((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
const numbers = cached((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
const relatives = cached((locale, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options));

const parsed = (iso: string): Date | null => {
  const then = new Date(iso);
  return Number.isNaN(then.getTime()) ? null : then;
};

/** "just now", "5 minutes ago", "yesterday", then a plain date for anything older than a week. */
export function humanDate(iso: string, now = Date.now(), locale?: string): string {
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return t('common:format.unknownDate');
  const relative = relatives({ numeric: 'auto' }, locale);
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return t('common:format.justNow');
  if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86_400) return relative.format(Math.round(seconds / 86_400), 'day');
  return dates({ day: 'numeric', month: 'short', year: 'numeric' }, locale).format(then);
}

/** The full date and time, for a tooltip or title attribute. */
export function fullDate(iso: string, locale?: string): string {
  const then = parsed(iso);
  return then ? dates({ dateStyle: 'full', timeStyle: 'short' }, locale).format(then) : iso;
}

/** The time of day: "14:04" in en-GB, "2:04 PM" in en-US. */
export function clockTime(iso: string, locale?: string): string {
  const then = parsed(iso);
  return then ? dates({ timeStyle: 'short' }, locale).format(then) : '';
}

/** The date and time in the user's own locale, e.g. "3 Dec 2026, 14:05". */
export function dateAndTime(iso: string, locale?: string): string {
  const then = parsed(iso);
  return then ? dates({ dateStyle: 'medium', timeStyle: 'short' }, locale).format(then) : iso;
}

/** "512 bytes", "38 KB", "1.4 MB": disk space as people read it. */
export function fileSize(bytes: number, locale?: string): string {
  if (bytes < 1024) return t('common:format.bytes', { count: bytes });
  const units = [t('common:format.kb'), t('common:format.mb'), t('common:format.gb'), t('common:format.tb')];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numbers({ maximumFractionDigits: 1 }, locale).format(value)} ${units[unit]}`;
}

/** Today as YYYY-MM-DD in the user's own time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2 December 2026" (en-GB) or "December 2, 2026" (en-US) from YYYY-MM-DD: the month written out so it cannot be misread. */
export function longDate(iso: string, locale?: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dates({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }, locale).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A count with the locale's grouping: "12,345" in en-GB, "12.345" in de-DE. */
export function count(n: number, locale?: string): string {
  return numbers({ maximumFractionDigits: 0 }, locale).format(n);
}

/** A price held in cents, in the tender's ISO 4217 currency, always with two decimals: "€1,234.50", "$1,234.50". */
export function money(cents: number, currency: string, locale?: string): string {
  return amount(cents / 100, currency, locale);
}

/** An amount (not cents) in `currency` with two decimals, e.g. a simulator's sample price. */
function amount(value: number, currency: string, locale?: string): string {
  return numbers({ style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }, locale).format(value);
}

/** "Euro", "British Pound": a currency's name in the user's language, for pickers; the code when it has none. */
export function currencyName(code: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale ?? userLocale(), { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Points and other measured values with a fixed number of decimals, in the locale's decimal mark: "84.50", "84,50". */
export function decimal(value: number, digits = 2, locale?: string): string {
  return numbers({ minimumFractionDigits: digits, maximumFractionDigits: digits }, locale).format(value);
}
