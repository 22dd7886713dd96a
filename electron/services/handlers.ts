import type { Handlers } from '@shared/api/contract';
import { ApiError } from '@shared/api/errors';
import { CorruptFileError, describeErrno, isErrnoError } from './workspace/errors';
import { WorkspaceStore } from './workspace/store';
import { createFileHandlers, type DesktopShell } from './files';
import { createLibraryHandlers } from './library/handlers';
import { createExportHandlers } from './export/handlers';
import { createEvaluationHandlers, evaluationServiceOf } from './evaluation/handlers';

const stores = new WeakMap<Handlers, WorkspaceStore>();

/** Turns store failures into the API's error codes with a message a user can act on. */
export function toApiError(error: unknown, root: string): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof CorruptFileError) return new ApiError('corrupt', `A workspace file cannot be used: ${error.reason}`);
  if (isErrnoError(error)) {
    const where = error.path ? ` (${error.path.startsWith(root) ? error.path.slice(root.length + 1) || '.' : error.path})` : '';
    return new ApiError('io', `The workspace could not be read or written${where}: ${describeErrno(error)}`);
  }
  return error;
}

function guard<I, O>(root: string, handler: (input: I) => Promise<O> | O): (input: I) => Promise<O> {
  return async (input) => {
    try {
      return await handler(input);
    } catch (error) {
      throw toApiError(error, root);
    }
  };
}

/** Applies guard() to every handler of a feature group, so disk errors read the same everywhere. */
export function wrapAll<G extends Partial<Handlers>>(root: string, group: G): G {
  return Object.fromEntries(
    Object.entries(group).map(([method, handler]) => [method, guard(root, handler as (input: unknown) => unknown)]),
  ) as G;
}

/**
 * Every contract method, backed by the workspace folder at `root` (created if missing). The desktop
 * shell, when there is one, lends native save dialogs and file opening; browser mode has none.
 */
export async function createHandlers(root: string, shell?: DesktopShell): Promise<Handlers> {
  const store = await WorkspaceStore.open(root);
  const at = store.layout.root;
  const handlers: Handlers = {
    ...createFileHandlers(shell),
    ...wrapAll(at, createLibraryHandlers(store)),
    ...wrapAll(at, createExportHandlers(store)),
    ...wrapAll(at, createEvaluationHandlers(store)),
    'workspace.status': guard(at, () => store.status()),
    'workspace.dismissQuarantined': guard(at, ({ file }) => store.dismissQuarantined(file)),
    'tenders.list': guard(at, () => store.listTenders()),
    'tenders.get': guard(at, ({ id }) => store.getTender(id)),
    'tenders.create': guard(at, (input) => store.createTender(input)),
    // Keeps each lot's evaluation records (imports, moderations, audit) as stored: only the evaluation service writes them.
    'tenders.save': guard(at, ({ id, content }) => evaluationServiceOf(store).saveTenderKeepingRecords(id, content)),
    'tenders.rename': guard(at, ({ id, title }) => store.renameTender(id, title)),
    'tenders.duplicate': guard(at, ({ id }) => store.duplicateTender(id)),
    'tenders.delete': guard(at, ({ id }) => store.deleteTender(id)),
    'tenders.undoDelete': guard(at, ({ id }) => store.undoDeleteTender(id)),
    'backups.list': guard(at, ({ tenderId }) => store.listBackups(tenderId)),
    // Like tenders.save: the content comes back, the evaluation records on disk stay.
    'backups.restore': guard(at, ({ tenderId, backupId }) => evaluationServiceOf(store).restoreBackupKeepingRecords(tenderId, backupId)),
    'settings.get': guard(at, () => store.settings()),
    'settings.save': guard(at, ({ settings }) => store.saveSettings(settings)),
  };
  stores.set(handlers, store);
  return handlers;
}

/** Waits for pending writes of a createHandlers() result and drops its caches (app quit, test teardown). */
export async function closeHandlers(handlers: Handlers): Promise<void> {
  await stores.get(handlers)?.close();
  stores.delete(handlers);
}

/** The store behind a createHandlers() result, for services that need more than the contract (e.g. the library). */
export function workspaceStoreOf(handlers: Handlers): WorkspaceStore | undefined {
  return stores.get(handlers);
}
