import { z } from 'zod';
import { t } from '../i18n';
import { IdSchema, IsoDateTimeSchema, LIMITS, longText, shortText, tooLong } from './common';
import { LanguageSchema } from './language';
import { IsoDateSchema } from './isoDate';
export { IsoDateSchema, isCalendarDate } from './isoDate';

/*
 * Contract clauses: templates (built-in and the team's own, versioned) and the clause instances a
 * tender holds. An instance carries a frozen copy of the template text it was built with, so updating,
 * retiring or deleting the template never changes a tender.
 */

export const CLAUSE_TOPICS = [
  'tier1-disclosure',
  'tier2-disclosure',
  'updates',
  'data-sharing',
  'compliance-findings',
  'cooperation-with-monitors',
  'non-retaliation',
  'remedy',
  'escalation',
  'penalties',
  'incentives-extension',
] as const;
export type ClauseTopic = (typeof CLAUSE_TOPICS)[number];

export const CLAUSE_TOPIC_LABELS: Record<ClauseTopic, string> = {
  'tier1-disclosure': 'Tier 1 disclosure',
  'tier2-disclosure': 'Tier 2 disclosure',
  updates: 'Keeping disclosure up to date',
  'data-sharing': 'Data sharing',
  'compliance-findings': 'Compliance findings',
  'cooperation-with-monitors': 'Cooperation with monitors',
  'non-retaliation': 'Non-retaliation',
  remedy: 'Remedy for workers',
  escalation: 'Escalation',
  penalties: 'Penalties',
  'incentives-extension': 'Incentives and contract extension',
};

export const LEVERAGE_CATEGORIES = ['A', 'B', 'C', 'D', 'E'] as const;
export type LeverageCategory = (typeof LEVERAGE_CATEGORIES)[number];

export const CLAUSE_PURPOSES = ['oblige-to-address', 'oblige-to-discuss', 'persuade'] as const;
export type ClausePurpose = (typeof CLAUSE_PURPOSES)[number];

export const MOMENTS_OF_TRACTION = [
  'contract-negotiation',
  'licence-or-renewal',
  'bid-qualification',
  'implementation-reports',
  'service-agreement-renewal',
  'maintenance-points',
  'disbursement-of-funds',
  'monitoring-audit',
  'technical-assistance',
  'complaint-investigation',
] as const;
export type MomentOfTraction = (typeof MOMENTS_OF_TRACTION)[number];

export const PARAMETER_TYPES = ['number', 'text', 'choice', 'date'] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

/** Limits specific to clauses. Bodies share LIMITS.longText (20,000 characters). */
export const CLAUSE_LIMITS = {
  parameters: 30,
  options: 30,
  subClauses: 30,
  items: 30,
  tenderClauses: 200,
  libraryClauses: 1000,
  versions: 200,
  textValue: LIMITS.shortText,
} as const;

/** Names that must never become parameters, even though they look like identifiers. */
const RESERVED_NAMES = new Set(['constructor', 'prototype']);

export const ParameterNameSchema = z
  .string()
  .min(1, { error: () => t('messages:validation.clauses.parameterNameEmpty') })
  .max(LIMITS.id, { error: () => t('messages:validation.clauses.parameterNameTooLong', { max: LIMITS.id }) })
  .regex(/^[a-z][a-z0-9_]*$/, { error: () => t('messages:validation.clauses.parameterNameCharacters') })
  .refine((name) => !RESERVED_NAMES.has(name), { error: () => t('messages:validation.clauses.parameterNameReserved') });

const paramBase = {
  name: ParameterNameSchema,
  label: shortText(() => t('messages:field.parameterLabel')).min(1, 'Parameter label must not be empty'),
  help: z.string().max(1000, { error: tooLong(() => t('messages:field.parameterHelp'), 1000) }),
};

