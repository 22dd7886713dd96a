import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { APP_COMMAND_CHANNEL, type AppCommand } from '../../shared/appCommands';

/** The navigation's first seven entries, as Ctrl+1 … Ctrl+7 reach them (renderer/src/screens.ts). */
const NUMBERED_SCREEN_TITLES = ['Tenders', 'Tender details', 'Criteria', 'Clauses', 'Questions', 'Evaluation', 'Export'];

/**
 * The desktop menu. Its app items show the page's own shortcuts but do not register them
 * (registerAccelerator: false), so a key press is handled once, by the page; a click sends the same
 * command to the page. Print is the window's: the page's print CSS leaves the navigation out.
 */
export function buildMenu(getWindow: () => BrowserWindow | null, recent: readonly { id: string; title: string }[] = []): void {
  const command = (label: string, accelerator: string, name: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => getWindow()?.webContents.send(APP_COMMAND_CHANNEL, name),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        command('New tender', 'CmdOrCtrl+N', 'new-tender'),
        command('Save', 'CmdOrCtrl+S', 'save'),
        {
          label: 'Open recent',
          enabled: recent.length > 0,
          submenu: recent.map((tender) => ({
            label: tender.title || 'Untitled tender',
            click: () => getWindow()?.webContents.send(APP_COMMAND_CHANNEL, `open-tender:${tender.id}`),
          })),
        },
        { type: 'separator' },
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', registerAccelerator: false, click: () => getWindow()?.webContents.print() },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    // Undo/redo of tender edits is the app's own (Ctrl+Z / Ctrl+Shift+Z); text editing roles stay native.
    {
      label: 'Edit',
      submenu: [
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Find on this screen', 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: 'View',
      submenu: [
        ...NUMBERED_SCREEN_TITLES.map((title, index) => command(title, `CmdOrCtrl+${index + 1}`, `screen-${index + 1}` as AppCommand)),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [command('Keyboard shortcuts', 'CmdOrCtrl+Shift+/', 'shortcuts')] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
