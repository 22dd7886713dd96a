/**
 * Amounts typed by the user (prices, points): "120000", "120 000", "120,000", "120,000.50", "99,5".
 * Commas group thousands when a point is also present or when every comma is followed by exactly
 * three digits ("1,250,000"); otherwise a single comma is the decimal mark ("99,5"). Shared by the
 * criteria screens (shared/rules/amounts) and bid prices in cents (shared/model/evaluation).
 */
/** An amount's digits as typed, before any arithmetic: "1 250,5" -> whole "1250", fraction "5". */
export type DecimalReading = { ok: true; negative: boolean; whole: string; fraction: string } | { ok: false; empty: boolean };

/**
 * Reads the text of an amount the one way every screen reads it (the rules above), without turning
 * it into a floating-point number, so prices can be converted to cents exactly.
 */
export function readDecimal(text: string): DecimalReading {
  let body = text.trim().replace(/[\s\u00a0\u202f'_]/g, '');
  if (body === '') return { ok: false, empty: true };
  const groupsThousands = body.includes('.') || /^[-+\u2212]?\d{1,3}(,\d{3})+$/.test(body);
  body = groupsThousands ? body.replace(/,/g, '') : body.replace(',', '.');
  const match = /^([-+\u2212]?)(\d*)(?:\.(\d*))?$/.exec(body);
  if (!match || (match[2] === '' && !match[3])) return { ok: false, empty: false };
  return { ok: true, negative: match[1] === '-' || match[1] === '\u2212', whole: match[2] || '0', fraction: match[3] ?? '' };
}

/** Quotes what the user typed in a message, shortened when long. */
export function quoteTyped(text: string): string {
  const raw = text.trim();
  return `"${raw.length > 30 ? `${raw.slice(0, 27)}...` : raw}"`;
}