export const NumberParameterSchema = z
  .object({
    ...paramBase,
    type: z.literal('number'),
    default: z.number().finite().optional(),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    /** Whole numbers only (days, months, counts). */
    integer: z.boolean().optional(),
    /** Unit shown next to the field, e.g. "days". */
    unit: z.string().max(40).optional(),
  })
  .strict();

export const TextParameterSchema = z
  .object({
    ...paramBase,
    type: z.literal('text'),
    default: z.string().max(CLAUSE_LIMITS.textValue).optional(),
    maxLength: z.number().int().min(1).max(CLAUSE_LIMITS.textValue).optional(),
  })
  .strict();

export const ChoiceOptionSchema = z
  .object({
    value: z
      .string()
      .min(1)
      .max(LIMITS.id)
      .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: () => t('messages:validation.clauses.optionValueCharacters') }),
    /** Short label for the form. */
    label: shortText(() => t('messages:field.optionLabel')).min(1, 'Option label must not be empty'),
    /** The contract wording inserted for this option; the label when absent. */
    text: z
      .string()
      .max(2000, { error: tooLong(() => t('messages:field.optionText'), 2000) })
      .optional(),
  })
  .strict();
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

export const ChoiceParameterSchema = z
  .object({
    ...paramBase,
    type: z.literal('choice'),
    options: z
      .array(ChoiceOptionSchema)
      .min(1, { error: () => t('messages:validation.clauses.choiceNeedsOption') })
      .max(CLAUSE_LIMITS.options),
    default: z.string().max(LIMITS.id).optional(),
  })
  .strict();

export const DateParameterSchema = z
  .object({
    ...paramBase,
    type: z.literal('date'),
    default: IsoDateSchema.optional(),
  })
  .strict();

export const ParameterDefSchema = z
  .discriminatedUnion('type', [NumberParameterSchema, TextParameterSchema, ChoiceParameterSchema, DateParameterSchema])
  .superRefine((p, ctx) => {
    if (p.type === 'number') {
      if (p.min !== undefined && p.max !== undefined && p.min > p.max) {
        ctx.addIssue({ code: 'custom', message: t('messages:validation.clauses.minAboveMax', { min: p.min, max: p.max }), path: ['min'] });
      }
      if (p.default !== undefined) {
        if (p.min !== undefined && p.default < p.min)
          ctx.addIssue({ code: 'custom', message: t('messages:validation.clauses.defaultBelowMin'), path: ['default'] });
        if (p.max !== undefined && p.default > p.max)
          ctx.addIssue({ code: 'custom', message: t('messages:validation.clauses.defaultAboveMax'), path: ['default'] });
        if (p.integer && !Number.isInteger(p.default))
          ctx.addIssue({ code: 'custom', message: t('messages:validation.clauses.defaultWhole'), path: ['default'] });
      }
    }
    if (p.type === 'choice') {
      const values = p.options.map((o) => o.value);
      const dupes = values.filter((v, i) => values.indexOf(v) !== i);
      if (dupes.length)
        ctx.addIssue({
          code: 'custom',
          message: t('messages:validation.clauses.duplicateOptions', { values: [...new Set(dupes)].join(', ') }),
          path: ['options'],
        });
      if (p.default !== undefined && !values.includes(p.default)) {
        ctx.addIssue({
          code: 'custom',
          message: t('messages:validation.clauses.defaultNotAnOption', { value: p.default }),
          path: ['default'],
        });
      }
    }
  });
export type ParameterDef = z.infer<typeof ParameterDefSchema>;
export type NumberParameter = z.infer<typeof NumberParameterSchema>;
export type TextParameter = z.infer<typeof TextParameterSchema>;
export type ChoiceParameter = z.infer<typeof ChoiceParameterSchema>;
export type DateParameter = z.infer<typeof DateParameterSchema>;

