import { z } from 'zod';
import { t } from '../i18n';
import { IdSchema, IsoDateTimeSchema, longText, shortText, tooLong, type FieldLabel } from './common';
import { IsoDateSchema } from './clauses';
import { LanguageSchema } from './language';

/*
 * Supplier engagement Q&A: the question bank (built-in and the team's own) and a tender's Q&A — the
 * selected questions (frozen copies), the suppliers, and per supplier and question the answers over
 * time (appended, never overwritten) and the follow-up actions.
 */

export const QUESTION_THEMES = [
  'forced-labour',
  'recruitment',
  'freedom-of-association',
  'health-safety',
  'temporary-labour',
  'purchasing-practices',
  'transparency',
  'grievance-remedy',
  'minerals',
] as const;
export type QuestionTheme = (typeof QUESTION_THEMES)[number];

export const QUESTION_THEME_LABELS: Record<QuestionTheme, string> = {
  'forced-labour': 'Forced labour',
  recruitment: 'Recruitment fees and documents',
  'freedom-of-association': 'Freedom of association',
  'health-safety': 'Health and safety',
  'temporary-labour': 'Temporary and contract labour',
  'purchasing-practices': 'Purchasing practices',
  transparency: 'Supply-chain transparency',
  'grievance-remedy': 'Grievance and remedy',
  minerals: 'Minerals',
};

/** When in the procurement a question is best asked. */
export const QUESTION_STAGES = ['market-engagement', 'tender', 'contract'] as const;
export type QuestionStage = (typeof QUESTION_STAGES)[number];

export const MATURITY_LEVELS = [0, 1, 2, 3] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];
export const MaturityLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

/** Generic names for the levels; each question describes what a level means for it. */
export const MATURITY_LEVEL_NAMES: Record<MaturityLevel, string> = {
  0: 'Not in place',
  1: 'Starting',
  2: 'Established',
  3: 'Leading',
};

export const QA_LIMITS = {
  evidence: 20,
  bankQuestions: 2000,
  selected: 200,
  suppliers: 100,
  entries: 200,
  followUps: 100,
  rounds: 100,
} as const;

export const MaturityStepSchema = z
  .object({
    level: MaturityLevelSchema,
    descriptor: z
      .string()
      .min(1, { error: () => t('messages:validation.questions.descriptorEmpty') })
      .max(1000),
  })
  .strict();

const nonEmpty = (label: FieldLabel) =>
  longText(label).refine((s) => s.trim().length > 0, { error: () => t('messages:validation.empty', { field: label() }) });

export const QuestionSchema = z
  .object({
    id: IdSchema,
    theme: z.enum(QUESTION_THEMES),
    question: z
      .string()
      .max(2000, { error: tooLong(() => t('messages:field.question'), 2000) })
      .refine((s) => s.trim().length > 0, { error: () => t('messages:validation.empty', { field: t('messages:field.question') }) }),
    why: nonEmpty(() => t('messages:field.whyItIsAsked')),
    goodAnswer: nonEmpty(() => t('messages:field.whatAGoodAnswerLooksLike')),
    evidence: z
      .array(
        shortText(() => t('messages:field.evidence')).min(1, {
          error: () => t('messages:validation.empty', { field: t('messages:field.evidence') }),
        }),
      )
      .min(1, { error: () => t('messages:validation.questions.evidenceNeeded') })
      .max(QA_LIMITS.evidence),
    followUp: nonEmpty(() => t('messages:field.followUpWhenWeak')),
    /** Exactly four levels, 0 to 3, in order. */
    maturity: z
      .array(MaturityStepSchema)
      .length(4, { error: () => t('messages:validation.questions.fourLevels') })
      .refine((steps) => steps.every((s, i) => s.level === i), { error: () => t('messages:validation.questions.levelOrder') }),
    stage: z.enum(QUESTION_STAGES).optional(),
    /** The language the question is written in; absent: English. Own questions are never translated. */
    language: LanguageSchema.optional(),
  })
  .strict();
export type Question = z.infer<typeof QuestionSchema>;

