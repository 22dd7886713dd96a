import type { Handlers } from '@shared/api/contract';
import { existsSync } from 'node:fs';
import { ApiError, type WorkspaceFault } from '@shared/api/errors';
import type { SavedBy } from '@shared/model/workspace';
import { CorruptFileError, describeErrno, isErrnoError } from './workspace/errors';
import { WorkspaceStore } from './workspace/store';
import type { Clock } from './workspace/layout';
import { Presence } from './workspace/presence';
import { WorkspaceChangeFeed } from './workspace/change-feed';
import { RecoveryStore } from './workspace/recovery';
import { createFileHandlers, type DesktopShell } from './files';
import { createLibraryHandlers } from './library/handlers';
import { createExportHandlers } from './export/handlers';
import { createNoticeHandlers } from './notices/handlers';
import { createEvaluationHandlers, evaluationServiceOf } from './evaluation/handlers';
import { createNoticeImportHandlers } from './notices/importHandlers';
import { createSupplierHandlers } from './suppliers/handlers';
import { createResponseFormHandlers } from './engagement/responseFormHandlers';
import { createDisclosureHandlers } from './engagement/disclosureHandlers';
import { createEngagementReportHandlers } from './engagement/reportHandlers';
import { createAppearanceHandlers } from './appearance';
import { t } from '@shared/i18n';

interface Running {
  store: WorkspaceStore;
  presence: Presence;
  feed: WorkspaceChangeFeed;
  feedStarted?: Promise<void>;
}

const running = new WeakMap<Handlers, Running>();

const FAULTS: Record<string, WorkspaceFault> = {
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read-only',
  EACCES: 'read-only',
  EPERM: 'read-only',
};

const FAULT_MESSAGE: Record<WorkspaceFault, (folder: string) => string> = {
  unreachable: (folder) => t('messages:errors.workspace.unreachable', { folder }),
  full: (folder) => t('messages:errors.workspace.full', { folder }),
  'read-only': (folder) => t('messages:errors.workspace.readOnly', { folder }),
};

/** Which fault a disk error means for a write, or undefined for errors that are not the folder's. */
function faultOf(error: NodeJS.ErrnoException, root: string): WorkspaceFault | undefined {
  // ENOENT only counts when the folder itself is gone: a missing tender is `not_found`, not a fault.
  if (
    error.code === 'ENOENT' ||
    error.code === 'ENOTDIR' ||
    error.code === 'ESTALE' ||
    error.code === 'EHOSTDOWN' ||
    error.code === 'ENOTCONN'
  ) {
    return existsSync(`${root}/tenders`) ? undefined : 'unreachable';
  }
  return FAULTS[error.code ?? ''];
}