/** A value filled in for a parameter: numbers as numbers (numeric strings from forms are accepted), the rest as text. */
export const ParameterValueSchema = z.union([z.number().finite(), z.string().max(LIMITS.longText)]);
export type ParameterValue = z.infer<typeof ParameterValueSchema>;
export const ParameterValuesSchema = z.record(ParameterNameSchema, ParameterValueSchema);
export type ParameterValues = z.infer<typeof ParameterValuesSchema>;

/** A lettered item inside a sub-clause: numbered (a), (b), ... */
export const ClauseItemSchema = z
  .object({
    id: IdSchema,
    body: longText(() => t('messages:field.itemText')).min(1, 'Item text must not be empty'),
  })
  .strict();
export type ClauseItem = z.infer<typeof ClauseItemSchema>;

/** A sub-clause: numbered 1.1, 1.2, ... under its clause. */
export const SubClauseSchema = z
  .object({
    id: IdSchema,
    heading: shortText(() => t('messages:field.subClauseHeading')).optional(),
    body: longText(() => t('messages:field.subClauseText')),
    items: z.array(ClauseItemSchema).max(CLAUSE_LIMITS.items).optional(),
  })
  .strict();
export type SubClause = z.infer<typeof SubClauseSchema>;

const uniqueIds = (label: string) => (list: { id: string }[], ctx: z.RefinementCtx) => {
  const ids = list.map((x) => x.id);
  const dupes = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (dupes.length) ctx.addIssue({ code: 'custom', message: `duplicate ${label} id(s): ${dupes.join(', ')}` });
};

const subClauseList = z
  .array(SubClauseSchema)
  .max(CLAUSE_LIMITS.subClauses, { error: () => t('messages:validation.clauses.tooManySubClauses', { max: CLAUSE_LIMITS.subClauses }) })
  .superRefine(uniqueIds('sub-clause'));

/** The wording of a clause: what an edit may override. */
export const ClauseTextSchema = z
  .object({
    title: shortText(() => t('messages:field.clauseTitle')).min(1, 'Clause title must not be empty'),
    body: longText(() => t('messages:field.clauseText')),
    subClauses: subClauseList,
  })
  .strict();
export type ClauseText = z.infer<typeof ClauseTextSchema>;

export const ClauseTagsSchema = z
  .object({
    topic: z.enum(CLAUSE_TOPICS),
    leverage: z.enum(LEVERAGE_CATEGORIES),
    purpose: z.enum(CLAUSE_PURPOSES),
    moments: z
      .array(z.enum(MOMENTS_OF_TRACTION))
      .min(1, { error: () => t('messages:validation.clauses.momentNeeded') })
      .refine((list) => new Set(list).size === list.length, { error: () => t('messages:validation.clauses.momentsRepeat') }),
  })
  .strict();
export type ClauseTags = z.infer<typeof ClauseTagsSchema>;

const parameterList = z
  .array(ParameterDefSchema)
  .max(CLAUSE_LIMITS.parameters, { error: () => t('messages:validation.clauses.tooManyParameters', { max: CLAUSE_LIMITS.parameters }) })
  .superRefine((list, ctx) => {
    const names = list.map((p) => p.name);
    const dupes = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
    if (dupes.length)
      ctx.addIssue({ code: 'custom', message: t('messages:validation.clauses.duplicateParameters', { names: dupes.join(', ') }) });
  });

/** Everything a clause instance freezes: text, parameter declarations and tags. */
export const ClauseSnapshotSchema = ClauseTextSchema.extend({
  parameters: parameterList,
  tags: ClauseTagsSchema,
}).strict();
export type ClauseSnapshot = z.infer<typeof ClauseSnapshotSchema>;

/** One version of a clause template. */
export const ClauseTemplateSchema = ClauseSnapshotSchema.extend({
  id: IdSchema,
  version: z.number().int().min(1),
  guidance: longText(() => t('messages:field.guidance')),
  changeNote: shortText(() => t('messages:field.changeNote')).optional(),
  createdAt: IsoDateTimeSchema.optional(),
}).strict();
export type ClauseTemplate = z.infer<typeof ClauseTemplateSchema>;

