import { parseAmount } from '@shared/model/evaluation';
import { decimal } from '../../lib/format';

/** Cents as an amount with thousands separators and two decimals, the same in every locale: 12345678 -> "123,456.78". */
export function formatCents(cents: number): string {
  const whole = Math.trunc(Math.abs(cents) / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${cents < 0 ? '-' : ''}${whole}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
}

/** Points already rounded by the rules (e.g. 84.5) shown with two decimals; a dash when there are none. */
export function formatPoints(points: number | null | undefined): string {
  return points === null || points === undefined ? '–' : decimal(points);
}

/** A mean of whole-number scores, to two decimals. */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : decimal(Math.round(mean * 100) / 100);
}

/**
 * A bid price as the price field shows it: in the user's locale ("125 000,00" in French) when the
 * shared reading of amounts reads it back to the same cents, else the fixed form above (a locale whose
 * thousands mark is a dot, "125.000,00", would read as a decimal).
 */
export function priceDraft(cents: number): string {
  const shown = decimal(cents / 100, 2);
  const back = parseAmount(shown);
  return back.ok && back.cents === cents ? shown : formatCents(cents);
}
