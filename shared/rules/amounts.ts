/**
 * Amounts typed by the user (prices, points): "120000", "120 000", "120,000", "120,000.50", "99,5".
 * Commas group thousands when a point is also present or when every comma is followed by exactly
 * three digits ("1,250,000"); otherwise a single comma is the decimal mark ("99,5").
 */
export type AmountResult = { ok: true; value: number } | { ok: false; message: string };

export function parseAmount(text: string, options: { allowZero?: boolean; what?: string } = {}): AmountResult {
  const what = options.what ?? 'The amount';
  const raw = text.trim();
  if (raw === '') return { ok: false, message: `${what} is empty.` };
  let body = raw.replace(/[\s\u00a0\u202f'_]/g, '');
  const groupsThousands = body.includes('.') || /^[-+\u2212]?\d{1,3}(,\d{3})+$/.test(body);
  body = groupsThousands ? body.replace(/,/g, '') : body.replace(',', '.');
  if (!/^[-+\u2212]?(\d+\.?\d*|\.\d+)$/.test(body)) return { ok: false, message: `"${raw.length > 30 ? `${raw.slice(0, 27)}...` : raw}" is not a number.` };
  const value = Number(body.replace('\u2212', '-'));
  if (!Number.isFinite(value)) return { ok: false, message: `${what} is too large.` };
  if (value < 0) return { ok: false, message: `${what} cannot be negative.` };
  if (value === 0 && !options.allowZero) return { ok: false, message: `${what} must be greater than zero.` };
  return { ok: true, value };
}
