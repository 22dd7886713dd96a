/**
 * Payload generation for the API fuzzer: valid-looking inputs derived from each method's zod schema
 * (via its JSON Schema, so new methods and fields are covered without changes here), then mutated
 * with wrong types, missing and unknown fields, huge strings, deep nesting, prototype keys,
 * path-traversal ids and unicode/control characters.
 *
 * Some values cannot be expressed as a JS object that JSON.stringify would keep (a "__proto__" key,
 * nesting deeper than the stringifier allows), so they are placeholders replaced in the final text.
 */
import type { Rng } from './helpers';

/** The subset of JSON Schema that z.toJSONSchema emits for the contract. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
}

/** Ids and names that exist in the workspace, so generated calls reach the services, not only the schemas. */
export interface KnownValues {
  tenderIds: string[];
  backupIds: string[];
  lotIds: string[];
  quarantined: string[];
  /** Inputs the host accepted, per method: mutating these reaches checks deeper than the schema's first field. */
  accepted: Map<string, unknown[]>;
}

const ACCEPTED_PER_METHOD = 20;

export function rememberAccepted(known: KnownValues, method: string, input: unknown): void {
  const list = known.accepted.get(method) ?? [];
  if (list.length >= ACCEPTED_PER_METHOD) list.splice(0, 1);
  list.push(input);
  known.accepted.set(method, list);
}

const PROTO_KEY = '\u0000fuzz-proto-key\u0000';
const CONSTRUCTOR_KEY = '\u0000fuzz-constructor-key\u0000';
const DEEP_VALUE = '\u0000fuzz-deep-value\u0000';

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '..',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fsettings.json',
  '/etc/passwd',
  'C:\\Windows\\System32',
  'tenders/../settings.json',
  'settings.json',
  'library.json',
  'tenders/x.json.corrupt-2026-01-01T00-00-00-000Z',
  'backups/../../outside',
  '\u0000',
  'nul\u0000byte',
  '\u202egnp.exe',
  '\ud800',
  '\udfff\ud800',
  '😀'.repeat(40),
  'e\u0301\u0301\u0301',
  'CON',
  'NUL',
  'aux.json',
  '\r\n\r\nX-Injected: 1',
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1/x}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join(''),
  '\u2028\u2029',
  '\uFEFFbom',
  'a'.repeat(65),
  'b'.repeat(301),
  'c'.repeat(20_001),
];

const ID_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomWord(rng: Rng, length: number, chars = ID_CHARS): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += chars[rng.int(0, chars.length - 1)];
  return out;
}

export function randomUnicode(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 1) {
    const roll = rng.next();
    if (roll < 0.6) out += String.fromCharCode(rng.int(0x20, 0x7e));
    else if (roll < 0.7) out += String.fromCharCode(rng.int(0, 0x1f));
    else if (roll < 0.9) out += String.fromCharCode(rng.int(0xa0, 0xd7ff));
    else out += String.fromCodePoint(rng.int(0x10000, 0x10ffff));
  }
  return out;
}

/** Any JSON value, up to `depth` levels of containers. */
export function randomJson(rng: Rng, depth = 3): unknown {
  const roll = rng.int(0, depth > 0 ? 9 : 6);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -1, 1, 0.5, -0, 1e308, -1e308, 2 ** 53 + 1, 10_000, 10_001, 4.2e-320]);
    case 3:
      return rng.pick(HOSTILE_STRINGS);
    case 4:
      return randomUnicode(rng, rng.int(0, 40));
    case 5:
      return randomWord(rng, rng.int(1, 20));
    case 6:
      return rng.int(-5, 5);
    case 7:
    case 8: {
      const out: Record<string, unknown> = {};
      for (let i = rng.int(0, 4); i > 0; i -= 1)
        out[rng.chance(0.3) ? rng.pick(HOSTILE_STRINGS) : randomWord(rng, rng.int(1, 8))] = randomJson(rng, depth - 1);
      return out;
    }
    default:
      return Array.from({ length: rng.int(0, 4) }, () => randomJson(rng, depth - 1));
  }
}

function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
  const found = name ? root.$defs?.[name] : ref === '#' ? root : undefined;
  if (!found) throw new Error(`cannot resolve ${ref}`);
  return found;
}

