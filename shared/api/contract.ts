import { z } from 'zod';
import { IdSchema, shortText, longText } from '../model/common';
import { TenderContentSchema, type Tender, type TenderSummary } from '../model/tender';
import { SettingsSchema, type Settings } from '../model/settings';
import { ApiError, type ApiResult } from './errors';

/** Marks a method's output type without a runtime schema (the services are trusted; inputs are not). */
const returns = <T>() => undefined as unknown as T;

const empty = z.object({}).strict();
const byId = z.object({ id: IdSchema }).strict();

export interface QuarantinedFile {
  /** Path relative to the workspace, e.g. "tenders/abc.json.corrupt-2026-11-21T10-00-00-000Z". */
  file: string;
  /** The tender the file belonged to, when it was a tender file. */
  tenderId?: string;
  reason: string;
  quarantinedAt: string;
  backupsAvailable: number;
}

export interface BackupEntry {
  id: string;
  tenderId: string;
  revision: number;
  title: string;
  savedAt: string;
}

export interface WorkspaceStatus {
  path: string;
  quarantined: QuarantinedFile[];
}

export interface DeletedTender {
  id: string;
  title: string;
}

/**
 * The one API contract. Every method is declared here once, with the schema its input must pass.
 * Electron IPC (electron/main) and the browser host (electron/web) both register exactly these.
 */
export const contract = {
  'workspace.status': { input: empty, output: returns<WorkspaceStatus>() },
  'workspace.dismissQuarantined': {
    input: z.object({ file: z.string().min(1).max(500) }).strict(),
    output: returns<WorkspaceStatus>(),
  },
  'tenders.list': { input: empty, output: returns<TenderSummary[]>() },
  'tenders.get': { input: byId, output: returns<Tender>() },
  'tenders.create': {
    input: z
      .object({
        title: shortText('Title').trim().min(1, 'Title must not be empty'),
        reference: shortText('Reference').trim(),
        buyer: shortText('Buying organisation').trim(),
        description: longText('Description').optional(),
        lots: z
          .array(shortText('Lot title').trim().min(1, 'Lot title must not be empty'))
          .min(1, 'A tender needs at least one lot')
          .max(50, 'A tender may have at most 50 lots'),
      })
      .strict(),
    output: returns<Tender>(),
  },
  'tenders.save': {
    input: z.object({ id: IdSchema, content: TenderContentSchema }).strict(),
    output: returns<Tender>(),
  },
  'tenders.rename': {
    input: z.object({ id: IdSchema, title: shortText('Title').trim().min(1, 'Title must not be empty') }).strict(),
    output: returns<Tender>(),
  },
  'tenders.duplicate': { input: byId, output: returns<Tender>() },
  'tenders.delete': { input: byId, output: returns<DeletedTender>() },
  'tenders.undoDelete': { input: byId, output: returns<Tender>() },
  'backups.list': { input: z.object({ tenderId: IdSchema }).strict(), output: returns<BackupEntry[]>() },
  'backups.restore': {
    input: z.object({ tenderId: IdSchema, backupId: z.string().min(1).max(200).regex(/^[A-Za-z0-9_.-]+$/) }).strict(),
    output: returns<Tender>(),
  },
  'settings.get': { input: empty, output: returns<Settings>() },
  'settings.save': { input: z.object({ settings: SettingsSchema }).strict(), output: returns<Settings>() },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export const METHODS = Object.keys(contract) as Method[];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** What window.api exposes (preload) and what the HTTP client mimics: one function per method. */
export type ApiBridge = { [M in Method]: (input: Input<M>) => Promise<ApiResult<Output<M>>> };

/** Service implementations: one handler per method, receiving the parsed input. */
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>> | Output<M> };

/** The IPC channel a method travels on; derived, never declared elsewhere. */
export const channelOf = (method: Method) => `api:${method}`;

/** Parses input with the method's schema; a failure names every offending field. */
export function parseInput<M extends Method>(method: M, input: unknown): ParsedInput<M> {
  const result = contract[method].input.safeParse(input ?? {});
  if (result.success) return result.data as ParsedInput<M>;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.join('.') : '(input)',
    message: issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : issue.message,
  }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  throw new ApiError('invalid_input', `Invalid input for ${method}: ${summary}`, issues);
}

/** Runs a handler and wraps the outcome in the envelope both transports use. */
export async function dispatch(handlers: Handlers, method: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    if (!isMethod(method)) throw new ApiError('unknown_method', `Unknown API method "${method}"`);
    const parsed = parseInput(method, input);
    const handler = handlers[method] as (i: unknown) => Promise<unknown>;
    return { ok: true, data: await handler(parsed) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: `Unexpected error: ${message}` } };
  }
}

