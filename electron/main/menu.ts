import { app, Menu, type BrowserWindow } from 'electron';
import { APP_COMMAND_CHANNEL } from '../../shared/appCommands';
import { menuTemplate } from './menuTemplate';

/** The last list of recent tenders, so the menu can be rebuilt in another language with it. */
let lastRecent: readonly { id: string; title: string }[] = [];

/**
 * The desktop menu, in the user's language (the services' i18n instance speaks it): built at startup,
 * again when the recent tenders change, and again when the user picks another language.
 */
export function buildMenu(getWindow: () => BrowserWindow | null, recent: readonly { id: string; title: string }[] = lastRecent): void {
  lastRecent = recent;
  const template = menuTemplate({
    platform: process.platform,
    packaged: app.isPackaged,
    recent,
    send: (command) => getWindow()?.webContents.send(APP_COMMAND_CHANNEL, command),
    print: () => getWindow()?.webContents.print(),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