function stringFor(schema: JsonSchema, rng: Rng, known: KnownValues, field: string): string {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 40, 40);
  const pattern = schema.pattern;
  if (field === 'file' && known.quarantined.length && rng.chance(0.5)) return rng.pick(known.quarantined);
  if (pattern === '^[A-Za-z0-9_.-]+$' && known.backupIds.length && rng.chance(0.7)) return rng.pick(known.backupIds);
  if (pattern === '^[A-Za-z0-9_-]+$') {
    if (/^(id|tenderId)$/.test(field) && known.tenderIds.length && rng.chance(0.8)) return rng.pick(known.tenderIds);
    if (known.lotIds.length && rng.chance(0.3)) return rng.pick(known.lotIds);
    return `fz-${randomWord(rng, rng.int(4, 12))}`;
  }
  if (pattern === '^[a-z][a-z0-9_]*$') return `p${randomWord(rng, rng.int(1, 10), 'abcdefghij_0123')}`;
  if (pattern === '^[a-z0-9][a-z0-9_-]*$') return `o${randomWord(rng, rng.int(1, 10))}`;
  if (pattern === '^\\d{4}-\\d{2}-\\d{2}$') return rng.pick(['2026-11-21', '2027-02-28', '2024-02-29']);
  if (schema.format === 'date-time') return new Date(Date.UTC(2026, rng.int(0, 11), rng.int(1, 28), rng.int(0, 23))).toISOString();
  if (pattern) return 'a'.repeat(Math.max(1, min));
  const length = rng.int(min, Math.max(min, max));
  return rng.chance(0.2)
    ? randomUnicode(rng, length).slice(0, max) || 'x'.repeat(min)
    : randomWord(rng, length, 'abcdefghijklmnopqrstuvwxyz ');
}

/** A value that satisfies `schema` as far as plain JSON Schema can say (refinements may still reject it). */
export function fromSchema(schema: JsonSchema, rng: Rng, known: KnownValues, root: JsonSchema = schema, field = '', depth = 0): unknown {
  if (schema.$ref) return fromSchema(resolveRef(root, schema.$ref), rng, known, root, field, depth);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  const choices = schema.oneOf ?? schema.anyOf;
  if (choices) return fromSchema(rng.pick(choices), rng, known, root, field, depth);
  if (schema.allOf?.[0]) return fromSchema(schema.allOf[0], rng, known, root, field, depth);
  const type = Array.isArray(schema.type) ? rng.pick(schema.type) : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        if (required.has(key) || rng.chance(depth > 3 ? 0.2 : 0.5)) out[key] = fromSchema(sub, rng, known, root, key, depth + 1);
      }
      if (typeof schema.additionalProperties === 'object' && rng.chance(0.5)) {
        const name = schema.propertyNames
          ? String(fromSchema(schema.propertyNames, rng, known, root, `${field}-key`, depth + 1))
          : randomWord(rng, 6);
        out[name] = fromSchema(schema.additionalProperties, rng, known, root, name, depth + 1);
      }
      return out;
    }
    case 'array': {
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 3, depth > 3 ? Math.max(min, 1) : 3);
      const length = rng.int(min, Math.max(min, max));
      return Array.from({ length }, (_, i) =>
        fromSchema(schema.prefixItems?.[i] ?? schema.items ?? {}, rng, known, root, field, depth + 1),
      );
    }
    case 'string':
      return stringFor(schema, rng, known, field);
    case 'integer': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -5);
      const high = Math.min(schema.maximum ?? 10_000, low + 10_000);
      return rng.int(Math.ceil(low), Math.floor(Math.max(low, high)));
    }
    case 'number': {
      const low = schema.minimum ?? 0;
      const high = schema.maximum ?? low + 100;
      return low + rng.next() * (high - low);
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'null':
      return null;
    default:
      return randomJson(rng, 1);
  }
}

type Container = Record<string, unknown> | unknown[];

/** Every object or array inside `value`, with the path to it. */
function containers(value: unknown, out: Container[] = []): Container[] {
  if (value !== null && typeof value === 'object') {
    out.push(value as Container);
    for (const child of Object.values(value)) containers(child, out);
  }
  return out;
}