export const CLAUSE_ORIGINS = ['builtin', 'own'] as const;
export type ClauseOrigin = (typeof CLAUSE_ORIGINS)[number];
export const CLAUSE_STATUSES = ['active', 'retired'] as const;
export type ClauseStatus = (typeof CLAUSE_STATUSES)[number];

/** A template in a library with every version kept (oldest first; the last is current). */
export const LibraryClauseSchema = z
  .object({
    id: IdSchema,
    origin: z.enum(CLAUSE_ORIGINS),
    status: z.enum(CLAUSE_STATUSES),
    /** For a duplicate: the template and version it was copied from. */
    basedOn: z
      .object({ templateId: IdSchema, version: z.number().int().min(1) })
      .strict()
      .optional(),
    /** The language the clause is written in; absent: English. Own clauses are never translated. */
    language: LanguageSchema.optional(),
    versions: z
      .array(ClauseTemplateSchema)
      .min(1, { error: () => t('messages:validation.clauses.versionNeeded') })
      .max(CLAUSE_LIMITS.versions),
  })
  .strict()
  .superRefine((entry, ctx) => {
    entry.versions.forEach((v, i) => {
      if (v.id !== entry.id)
        ctx.addIssue({
          code: 'custom',
          message: t('messages:validation.clauses.versionId', { version: v.version, id: v.id, expected: entry.id }),
          path: ['versions', i, 'id'],
        });
      const prev = entry.versions[i - 1];
      if (prev && v.version <= prev.version) {
        ctx.addIssue({
          code: 'custom',
          message: t('messages:validation.clauses.versionOrder', { version: v.version, previous: prev.version }),
          path: ['versions', i, 'version'],
        });
      }
    });
  });
export type LibraryClause = z.infer<typeof LibraryClauseSchema>;

/** The team's own clause library; composable into the workspace library file as `clauses`. */
export const ClauseLibrarySchema = z.array(LibraryClauseSchema).max(CLAUSE_LIMITS.libraryClauses).superRefine(uniqueIds('clause'));
export type ClauseLibrary = z.infer<typeof ClauseLibrarySchema>;

export const BUILTIN_CLAUSES_SCHEMA_VERSION = 1;

/** resources/library/clauses.json */
export const BuiltinClauseFileSchema = z
  .object({
    schemaVersion: z.literal(BUILTIN_CLAUSES_SCHEMA_VERSION),
    clauses: z.array(ClauseTemplateSchema).superRefine(uniqueIds('clause')),
  })
  .strict();
export type BuiltinClauseFile = z.infer<typeof BuiltinClauseFileSchema>;

/** A clause in a tender. Numbering (1, 1.1, (a)) derives from `order`. */
export const ClauseInstanceSchema = z
  .object({
    id: IdSchema,
    templateId: IdSchema,
    templateVersion: z.number().int().min(1),
    templateOrigin: z.enum(CLAUSE_ORIGINS),
    /** The template as it was when the clause was added or last updated. Never changes on its own. */
    frozen: ClauseSnapshotSchema,
    values: ParameterValuesSchema,
    /** The tender's own wording, replacing the frozen text; placeholders still work in it. */
    edited: ClauseTextSchema.optional(),
    order: z.number().int().min(0),
  })
  .strict();
export type ClauseInstance = z.infer<typeof ClauseInstanceSchema>;

/** The clauses of a tender; composable into the Tender later (e.g. `clauses: TenderClausesSchema`). */
export const TenderClausesSchema = z
  .array(ClauseInstanceSchema)
  .max(CLAUSE_LIMITS.tenderClauses, {
    error: () => t('messages:validation.clauses.tooManyTenderClauses', { max: CLAUSE_LIMITS.tenderClauses }),
  })
  .superRefine(uniqueIds('clause instance'));
export type TenderClauses = z.infer<typeof TenderClausesSchema>;