const uniqueBy =
  <T>(key: (x: T) => string, label: string) =>
  (list: T[], ctx: z.RefinementCtx) => {
    const ids = list.map(key);
    const dupes = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
    if (dupes.length) ctx.addIssue({ code: 'custom', message: `duplicate ${label}: ${dupes.join(', ')}` });
  };

/** The team's own questions; composable into the workspace library file as `questions`. */
export const QuestionLibrarySchema = z
  .array(QuestionSchema)
  .max(QA_LIMITS.bankQuestions)
  .superRefine(uniqueBy((q: Question) => q.id, 'question id(s)'));
export type QuestionLibrary = z.infer<typeof QuestionLibrarySchema>;

export const BUILTIN_QUESTIONS_SCHEMA_VERSION = 1;

/** resources/library/questions.json */
export const BuiltinQuestionFileSchema = z
  .object({
    schemaVersion: z.literal(BUILTIN_QUESTIONS_SCHEMA_VERSION),
    questions: QuestionLibrarySchema,
  })
  .strict();
export type BuiltinQuestionFile = z.infer<typeof BuiltinQuestionFileSchema>;

/** A question chosen for the tender, with a frozen copy so library changes never alter the tender. */
export const SelectedQuestionSchema = z
  .object({
    questionId: IdSchema,
    order: z.number().int().min(0),
    question: QuestionSchema,
  })
  .strict()
  .refine((s) => s.question.id === s.questionId, { message: 'the frozen copy must carry the selected question id' });
export type SelectedQuestion = z.infer<typeof SelectedQuestionSchema>;

export const SUPPLIER_ROLES = ['bidder', 'contracted'] as const;
export type SupplierRole = (typeof SUPPLIER_ROLES)[number];

export const QaSupplierSchema = z
  .object({
    id: IdSchema,
    name: shortText(() => t('messages:field.supplierName')).refine((s) => s.trim().length > 0, {
      message: 'Supplier name must not be empty',
    }),
    role: z.enum(SUPPLIER_ROLES),
    /** The supplier register entry this is; its name is shown and exported in place of `name`. */
    registerId: IdSchema.optional(),
    /** For a contracted supplier: the day the contract was awarded, from which disclosure deadlines run. */
    awardedOn: IsoDateSchema.optional(),
  })
  .strict();
export type QaSupplier = z.infer<typeof QaSupplierSchema>;

/** One answer as given on one date. A later answer is a new entry; entries are never overwritten. */
export const AnswerEntrySchema = z
  .object({
    id: IdSchema,
    date: IsoDateSchema,
    text: longText(() => t('messages:field.answer')),
    level: MaturityLevelSchema,
    /** Evidence received with this answer (documents, reports, visits). */
    evidence: z.array(shortText(() => t('messages:field.evidenceReceived')).min(1)).max(QA_LIMITS.evidence),
    /** Who assessed the answer, optional. */
    assessedBy: shortText(() => t('messages:field.assessedBy')).optional(),
    recordedAt: IsoDateTimeSchema.optional(),
    /** The engagement round the answer was given in. */
    roundId: IdSchema.optional(),
    /** Set for an answer imported from a supplier's response form. */
    source: z.literal('response-form').optional(),
    /** The supplier's own maturity self-assessment, as given on the response form. */
    selfAssessed: MaturityLevelSchema.optional(),
    /** True while `level` is only the app's proposal, until the officer confirms (or changes) it. */
    awaitsConfirmation: z.literal(true).optional(),
  })
  .strict();
export type AnswerEntry = z.infer<typeof AnswerEntrySchema>;

