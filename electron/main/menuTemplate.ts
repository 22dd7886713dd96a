/**
 * The desktop menu's items, in the user's language, as a plain template: no Electron import, so a
 * unit test can read every label in each language. menu.ts hands it to Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { t } from '../../shared/i18n';
import type { AppCommand } from '../../shared/appCommands';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  packaged: boolean;
  recent: readonly { id: string; title: string }[];
  /** Sends a command to the page. */
  send: (command: AppCommand) => void;
  print: () => void;
}

/** The navigation's first seven entries, as Ctrl+1 … Ctrl+7 reach them (renderer/src/screens.ts). */
const numberedScreenTitles = (): string[] => [
  t('common:screens.tenders'),
  t('common:screens.details'),
  t('common:screens.criteria'),
  t('common:screens.clauses'),
  t('common:screens.questions'),
  t('common:screens.evaluation'),
  t('common:screens.export'),
];

/**
 * The menu's app items show the page's own shortcuts but do not register them (registerAccelerator:
 * false), so a key press is handled once, by the page; a click sends the same command to the page.
 * Print is the window's: the page's print CSS leaves the navigation out. Roles get a label too, or
 * Electron would name them in English on Windows and Linux.
 */
export function menuTemplate({ platform, packaged, recent, send, print }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const command = (label: string, accelerator: string, name: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => send(name),
  });
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('common:menu.file'),
      submenu: [
        command(t('common:menu.newTender'), 'CmdOrCtrl+N', 'new-tender'),
        command(t('common:menu.save'), 'CmdOrCtrl+S', 'save'),
        {
          label: t('common:menu.openRecent'),
          enabled: recent.length > 0,
          submenu: recent.map((tender) => ({
            label: tender.title || t('common:untitledTender'),
            click: () => send(`open-tender:${tender.id}`),
          })),
        },
        { type: 'separator' },
        { label: t('common:menu.print'), accelerator: 'CmdOrCtrl+P', registerAccelerator: false, click: print },
        { type: 'separator' },
        mac ? { role: 'close', label: t('common:menu.close') } : { role: 'quit', label: t('common:menu.quit') },
      ],
    },
    // Undo/redo of tender edits is the app's own (Ctrl+Z / Ctrl+Shift+Z); text editing roles stay native.
    {
      label: t('common:menu.edit'),
      submenu: [
        { role: 'cut', label: t('common:menu.cut') },
        { role: 'copy', label: t('common:menu.copy') },
        { role: 'paste', label: t('common:menu.paste') },
        { role: 'selectAll', label: t('common:menu.selectAll') },
        { type: 'separator' },
        command(t('common:menu.find'), 'CmdOrCtrl+F', 'find'),
      ],
    },
    {
      label: t('common:menu.view'),
      submenu: [
        ...numberedScreenTitles().map((title, index) => command(title, `CmdOrCtrl+${index + 1}`, `screen-${index + 1}` as AppCommand)),
        { type: 'separator' },
        { role: 'resetZoom', label: t('common:menu.resetZoom') },
        { role: 'zoomIn', label: t('common:menu.zoomIn') },
        { role: 'zoomOut', label: t('common:menu.zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('common:menu.fullScreen') },
        ...(packaged ? [] : [{ role: 'toggleDevTools' as const, label: t('common:menu.devTools') }]),
      ],
    },
    {
      role: 'windowMenu',
      label: t('common:menu.window'),
      // Without a submenu the role fills its own, in English; these are the same items, named in the user's language.
      submenu: [
        { role: 'minimize', label: t('common:menu.minimize') },
        ...(mac
          ? [
              { role: 'zoom' as const, label: t('common:menu.zoom') },
              { role: 'front' as const, label: t('common:menu.front') },
            ]
          : [{ role: 'close' as const, label: t('common:menu.close') }]),
      ],
    },
    {
      role: 'help',
      label: t('common:menu.help'),
      submenu: [command(t('common:menu.shortcuts'), 'CmdOrCtrl+Shift+/', 'shortcuts')],
    },
  ];
}
