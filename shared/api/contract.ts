import type { z } from 'zod';
import { ApiError, type ApiResult } from './errors';
import { workspaceMethods } from './methods/workspace';
import { filesMethods } from './methods/files';
import { evaluationMethods } from './methods/evaluation';
import { libraryMethods } from './methods/library';
import { exportMethods } from './methods/export';
import { teamMethods } from './methods/team';
import { historyMethods } from './methods/history';
import type { MethodName } from './methodNames';
import { noticeImportMethods } from './methods/noticeImport';
import { noticeMethods } from './methods/notices';
import { supplierMethods } from './methods/suppliers';
import { engagementMethods } from './methods/engagement';
import { appearanceMethods } from './methods/appearance';

export type { LibraryView } from './methods/library';
export type { ExportPreview, ExportFinding } from './methods/export';
export type { ExportedFile, SaveOutcome, FileCapabilities } from './methods/files';
export type { PresenceEntry, PresenceView, WorkspaceChange, ChangeFeed, RecoveredEdits } from './methods/team';
export type { DeletedEntry, DeletedKind } from './methods/history';
export type { SupplierRegisterView, SupplierParticipation } from './methods/suppliers';
export type { ReadAnswer, ResponseFormReading, DisclosureImportOutcome } from './methods/engagement';
export type { NoticeCheck, NoticeFormat, NoticePreview, NoticeProblem, MissingField } from './methods/notices';
export type {
  QuarantinedFile,
  BackupEntry,
  BackupList,
  BackupPin,
  BackupSnapshot,
  BackupUsage,
  WorkspaceStatus,
  DeletedTender,
} from './methods/workspace';
import { t } from '../i18n';

/**
 * The one API contract. Every method is declared once, in a feature's group under ./methods, with the
 * schema its input must pass. Electron IPC (electron/main) and the browser host (electron/web) both
 * register exactly these.
 */
export const contract = {
  ...workspaceMethods,
  ...filesMethods,
  ...evaluationMethods,
  ...libraryMethods,
  ...exportMethods,
  ...teamMethods,
  ...historyMethods,
  ...noticeImportMethods,
  ...noticeMethods,
  ...supplierMethods,
  ...engagementMethods,
  ...appearanceMethods,
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

export { channelOf } from './methodNames';

// The names-only list (methodNames.ts) names exactly the contract's methods: either side gaining a
// method the other lacks fails the typecheck here.
type SameMethods = [Method] extends [MethodName] ? ([MethodName] extends [Method] ? true : false) : false;
const namesMatchContract: SameMethods = true;
void namesMatchContract;

/** Parses input with the method's schema; a failure names every offending field. */
export function parseInput<M extends Method>(method: M, input: unknown): ParsedInput<M> {
  const result = contract[method].input.safeParse(input ?? {});
  if (result.success) return result.data as ParsedInput<M>;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.join('.') : '(input)',
    message: issue.code === 'unrecognized_keys' ? t('messages:api.unknownFields', { fields: issue.keys.join(', ') }) : issue.message,
  }));
  const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  throw new ApiError('invalid_input', t('messages:api.invalidInput', { method, summary }), issues);
}

/** Runs a handler and wraps the outcome in the envelope both transports use. */
export async function dispatch(handlers: Handlers, method: string, input: unknown): Promise<ApiResult<unknown>> {
  try {
    if (!isMethod(method)) throw new ApiError('unknown_method', t('messages:api.unknownMethod', { method }));
    const parsed = parseInput(method, input);
    const handler = handlers[method] as ((i: unknown) => Promise<unknown>) | undefined;
    if (typeof handler !== 'function') throw new ApiError('internal', t('messages:api.noHandler', { method }));
    return { ok: true, data: await handler(parsed) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toBody() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message: t('messages:api.unexpected', { message }) } };
  }
}
