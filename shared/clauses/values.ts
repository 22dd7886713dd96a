/**
 * One parameter value checked against its declaration and written as the contract shows it. Messages
 * name the parameter by its label: the key is what the clause text uses, not what the user sees.
 */
import { CLAUSE_LIMITS, isCalendarDate, type ParameterDef, type ParameterValue, type ParameterValues } from '../model/clauses';

export const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

export function readValue(values: ParameterValues, name: string): ParameterValue | undefined {
  return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
}

/** A parameter as the user knows it: by its label, never by the key the clause text uses. */
export const describe = (p: ParameterDef) => p.label.trim() || 'This parameter';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Writes a YYYY-MM-DD date the way a contract does: "1 March 2027". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m as number) - 1]} ${y}`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

export type ValueCheck =
  | { ok: true; text: string; value: ParameterValue }
  | { ok: false; missing: true }
  | { ok: false; missing: false; message: string; fix: string };

/** Validates one value against its declaration and gives the text it renders as. */
export function checkValue(p: ParameterDef, value: ParameterValue | undefined): ValueCheck {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return { ok: false, missing: true };
  switch (p.type) {
    case 'number': {
      let n: number;
      if (typeof value === 'number') n = value;
      else {
        const t = value.trim();
        if (!/^-?\d+(\.\d+)?$/.test(t)) {
          return {
            ok: false,
            missing: false,
            message: `${describe(p)} must be a number, but "${clip(value)}" is not a number.`,
            fix: `Enter digits only${p.unit ? ` (in ${p.unit})` : ''}, e.g. ${p.default ?? p.min ?? 30}.`,
          };
        }
        n = Number(t);
      }
      if (!Number.isFinite(n)) {
        return { ok: false, missing: false, message: `${describe(p)} must be a finite number.`, fix: 'Enter an ordinary number.' };
      }
      if (p.integer && !Number.isInteger(n)) {
        return {
          ok: false,
          missing: false,
          message: `${describe(p)} must be a whole number; ${n} is not.`,
          fix: `Round it to a whole number.`,
        };
      }
      if (p.min !== undefined && n < p.min) {
        return {
          ok: false,
          missing: false,
          message: `${describe(p)} is ${n}, below the minimum of ${p.min}.`,
          fix: `Enter ${p.min} or more.`,
        };
      }
      if (p.max !== undefined && n > p.max) {
        return {
          ok: false,
          missing: false,
          message: `${describe(p)} is ${n}, above the maximum of ${p.max}.`,
          fix: `Enter ${p.max} or less.`,
        };
      }
      return { ok: true, text: formatNumber(n), value: n };
    }
    case 'text': {
      const text = typeof value === 'number' ? formatNumber(value) : value;
      const max = p.maxLength ?? CLAUSE_LIMITS.textValue;
      if (text.length > max) {
        return {
          ok: false,
          missing: false,
          message: `${describe(p)} is ${text.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')} are allowed.`,
          fix: 'Shorten it, or edit the clause text itself for longer wording.',
        };
      }
      return { ok: true, text: text.trim(), value: text };
    }
    case 'choice': {
      const option = p.options.find((o) => o.value === value);
      if (!option) {
        return {
          ok: false,
          missing: false,
          message: `${describe(p)} is "${clip(String(value))}", which is not one of its options.`,
          fix: `Choose one of: ${p.options.map((o) => o.label).join('; ')}.`,
        };
      }
      return { ok: true, text: option.text ?? option.label, value: option.value };
    }
    case 'date': {
      if (typeof value !== 'string' || !isCalendarDate(value.trim())) {
        return {
          ok: false,
          missing: false,
          message: `${describe(p)} must be a date written YYYY-MM-DD; "${clip(String(value))}" is not.`,
          fix: 'Pick a date, e.g. 2027-03-01.',
        };
      }
      return { ok: true, text: formatDate(value.trim()), value: value.trim() };
    }
  }
}
