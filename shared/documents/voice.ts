/**
 * How a tender's documents speak: its language (for every heading and sentence the exporters write)
 * and its locale (for numbers, dates and prices), whatever language the screens are in.
 */
import type { TFunction } from 'i18next';
import { tFor } from '../i18n';
import { DEFAULT_LOCALE, languageOf, localeOf, type Language } from '../model/language';

export interface DocumentVoice {
  language: Language;
  /** BCP 47 locale of issue, e.g. fr-BE: Word's proofing language and the number and date formats. */
  locale: string;
  /** The currency prices are written in; absent where a document names none (prices then show as plain numbers). */
  currency?: string;
  /** t() in the tender's language, for the documents namespace. */
  t: TFunction;
  /** A number with up to two decimals: "1,250,000" (en-GB), "1 250 000" (fr-FR). */
  amount(value: number): string;
  /** A price in the tender's currency: "EUR 12,345.50" (en-GB), "12 345,50 EUR" (fr-FR); a plain amount without a currency. */
  price(value: number): string;
  /** Hundredths of a point as points with two decimals: 3000 -> "30.00" / "30,00". */
  points(hundredths: number): string;
  /** Hundredths of a point as a percentage of 100 points: 3000 -> "30.00%" / "30,00 %". */
  percent(hundredths: number): string;
  /** An ISO date (yyyy-mm-dd) in words: "1 May 2026", "1 mai 2026", "1 de mayo de 2026". */
  date(iso: string): string;
}

const cache = new Map<string, DocumentVoice>();

export function voiceFor(language: Language, locale: string = DEFAULT_LOCALE[language], currency?: string): DocumentVoice {
  const key = `${language}|${locale}|${currency ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = currency ? new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'code' }) : undefined;
  const points = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: false,
  });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // Integers divided by 100 keep the two decimals exact, as formatWeight does with integer arithmetic.
  const voice: DocumentVoice = {
    language,
    locale,
    ...(currency ? { currency } : {}),
    t: tFor(language, 'documents'),
    amount: (value) => amount.format(value),
    price: (value) => (money ?? amount).format(value),
    points: (hundredths) => points.format(Math.round(hundredths) / 100),
    percent: (hundredths) => percent.format(Math.round(hundredths) / 10000),
    date: (iso) => {
      const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
      return date.format(new Date(Date.UTC(y, (m || 1) - 1, d || 1)));
    },
  };
  cache.set(key, voice);
  return voice;
}

/** The voice of a tender's documents: its language and locale, and the currency its prices are in. */
export function voiceOf(tender: { language?: Language | undefined; locale?: string | undefined }, currency?: string): DocumentVoice {
  return voiceFor(languageOf(tender), localeOf(tender), currency);
}

/** Documents written without a tender (and tenders from before languages): English, British formats. */
export const ENGLISH = voiceFor('en');
