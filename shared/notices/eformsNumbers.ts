import { WEIGHT_TOTAL } from '../model/criteria';

/**
 * Turns a percentage as written in a notice ("33.33", "60", "12.50") into integer hundredths of a
 * percentage point (3333, 6000, 1250) exactly, from its digits: no floating point on the way, so
 * 33.33 + 33.33 + 33.34 stays exactly 100. Returns why not when the text is not a plain decimal,
 * has more than two decimals that are not zeros, or lies outside 0 to 100.
 */
export function percentToHundredths(text: string): { ok: true; value: number } | { ok: false; reason: string } {
  const written = text.trim();
  const match = /^\+?(\d*)(?:\.(\d*))?$/.exec(written);
  if (!match || (match[1] === '' && !match[2])) return { ok: false, reason: `“${written.slice(0, 30)}” is not a number` };
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '');
  const decimals = match[2] ?? '';
  if (/[1-9]/.test(decimals.slice(2))) {
    return {
      ok: false,
      reason: `${written} has more than two decimals, and Tenderwright keeps weights to hundredths of a percent; it was not rounded`,
    };
  }
  if (whole.length > 3) return { ok: false, reason: `${written}% is more than 100%` };
  const value = Number(whole || '0') * 100 + Number(decimals.padEnd(2, '0').slice(0, 2));
  if (value > WEIGHT_TOTAL) return { ok: false, reason: `${written}% is more than 100%` };
  return { ok: true, value };
}
