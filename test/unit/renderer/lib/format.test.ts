/** The one formatting module: dates, times, numbers and prices as the user's locale writes them. */
import { describe, expect, it } from 'vitest';
import { clockTime, count, currencyName, decimal, dateAndTime, fileSize, longDate, money } from '../../../../renderer/src/lib/format';
import { currencyNumFmt, currencyOf } from '@shared/model/currency';

// 14:04 on 2 December 2026 in the test's own time zone, so the clock reads 14:04 wherever it runs.
const afternoon = new Date(2026, 11, 2, 14, 4).toISOString();

describe('format in the user locale', () => {
  it('writes British English dates and a 24-hour clock', () => {
    expect(longDate('2026-12-02', 'en-GB')).toBe('2 December 2026');
    expect(clockTime(afternoon, 'en-GB')).toBe('14:04');
    expect(dateAndTime(afternoon, 'en-GB')).toBe('2 Dec 2026, 14:04');
  });

  it('writes American English dates and a 12-hour clock', () => {
    expect(longDate('2026-12-02', 'en-US')).toBe('December 2, 2026');
    expect(clockTime(afternoon, 'en-US')).toMatch(/^2:04\sPM$/);
    expect(dateAndTime(afternoon, 'en-US')).toMatch(/^Dec 2, 2026, 2:04\sPM$/);
  });

  it('leaves what is not a date as it was', () => {
    expect(longDate('soon', 'en-GB')).toBe('soon');
    expect(clockTime('soon', 'en-GB')).toBe('');
  });

  it('groups numbers as the locale does', () => {
    expect(count(1234567, 'en-GB')).toBe('1,234,567');
    expect(count(1234567, 'de-DE')).toBe('1.234.567');
    expect(fileSize(1.5 * 1024 * 1024, 'de-DE')).toBe('1,5 MB');
    expect(decimal(84.5, 2, 'en-GB')).toBe('84.50');
    expect(decimal(84.5, 2, 'de-DE')).toBe('84,50');
  });

  it('writes prices in the tender currency with two decimals', () => {
    expect(money(12_345_050, 'EUR', 'en-GB')).toBe('€123,450.50');
    expect(money(12_345_050, 'GBP', 'en-GB')).toBe('£123,450.50');
    expect(money(12_345_050, 'USD', 'en-US')).toBe('$123,450.50');
    expect(money(12_345_050, 'EUR', 'de-DE')).toBe('123.450,50\u00a0€');
    // Even a currency without minor units keeps the cents the bid was entered with.
    expect(money(100_000, 'JPY', 'en-GB')).toBe('JP¥1,000.00');
    expect(currencyName('GBP', 'en-GB')).toBe('British Pound');
  });

  it('picks the tender currency, then the Settings default, then euros', () => {
    expect(currencyOf({ currency: 'GBP' }, { currency: 'USD' })).toBe('GBP');
    expect(currencyOf({}, { currency: 'USD' })).toBe('USD');
    expect(currencyOf({}, null)).toBe('EUR');
  });

  it('gives spreadsheets a number format with the currency symbol, or the code where it has none', () => {
    expect(currencyNumFmt('EUR')).toBe('[$€]#,##0.00');
    expect(currencyNumFmt('GBP')).toBe('[$£]#,##0.00');
    expect(currencyNumFmt('USD')).toBe('[$$]#,##0.00');
    expect(currencyNumFmt('CHF')).toBe('[$CHF] #,##0.00');
  });
});