function hostileValue(rng: Rng): unknown {
  const roll = rng.int(0, 9);
  if (roll <= 3) return rng.pick(HOSTILE_STRINGS);
  if (roll === 4) return randomUnicode(rng, rng.int(1, 200));
  // Mostly just over the limits; now and then a megabyte-scale string.
  if (roll === 5) return `huge-${'h'.repeat(rng.chance(0.05) ? 2_000_000 : rng.pick([20_001, 60_000, 200_000]))}`;
  if (roll === 6) return DEEP_VALUE;
  return randomJson(rng, 2);
}

/** Applies 1-3 damaging changes to a copy of `value`. Returns the mutated value (the root may be replaced). */
export function mutate(value: unknown, rng: Rng): unknown {
  let root = structuredClone(value);
  for (let n = rng.int(1, 3); n > 0; n -= 1) {
    const targets = containers(root);
    if (targets.length === 0 || rng.chance(0.05)) {
      root = hostileValue(rng);
      continue;
    }
    const target = rng.pick(targets);
    const keys = Object.keys(target);
    const existing = keys.length ? rng.pick(keys) : undefined;
    const operation = rng.int(0, 9);
    if (Array.isArray(target)) {
      if (operation < 4 && existing !== undefined) target[Number(existing)] = hostileValue(rng);
      else if (operation < 7) target.push(hostileValue(rng));
      else target.length = 0;
      continue;
    }
    if (operation <= 2 && existing !== undefined) target[existing] = hostileValue(rng);
    else if (operation === 3 && existing !== undefined) delete target[existing];
    else if (operation === 4) target[PROTO_KEY] = rng.chance(0.5) ? { polluted: 'yes', isAdmin: true } : hostileValue(rng);
    else if (operation === 5) target[CONSTRUCTOR_KEY] = { prototype: { polluted: 'yes' } };
    else if (operation === 6)
      target[rng.pick(['prototype', 'admin', 'isAdmin', 'path', 'revision', 'schemaVersion', 'id'])] = hostileValue(rng);
    else if (operation === 7) target[rng.pick(HOSTILE_STRINGS)] = randomJson(rng, 1);
    else if (existing !== undefined) target[existing] = wrongTypeFor(target[existing], rng);
    else target[randomWord(rng, 5)] = hostileValue(rng);
  }
  return root;
}

function wrongTypeFor(value: unknown, rng: Rng): unknown {
  const options: unknown[] = [null, 0, -1, 1.5, true, '', 'text', [], {}, [value], { value }];
  return rng.pick(options.filter((option) => typeof option !== typeof value || Array.isArray(option) !== Array.isArray(value)));
}

/** JSON text for `value`, with the placeholders turned into what JSON.stringify cannot produce. */
export function toJsonText(value: unknown, rng: Rng): string {
  let text = JSON.stringify(value) ?? 'null';
  text = text.split(JSON.stringify(PROTO_KEY)).join('"__proto__"');
  text = text.split(JSON.stringify(CONSTRUCTOR_KEY)).join('"constructor"');
  const deep = JSON.stringify(DEEP_VALUE);
  if (text.includes(deep)) {
    const depth = rng.pick([100, 1_000, 20_000]);
    const nested = rng.chance(0.5) ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    text = text.split(deep).join(nested);
  }
  return text;
}

/** Bodies that are not a JSON encoding of any value, or are JSON with a twist. */
export function rawBody(rng: Rng, valid: string): string {
  return rng.pick([
    () => '',
    () => '   ',
    () => '{',
    () => '{"id":',
    () => valid.slice(0, Math.max(1, Math.floor(valid.length / 2))),
    () => `${valid}${valid}`,
    () => `\uFEFF${valid}`,
    () => `${valid}\u0000`,
    () => 'null',
    () => '[]',
    () => '"string"',
    () => '1e999',
    () => '-0',
    () => 'undefined',
    () => 'NaN',
    () => "{'single': 'quotes'}",
    () => '{"__proto__": {"polluted": "yes"}}',
    () => '{"constructor": {"prototype": {"polluted": "yes"}}}',
    () => `{"id": "a", "id": "b", ${valid.slice(1)}`,
    () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    () => `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
    () => randomUnicode(rng, rng.int(1, 300)),
    () => Buffer.from(Array.from({ length: 64 }, () => rng.int(0, 255))).toString('latin1'),
  ])();
}
