/**
 * The OCDS 1.1.5 release schema with the lots, award criteria, sustainability and submission terms
 * extensions merged in (each extension's release-schema.json is a JSON Merge Patch, RFC 7386), and
 * an ajv draft-04 validator for it, compiled once.
 */
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';
import { standardFile } from './standards';

type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);

/** RFC 7386: objects merge key by key, null removes a key, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** The order matters only where two patch the same key; the lots extension refers to submission terms. */
const EXTENSIONS = ['ext-submissionTerms', 'ext-lots', 'ext-awardCriteria', 'ext-sustainability'] as const;

let validator: Promise<ValidateFunction> | undefined;

async function mergedSchema(): Promise<JsonObject> {
  const [core, ...patches] = await Promise.all([
    standardFile('ocds/release-schema-1.1.5.json'),
    ...EXTENSIONS.map((name) => standardFile(`ocds/${name}/release-schema.json`)),
  ]);
  return patches.reduce<unknown>((schema, patch) => mergePatch(schema, JSON.parse(patch)), JSON.parse(core ?? '{}')) as JsonObject;
}

// The two formats the OCDS schema uses, checked as OCDS tools do (no extra package needed).
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;

function compile(): Promise<ValidateFunction> {
  validator ??= (async () => {
    // OCDS keywords (codelist, openCodelist, deprecated, ...) are annotations, not errors.
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('date-time', DATE_TIME);
    ajv.addFormat('uri', URI);
    return ajv.compile(await mergedSchema());
  })();
  validator.catch(() => (validator = undefined));
  return validator;
}

export interface OcdsProblem {
  /** JSON pointer into the release, e.g. "/tender/lots/0/awardCriteria/criteria/2/numbers/0/weight". */
  path: string;
  message: string;
}

/** Problems in one release against the merged schema (empty when it is valid). */
export async function validateOcdsRelease(release: unknown): Promise<OcdsProblem[]> {
  const validate = await compile();
  if (validate(release)) return [];
  return (validate.errors ?? []).map((error) => ({ path: error.instancePath || '/', message: error.message ?? 'is not valid' }));
}