/** Turns store failures into the API's error codes with a message a user can act on. */
export function toApiError(error: unknown, root: string): unknown {
  if (error instanceof ApiError) return error;
  if (error instanceof CorruptFileError)
    return new ApiError('corrupt', t('messages:errors.workspace.corruptFile', { reason: error.reason }));
  if (isErrnoError(error)) {
    const fault = faultOf(error, root);
    if (fault) {
      return new ApiError(
        'io',
        t('messages:errors.workspace.fault', { fault: FAULT_MESSAGE[fault](root), cause: describeErrno(error) }),
        undefined,
        {
          fault: { kind: fault, folder: root },
        },
      );
    }
    const where = error.path ? ` (${error.path.startsWith(root) ? error.path.slice(root.length + 1) || '.' : error.path})` : '';
    return new ApiError('io', t('messages:errors.workspace.io', { where, cause: describeErrno(error) }));
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
export interface HandlerOptions {
  mode?: SavedBy['mode'];
  /** Where edits that could not be saved are kept (default: a folder of this computer's user). */
  recoveryDir?: string;
  lockStaleMs?: number;
  /** Where the store reads the time (saves, backups, thinning); tests pass a clock they move by hand. */
  clock?: Clock;
}

export async function createHandlers(root: string, shell?: DesktopShell, options: HandlerOptions = {}): Promise<Handlers> {
  const store = await WorkspaceStore.open(root, {
    mode: options.mode ?? (shell ? 'desktop' : 'browser'),
    lockStaleMs: options.lockStaleMs,
    clock: options.clock,
  });
  const at = store.layout.root;
  const presence = new Presence(store.layout, store.me);
  const feed = new WorkspaceChangeFeed(store.layout, store.me);
  const recovery = new RecoveryStore(at, options.recoveryDir);
  const team: Running = { store, presence, feed };
  const feedReady = () => (team.feedStarted ??= feed.start());
  const handlers: Handlers = {
    ...createFileHandlers(shell),
    ...createAppearanceHandlers(shell),
    ...wrapAll(at, createLibraryHandlers(store)),
    ...wrapAll(at, createExportHandlers(store)),
    ...wrapAll(at, createNoticeHandlers(store)),
    ...wrapAll(at, createEvaluationHandlers(store)),
    ...wrapAll(at, createNoticeImportHandlers(store)),
    ...wrapAll(at, createSupplierHandlers(store)),
    ...wrapAll(at, createResponseFormHandlers(store)),
    ...wrapAll(at, createDisclosureHandlers(store)),
    ...wrapAll(at, createEngagementReportHandlers(store)),
    'workspace.status': guard(at, () => store.status()),
    'workspace.dismissQuarantined': guard(at, ({ file }) => store.dismissQuarantined(file)),
    'tenders.list': guard(at, () => store.listTenders()),
    'tenders.get': guard(at, ({ id }) => store.getTender(id)),
    'tenders.create': guard(at, (input) => store.createTender(input)),
    // Keeps each lot's evaluation records (imports, moderations, audit) as stored: only the evaluation service writes them.
    'tenders.save': guard(at, ({ id, content, baseRevision }) =>
      evaluationServiceOf(store).saveTenderKeepingRecords(id, content, baseRevision),
    ),
    'tenders.saveCopy': guard(at, ({ content }) => store.saveCopyOf(content)),
    'tenders.rename': guard(at, ({ id, title }) => store.renameTender(id, title)),
    'tenders.archive': guard(at, ({ id, archived }) => store.archiveTender(id, archived)),
    'tenders.duplicate': guard(at, ({ id }) => store.duplicateTender(id)),
    'tenders.delete': guard(at, ({ id }) => store.deleteTender(id)),
    'tenders.undoDelete': guard(at, ({ id }) => store.undoDeleteTender(id)),
    'deleted.list': guard(at, () => store.deleted.list()),
    'deleted.restore': guard(at, ({ id }) => store.deleted.restore(id)),
    'deleted.purge': guard(at, ({ id }) => store.deleted.purge(id)),
    'backups.list': guard(at, ({ tenderId }) => store.listBackups(tenderId)),
    'backups.get': guard(at, ({ tenderId, backupId }) => store.getBackup(tenderId, backupId)),
    'backups.pin': guard(at, ({ tenderId, backupId, name }) => store.pinBackup(tenderId, backupId, name)),
    'backups.unpin': guard(at, ({ tenderId, backupId }) => store.pinBackup(tenderId, backupId, undefined)),
    // Like tenders.save: the content comes back, the evaluation records on disk stay.
    'backups.restore': guard(at, ({ tenderId, backupId }) => evaluationServiceOf(store).restoreBackupKeepingRecords(tenderId, backupId)),
    'settings.get': guard(at, () => store.settings()),
    'settings.save': guard(at, ({ settings, baseRevision }) => store.saveSettings(settings, baseRevision)),
    'presence.list': guard(at, () => presence.list()),
    'presence.report': guard(at, ({ openTenderId }) => presence.report(openTenderId)),
    'workspace.changes': guard(at, async ({ after, waitMs }) => {
      await feedReady();
      return feed.next(after, waitMs ?? 0);
    }),
    // Kept on this computer, so it works while the workspace folder is unreachable.
    'recovery.save': guard(at, ({ tenderId, baseRevision, content }) => recovery.save(tenderId, baseRevision, content)),
    'recovery.get': guard(at, ({ tenderId }) => recovery.get(tenderId)),
    'recovery.discard': guard(at, ({ tenderId }) => recovery.discard(tenderId)),
  };
  running.set(handlers, team);
  return handlers;
}

/**
 * Announces this instance in the workspace (presence) and starts noticing colleagues' changes. The
 * app and browser host call it at start; tests that need neither leave it out.
 */
export async function startTeamServices(handlers: Handlers): Promise<void> {
  const team = running.get(handlers);
  if (!team) return;
  await team.presence.start();
  await (team.feedStarted ??= team.feed.start());
}

/** Waits for pending writes of a createHandlers() result and drops its caches (app quit, test teardown). */
export async function closeHandlers(handlers: Handlers): Promise<void> {
  const team = running.get(handlers);
  if (!team) return;
  await team.presence.stop();
  if (team.feedStarted) await team.feed.close();
  await team.store.close();
  running.delete(handlers);
}

/** The store behind a createHandlers() result, for services that need more than the contract (e.g. the library). */
export function workspaceStoreOf(handlers: Handlers): WorkspaceStore | undefined {
  return running.get(handlers)?.store;
}