export const FOLLOW_UP_STATUSES = ['open', 'done', 'cancelled'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FollowUpSchema = z
  .object({
    id: IdSchema,
    text: z
      .string()
      .max(2000, 'Follow-up must be at most 2000 characters')
      .refine((s) => s.trim().length > 0, { message: 'Follow-up must not be empty' }),
    due: IsoDateSchema,
    status: z.enum(FOLLOW_UP_STATUSES),
    createdAt: IsoDateTimeSchema.optional(),
    closedAt: IsoDateTimeSchema.optional(),
    /** The answer entry whose weakness created this follow-up, when the app created it. */
    fromEntryId: IdSchema.optional(),
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUpSchema>;

/** Everything recorded for one supplier on one question. */
export const AnswerThreadSchema = z
  .object({
    supplierId: IdSchema,
    questionId: IdSchema,
    entries: z
      .array(AnswerEntrySchema)
      .max(QA_LIMITS.entries)
      .superRefine(uniqueBy((e: AnswerEntry) => e.id, 'answer id(s)')),
    followUps: z
      .array(FollowUpSchema)
      .max(QA_LIMITS.followUps)
      .superRefine(uniqueBy((f: FollowUp) => f.id, 'follow-up id(s)')),
  })
  .strict();
export type AnswerThread = z.infer<typeof AnswerThreadSchema>;

export const ROUND_KINDS = ['tender', 'review'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/**
 * One engagement round: the questions sent to the suppliers on one occasion. Response forms are
 * issued per round and supplier, and the answers that come back are filed under the round.
 */
export const EngagementRoundSchema = z
  .object({
    id: IdSchema,
    name: shortText(() => t('messages:field.roundName')).refine((s) => s.trim().length > 0, { message: 'Round name must not be empty' }),
    kind: z.enum(ROUND_KINDS),
    /** When the forms are sent. */
    opensOn: IsoDateSchema,
    /** When the answers are due back, if a date was set. */
    answersDue: IsoDateSchema.optional(),
    /** The selected questions asked in this round, in order. */
    questionIds: z.array(IdSchema).max(QA_LIMITS.selected),
    /** The Q&A suppliers asked. */
    supplierIds: z.array(IdSchema).max(QA_LIMITS.suppliers),
  })
  .strict();
export type EngagementRound = z.infer<typeof EngagementRoundSchema>;

/** A tender's supplier engagement Q&A; composable into the Tender later as `qa: TenderQaSchema`. */
export const TenderQaSchema = z
  .object({
    questions: z
      .array(SelectedQuestionSchema)
      .max(QA_LIMITS.selected)
      .superRefine(uniqueBy((s: SelectedQuestion) => s.questionId, 'selected question id(s)')),
    suppliers: z
      .array(QaSupplierSchema)
      .max(QA_LIMITS.suppliers)
      .superRefine(uniqueBy((s: QaSupplier) => s.id, 'supplier id(s)')),
    threads: z.array(AnswerThreadSchema).superRefine(uniqueBy((t: AnswerThread) => `${t.supplierId}/${t.questionId}`, 'answer thread(s)')),
    /** Absent in tenders written before rounds existed: then there are none. */
    rounds: z
      .array(EngagementRoundSchema)
      .max(QA_LIMITS.rounds)
      .superRefine(uniqueBy((r: EngagementRound) => r.id, 'round id(s)'))
      .optional(),
  })
  .strict()
  .superRefine((qa, ctx) => {
    const suppliers = new Set(qa.suppliers.map((s) => s.id));
    const questions = new Set(qa.questions.map((q) => q.questionId));
    qa.threads.forEach((t, i) => {
      if (!suppliers.has(t.supplierId))
        ctx.addIssue({
          code: 'custom',
          message: `answers refer to unknown supplier "${t.supplierId}"`,
          path: ['threads', i, 'supplierId'],
        });
      if (!questions.has(t.questionId))
        ctx.addIssue({
          code: 'custom',
          message: `answers refer to a question not in the selection: "${t.questionId}"`,
          path: ['threads', i, 'questionId'],
        });
    });
    (qa.rounds ?? []).forEach((r, i) => {
      const unknownQuestions = r.questionIds.filter((id) => !questions.has(id));
      const unknownSuppliers = r.supplierIds.filter((id) => !suppliers.has(id));
      if (unknownQuestions.length)
        ctx.addIssue({
          code: 'custom',
          message: `round “${r.name}” asks questions not in the selection: ${unknownQuestions.join(', ')}`,
          path: ['rounds', i, 'questionIds'],
        });
      if (unknownSuppliers.length)
        ctx.addIssue({
          code: 'custom',
          message: `round “${r.name}” names unknown suppliers: ${unknownSuppliers.join(', ')}`,
          path: ['rounds', i, 'supplierIds'],
        });
    });
  });
export type TenderQa = z.infer<typeof TenderQaSchema>;

export const EMPTY_TENDER_QA: TenderQa = { questions: [], suppliers: [], threads: [] };
