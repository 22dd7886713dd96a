import { LIMITS } from '../model/common';
import {
  PARAMETER_TYPES,
  type ClauseSnapshot,
  type ClauseTemplate,
  type ParameterDef,
  type ParameterType,
  type ParameterValues,
} from '../model/clauses';
import { checkValue, clip, describe, readValue } from './values';
import { hasBlockingFindings, type BaseFinding } from '../rules/findings';

export { checkValue, formatDate, type ValueCheck } from './values';

/*
 * The clause template engine. Plain text in, plain text out:
 *   {{name}} or {{name:type}}   a placeholder for a declared parameter (type: number, text, choice, date)
 *   \{{                         a literal "{{"
 * Nothing is escaped or interpreted beyond that: "&", "<", quotes and a filled value's own "{{" come out
 * exactly as written. Values are looked up in maps built from the declarations, never on plain objects,
 * so names like __proto__ or constructor are simply unknown.
 */

export type Severity = 'error' | 'warning';

export type FindingCode =
  'syntax' | 'unknown-placeholder' | 'type-mismatch' | 'unfilled' | 'invalid-value' | 'too-long' | 'unused-parameter' | 'invalid-default';

export interface Finding extends BaseFinding<Severity> {
  code: FindingCode;
  /** The clause instance (or template) the finding belongs to. */
  clauseId: string;
  /** The parameter or placeholder name, when there is one. */
  parameter?: string;
  /** What the user can do about it. */
  fix: string;
}

/** True while any error remains: exports must refuse. */
export const hasErrors: (findings: readonly Finding[]) => boolean = hasBlockingFindings;

/** `buyer` and `supplier` are declared for every clause; a template may redeclare them. */
export const STANDARD_PARAMETERS: readonly ParameterDef[] = [
  {
    name: 'buyer',
    type: 'text',
    label: 'Buying organisation',
    help: 'The contracting authority as named in the contract; usually the tender’s buying organisation.',
    default: 'the Contracting Authority',
  },
  {
    name: 'supplier',
    type: 'text',
    label: 'Supplier',
    help: 'How the contract names the supplier, e.g. "the Supplier" or the company’s name.',
    default: 'the Supplier',
  },
];

/** Longest text between "{{" and "}}" that still counts as a placeholder. */
const MAX_PLACEHOLDER_INNER = 100;
const PLACEHOLDER_INNER = /^\s*([A-Za-z_$][A-Za-z0-9_$]*)\s*(?::\s*([A-Za-z]+)\s*)?$/;

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; name: string; type?: ParameterType; raw: string; start: number }
  | { kind: 'invalid'; raw: string; start: number; reason: string };

/** Splits a template text into literal text, placeholders and malformed placeholder syntax. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flush = () => {
    if (text) tokens.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < source.length) {
    if (source.startsWith('\\{{', i)) {
      text += '{{';
      i += 3;
      continue;
    }
    if (!source.startsWith('{{', i)) {
      const next = source.indexOf('{{', i + 1);
      const slash = source.indexOf('\\{{', i + 1);
      const stops = [next, slash].filter((n) => n !== -1);
      const end = stops.length ? Math.min(...stops) : source.length;
      text += source.slice(i, end);
      i = end;
      continue;
    }
    flush();
    const close = source.indexOf('}}', i + 2);
    if (close === -1) {
      tokens.push({ kind: 'invalid', raw: source.slice(i), start: i, reason: 'opens "{{" without a closing "}}"' });
      return tokens;
    }
    const inner = source.slice(i + 2, close);
    const raw = source.slice(i, close + 2);
    const match = inner.length <= MAX_PLACEHOLDER_INNER ? PLACEHOLDER_INNER.exec(inner) : null;
    if (!match || inner.includes('{{')) {
      tokens.push({ kind: 'invalid', raw, start: i, reason: `"${clip(raw)}" is not a placeholder; write {{name}} or {{name:type}}` });
    } else {
      const name = match[1] as string;
      const typeText = match[2];
      if (typeText !== undefined && !(PARAMETER_TYPES as readonly string[]).includes(typeText)) {
        tokens.push({
          kind: 'invalid',
          raw,
          start: i,
          reason: `"${clip(raw)}" names the unknown type "${clip(typeText, 20)}"; use ${PARAMETER_TYPES.join(', ')}`,
        });
      } else {
        tokens.push({ kind: 'placeholder', name, type: typeText as ParameterType | undefined, raw, start: i });
      }
    }
    i = close + 2;
  }
  flush();
  return tokens;
}

export interface PlaceholderUse {
  name: string;
  type?: ParameterType;
}

/** The distinct placeholders a text uses, in order of first appearance. */
export function parsePlaceholders(source: string): PlaceholderUse[] {
  const seen = new Map<string, PlaceholderUse>();
  for (const t of tokenize(source)) {
    if (t.kind === 'placeholder' && !seen.has(t.name)) seen.set(t.name, { name: t.name, type: t.type });
  }
  return [...seen.values()];
}

