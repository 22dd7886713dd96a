/**
 * Amounts typed by the user (prices, points): "120000", "120 000", "120,000.50", "99,5". A comma is the
 * decimal mark unless a point is also present, in which case commas group thousands.
 */
export type AmountResult = { ok: true; value: number } | { ok: false; message: string };

export function parseAmount(text: string, options: { allowZero?: boolean; what?: string } = {}): AmountResult {
  const what = options.what ?? 'The amount';
  const raw = text.trim();
  if (raw === '') return { ok: false, message: `${what} is empty.` };
  let body = raw.replace(/[\s\u00a0\u202f'_]/g, '');
  body = body.includes('.') ? body.replace(/,/g, '') : body.replace(',', '.');
  if (!/^[-+\u2212]?(\d+\.?\d*|\.\d+)$/.test(body)) return { ok: false, message: `"${raw.length > 30 ? `${raw.slice(0, 27)}...` : raw}" is not a number.` };
  const value = Number(body.replace('\u2212', '-'));
  if (!Number.isFinite(value)) return { ok: false, message: `${what} is too large.` };
  if (value < 0) return { ok: false, message: `${what} cannot be negative.` };
  if (value === 0 && !options.allowZero) return { ok: false, message: `${what} must be greater than zero.` };
  return { ok: true, value };
}
