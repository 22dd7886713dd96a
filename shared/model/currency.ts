import { z } from 'zod';
import { t } from '../i18n';

/** Used when neither the tender nor the settings name a currency (files written before either had one). */
export const DEFAULT_CURRENCY = 'EUR';

/** An ISO 4217 alphabetic code such as EUR or GBP. */
export const CurrencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: () => t('messages:validation.currency.format') })
  .refine(
    (code) => {
      try {
        new Intl.NumberFormat('en', { style: 'currency', currency: code });
        return true;
      } catch {
        return false;
      }
    },
    { error: () => t('messages:validation.currency.unknown') },
  );

/** The tender's own currency, else the organisation's default, else euros. */
export function currencyOf(tender: { currency?: string | undefined }, settings?: { currency?: string | undefined } | null): string {
  return tender.currency ?? settings?.currency ?? DEFAULT_CURRENCY;
}

/**
 * The spreadsheet number format of a price in `currency`, two decimals: "[$€]#,##0.00" where the currency has
 * a symbol of its own, "[$CHF] #,##0.00" where its symbol is its code. The bracketed form keeps the symbol text
 * whatever the spreadsheet's own locale, in Excel and LibreOffice alike.
 */
export function currencyNumFmt(currency: string): string {
  const symbol =
    new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'symbol' })
      .formatToParts(1)
      .find((p) => p.type === 'currency')?.value ?? currency;
  return symbol === currency ? `[$${currency}] #,##0.00` : `[$${symbol}]#,##0.00`;
}