/** Declarations in force for a clause: the standard ones, overridden by the clause's own. */
export function declaredParameters(parameters: readonly ParameterDef[]): Map<string, ParameterDef> {
  const map = new Map<string, ParameterDef>();
  for (const p of STANDARD_PARAMETERS) map.set(p.name, p);
  for (const p of parameters) map.set(p.name, p);
  return map;
}

/** Values to start a new clause with: each parameter's default, then the given overrides. */
export function defaultValues(parameters: readonly ParameterDef[], overrides: ParameterValues = {}): ParameterValues {
  const values: ParameterValues = Object.create(null) as ParameterValues;
  for (const p of declaredParameters(parameters).values()) {
    if (p.default !== undefined) values[p.name] = p.default;
  }
  for (const [name, value] of Object.entries(overrides)) {
    if (name !== '__proto__') values[name] = value;
  }
  return { ...values };
}

/** Checks a pasted or edited text against the size limit; null when it fits. */
export function checkTextLength(text: string, clauseId: string, where = 'The clause text'): Finding | null {
  if (text.length <= LIMITS.longText) return null;
  return {
    id: `${clauseId}:too-long:${where}`,
    severity: 'error',
    code: 'too-long',
    clauseId,
    message: `${where} is ${text.length.toLocaleString('en')} characters; Tenderwright accepts at most ${LIMITS.longText.toLocaleString('en')} characters per text.`,
    fix: 'Shorten it or split it into sub-clauses. Your text has not been discarded.',
  };
}

export type Segment =
  { kind: 'text'; text: string } | { kind: 'value'; name: string; text: string } | { kind: 'missing'; name: string; text: string };

export interface RenderedText {
  text: string;
  segments: Segment[];
}

/** Where a text sits in a clause, for messages: "title", "text", "sub-clause 2", "sub-clause 2 (a)". */
export interface TextPart {
  where: string;
  source: string;
}

export interface TextResolution {
  /** Rendered text per usable parameter. */
  resolved: Map<string, string>;
  findings: Finding[];
}

/**
 * Checks every placeholder of the given texts against the declarations and values. One finding per
 * problem and name, however often the placeholder appears.
 */
export function resolveParameters(
  parts: readonly TextPart[],
  parameters: readonly ParameterDef[],
  values: ParameterValues,
  clauseId: string,
): TextResolution {
  const declared = declaredParameters(parameters);
  const findings: Finding[] = [];
  const resolved = new Map<string, string>();
  const reported = new Set<string>();
  const once = (key: string, f: Omit<Finding, 'id'>) => {
    if (reported.has(key)) return;
    reported.add(key);
    findings.push({ id: `${clauseId}:${key}`, ...f });
  };
  const available = [...declared.keys()].join(', ');

  for (const part of parts) {
    const tooLong = checkTextLength(part.source, clauseId, `The ${part.where}`);
    if (tooLong) findings.push(tooLong);
    for (const t of tokenize(part.source)) {
      if (t.kind === 'invalid') {
        once(`syntax:${part.where}:${t.start}`, {
          severity: 'error',
          code: 'syntax',
          clauseId,
          message: `In the ${part.where}: ${t.reason}.`,
          fix: 'Correct the placeholder, or write \\{{ for literal braces.',
        });
        continue;
      }
      if (t.kind !== 'placeholder') continue;
      const def = declared.get(t.name);
      if (!def) {
        once(`unknown:${t.name}`, {
          severity: 'error',
          code: 'unknown-placeholder',
          clauseId,
          parameter: t.name,
          message: `The placeholder {{${clip(t.name)}}} does not match any parameter of this clause.`,
          fix: `Use one of: ${available}; or remove the placeholder.`,
        });
        continue;
      }
      if (t.type && t.type !== def.type) {
        once(`type:${t.name}`, {
          severity: 'error',
          code: 'type-mismatch',
          clauseId,
          parameter: t.name,
          message: `The placeholder ${t.raw} says ${t.type}, but ${describe(def)} is declared as ${def.type}.`,
          fix: `Write {{${t.name}:${def.type}}} or {{${t.name}}}.`,
        });
      }
      if (resolved.has(t.name) || reported.has(`value:${t.name}`)) continue;
      const check = checkValue(def, readValue(values, t.name));
      if (check.ok) resolved.set(t.name, check.text);
      else if (check.missing) {
        once(`value:${t.name}`, {
          severity: 'error',
          code: 'unfilled',
          clauseId,
          parameter: t.name,
          message: `${describe(def)} is not filled in.`,
          fix: `Fill in "${def.label}" in the clause’s parameters.`,
        });
      } else {
        once(`value:${t.name}`, {
          severity: 'error',
          code: 'invalid-value',
          clauseId,
          parameter: t.name,
          message: check.message,
          fix: check.fix,
        });
      }
    }
  }
  return { resolved, findings };
}

