/**
 * Amounts typed in the criteria screens (prices, points), as numbers with messages for the form.
 * The text is read by shared/model/decimal, like bid prices (which become exact cents instead).
 */
import { quoteTyped, readDecimal } from '../model/decimal';

export type AmountResult = { ok: true; value: number } | { ok: false; message: string };

export function parseAmount(text: string, options: { allowZero?: boolean; what?: string } = {}): AmountResult {
  const what = options.what ?? 'The amount';
  const reading = readDecimal(text);
  if (!reading.ok) return { ok: false, message: reading.empty ? `${what} is empty.` : `${quoteTyped(text)} is not a number.` };
  const magnitude = Number(`${reading.whole}.${reading.fraction || '0'}`);
  if (!Number.isFinite(magnitude)) return { ok: false, message: `${what} is too large.` };
  if (reading.negative && magnitude !== 0) return { ok: false, message: `${what} cannot be negative.` };
  if (magnitude === 0 && !options.allowZero) return { ok: false, message: `${what} must be greater than zero.` };
  return { ok: true, value: magnitude };
}
