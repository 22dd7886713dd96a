/**
 * Saving generated files where the user chooses, and opening them afterwards. The choosing and
 * opening belong to the desktop shell (native dialogs, the OS file manager); this service only
 * writes durably and keeps the shell away from any path the user did not just choose.
 */
import { resolve } from 'node:path';
import type { Handlers } from '@shared/api/contract';
import type { filesMethods } from '@shared/api/methods/files';
import type { ColorSchemeChoice } from '@shared/api/methods/appearance';
import type { Language } from '@shared/model/language';
import { ApiError } from '@shared/api/errors';
import { writeFileDurably } from './workspace/durable-file';
import { describeErrno, isErrnoError } from './workspace/errors';
import { t } from '@shared/i18n';

/** What the desktop shell lends the services; absent in browser mode. */
export interface DesktopShell {
  chooseSavePath(suggestedFileName: string): Promise<string | null>;
  openPath(path: string): Promise<void>;
  showInFolder(path: string): void;
  /** The window's native theme (title bar, menus, scrollbars); 'system' follows the operating system. */
  setColorScheme?(scheme: ColorSchemeChoice): void;
  /** The native menu speaks the user's language. */
  setLanguage?(language: Language): void;
  /** Lists the tenders opened last in the native menu. */
  setRecentTenders?(tenders: { id: string; title: string }[]): void;
}

/** Every method of the contract's files group: one added there without a handler here fails the typecheck. */
type FileHandlers = Pick<Handlers, keyof typeof filesMethods>;

/** Writes bytes to a path so that a failure leaves no partial file behind, with a message a user can act on. */
export async function writeExportFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileDurably(path, bytes);
  } catch (error) {
    if (isErrnoError(error)) throw new ApiError('io', t('messages:errors.files.notSaved', { path, cause: describeErrno(error) }));
    throw error;
  }
}

export function createFileHandlers(shell?: DesktopShell): FileHandlers {
  const savedThisSession = new Set<string>();
  const requireSaved = (path: string) => {
    const absolute = resolve(path);
    if (!savedThisSession.has(absolute)) throw new ApiError('not_found', t('messages:errors.files.notThisSession'));
    return absolute;
  };
  return {
    'files.capabilities': () => ({ saveDialog: !!shell, open: !!shell, showInFolder: !!shell }),
    'files.save': async ({ fileName, base64 }) => {
      if (!shell) return { status: 'download' };
      const path = await shell.chooseSavePath(fileName);
      if (!path) return { status: 'cancelled' };
      await writeExportFile(path, Buffer.from(base64, 'base64'));
      savedThisSession.add(resolve(path));
      return { status: 'saved', path: resolve(path) };
    },
    'files.open': async ({ path }) => {
      const absolute = requireSaved(path);
      if (!shell) return { opened: false };
      await shell.openPath(absolute);
      return { opened: true };
    },
    'files.showInFolder': ({ path }) => {
      const absolute = requireSaved(path);
      if (!shell) return { shown: false };
      shell.showInFolder(absolute);
      return { shown: true };
    },
  };
}