/** Renders one text with already-resolved values. Unusable placeholders show as [Label]. */
export function renderWith(source: string, resolved: Map<string, string>, parameters: readonly ParameterDef[]): RenderedText {
  const declared = declaredParameters(parameters);
  const segments: Segment[] = [];
  for (const t of tokenize(source)) {
    if (t.kind === 'text') segments.push({ kind: 'text', text: t.text });
    else if (t.kind === 'invalid') segments.push({ kind: 'text', text: t.raw });
    else {
      const value = resolved.get(t.name);
      if (value !== undefined) segments.push({ kind: 'value', name: t.name, text: value });
      else segments.push({ kind: 'missing', name: t.name, text: `[${declared.get(t.name)?.label ?? t.raw}]` });
    }
  }
  return { text: segments.map((s) => s.text).join(''), segments };
}

/** Renders a single text (e.g. one body) against declarations and values. */
export function renderTemplate(
  source: string,
  parameters: readonly ParameterDef[],
  values: ParameterValues,
  clauseId: string,
): RenderedText & { findings: Finding[]; ok: boolean } {
  const { resolved, findings } = resolveParameters([{ where: 'clause text', source }], parameters, values, clauseId);
  return { ...renderWith(source, resolved, parameters), findings, ok: !hasErrors(findings) };
}

/** All texts of a clause, each with where it sits. */
export function clauseParts(text: Pick<ClauseSnapshot, 'title' | 'body' | 'subClauses'>): TextPart[] {
  const parts: TextPart[] = [
    { where: 'title', source: text.title },
    { where: 'clause text', source: text.body },
  ];
  text.subClauses.forEach((sub, i) => {
    if (sub.heading) parts.push({ where: `heading of sub-clause ${i + 1}`, source: sub.heading });
    parts.push({ where: `sub-clause ${i + 1}`, source: sub.body });
    (sub.items ?? []).forEach((item, j) => parts.push({ where: `sub-clause ${i + 1} item (${itemLetter(j)})`, source: item.body }));
  });
  return parts;
}

/** (a), (b), ... (z), (aa), (ab), ... */
export function itemLetter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/**
 * Checks a template as an author writes it: syntax, placeholders that are not declared or declared with
 * another type, defaults that break their own rules (errors), and declared parameters never used (warnings).
 */
export function checkTemplate(template: Pick<ClauseTemplate, 'id' | 'title' | 'body' | 'subClauses' | 'parameters'>): Finding[] {
  const parts = clauseParts(template);
  const used = new Set<string>();
  for (const part of parts) for (const p of parsePlaceholders(part.source)) used.add(p.name);
  // Check placeholders with each parameter's default so only structure problems surface, not "unfilled".
  const values = defaultValues(template.parameters);
  const { findings } = resolveParameters(parts, template.parameters, values, template.id);
  const out = findings.filter((f) => f.code !== 'unfilled' && f.code !== 'invalid-value');
  for (const p of template.parameters) {
    if (p.default !== undefined) {
      const check = checkValue(p, p.default);
      if (!check.ok && !check.missing) {
        out.push({
          id: `${template.id}:invalid-default:${p.name}`,
          severity: 'error',
          code: 'invalid-default',
          clauseId: template.id,
          parameter: p.name,
          message: `The default value does not fit: ${check.message}`,
          fix: check.fix,
        });
      }
    }
    if (!used.has(p.name)) {
      out.push({
        id: `${template.id}:unused:${p.name}`,
        severity: 'warning',
        code: 'unused-parameter',
        clauseId: template.id,
        parameter: p.name,
        message: `${describe(p)} is declared but no placeholder uses it.`,
        fix: `Add {{${p.name}}} to the text or remove the parameter.`,
      });
    }
  }
  return out;
}
