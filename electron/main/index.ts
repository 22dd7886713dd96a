/** Electron entry: lifecycle, the one window, the menu, security and IPC registration. */
import { app, BrowserWindow, nativeTheme, session, dialog, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeHandlers, createHandlers, startTeamServices } from '../services/handlers';
import type { DesktopShell } from '../services/files';
import type { Handlers } from '../../shared/api/contract';
import { resolveWorkspaceRoot } from '../services/workspace/location';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { askBeforeLeavingUnsavedEdits } from './leave-guard';
import { SECURE_WEB_PREFERENCES, isAppUrl, lockDownWebContents, secureSession } from './security';
import { setLanguage, t } from '../../shared/i18n';
import { pickLanguage } from '../../shared/model/language';

const rendererFile = join(__dirname, '../renderer/index.html');
/** electron-vite sets this in development only; the packaged app loads its own file. */
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appEntryUrl = () => devServerUrl ?? pathToFileURL(rendererFile).href;

let mainWindow: BrowserWindow | null = null;

/** Native dialogs and the OS file manager, lent to the services. Paths reach shell only after the user chose them. */
const desktopShell: DesktopShell = {
  async chooseSavePath(suggestedFileName) {
    const options = { defaultPath: join(app.getPath('documents'), suggestedFileName) };
    const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async openPath(path) {
    const problem = await shell.openPath(path);
    if (problem) throw new Error(problem);
  },
  showInFolder: (path) => shell.showItemInFolder(path),
  // The page's prefers-color-scheme follows this too, so a chosen scheme and the window agree.
  setColorScheme: (scheme) => {
    nativeTheme.themeSource = scheme;
  },
  setRecentTenders: (tenders) => buildMenu(() => mainWindow, tenders),
  // The services' language has just changed (appearance.setLanguage): the menu is built again in it.
  setLanguage: () => buildMenu(() => mainWindow),
};

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Tenderwright',
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, '../preload/index.cjs') },
  });
  window.once('ready-to-show', () => window.show());
  askBeforeLeavingUnsavedEdits(window);
  if (devServerUrl) void window.loadURL(devServerUrl);
  else void window.loadFile(rendererFile);
  return window;
}

// One window per user and machine: a second launch focuses the first. Colleagues (and browser mode) on
// the same workspace are not kept out by this: the workspace's own file locks and revisions keep them
// from overwriting each other, and each instance announces itself in the workspace's presence folder.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  lockDownWebContents(app, appEntryUrl);

  // Quitting closes the workspace first (pending writes flushed, presence and locks released), and
  // waits for startup to finish when the quit comes during it; the quit then goes ahead.
  let handlers: Handlers | undefined;
  let startup: Promise<void> = Promise.resolve();
  let quitting = false;
  let workspaceClosed = false;
  app.on('will-quit', (event) => {
    if (workspaceClosed) return;
    event.preventDefault();
    if (quitting) return;
    quitting = true;
    void startup
      .catch(() => undefined)
      .then(() => (handlers ? closeHandlers(handlers) : undefined))
      .catch(() => undefined)
      .finally(() => {
        workspaceClosed = true;
        app.quit();
      });
  });

  startup = app.whenReady().then(async () => {
    // The system's language until the page says which one the user chose (appearance.setLanguage).
    await setLanguage(pickLanguage(app.getPreferredSystemLanguages()));
    secureSession(session.defaultSession);
    const workspace = resolveWorkspaceRoot(process.argv.slice(1), process.env, app.getPath('userData'));
    handlers = await createHandlers(workspace, desktopShell, { mode: 'desktop' });
    if (quitting) return;
    await startTeamServices(handlers);
    if (quitting) return;
    registerIpc(handlers, (url) => isAppUrl(url, appEntryUrl()));
    buildMenu(() => mainWindow);
    mainWindow = createWindow();
    mainWindow.on('closed', () => (mainWindow = null));
  });
  startup.catch(async (error: unknown) => {
    dialog.showErrorBox(t('common:app.couldNotStart'), error instanceof Error ? error.message : String(error));
    if (handlers) await closeHandlers(handlers).catch(() => undefined);
    app.exit(1);
  });

  app.on('window-all-closed', () => app.quit());
}
