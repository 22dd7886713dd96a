/**
 * The commands the desktop menu sends to the page, so a menu item and its keyboard shortcut run the
 * same code in the renderer (renderer/src/components/appShortcuts.ts).
 */
export const APP_COMMANDS = [
  'save',
  'find',
  'new-tender',
  'shortcuts',
  'screen-1',
  'screen-2',
  'screen-3',
  'screen-4',
  'screen-5',
  'screen-6',
  'screen-7',
] as const;

/** A recent tender chosen in the desktop menu: "open-tender:<id>". */
export type OpenTenderCommand = `open-tender:${string}`;

export type AppCommand = (typeof APP_COMMANDS)[number] | OpenTenderCommand;

const OPEN_TENDER = /^open-tender:([A-Za-z0-9_-]{1,64})$/;

/** The tender an open-tender command names, if it is one. */
export const tenderOfCommand = (command: string): string | undefined => OPEN_TENDER.exec(command)?.[1];

/** The IPC channel the main process sends menu commands on. */
export const APP_COMMAND_CHANNEL = 'app:command';

export const isAppCommand = (value: unknown): value is AppCommand =>
  typeof value === 'string' && ((APP_COMMANDS as readonly string[]).includes(value) || OPEN_TENDER.test(value));
