import { tenderOfCommand, type AppCommand } from '@shared/appCommands';
import { t } from '@shared/i18n';
import { useAppStore } from '../store';
import { TENDER_SCREENS, screenEntry, type Screen } from '../screens';

/** Ctrl+1 … Ctrl+7: the Tenders list, then the open tender's screens, as the navigation lists them. */
export const NUMBERED_SCREENS: readonly Screen[] = ['tenders', ...TENDER_SCREENS];

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** How the shortcut modifier is written on this computer. */
export const MOD_KEY = IS_MAC ? '⌘' : 'Ctrl';

interface ShortcutEntry {
  keys: string[];
  does: string;
}

/** Every shortcut the app answers to, as the list of shortcuts shows them, in the user's language. */
export const shortcutList = (): readonly ShortcutEntry[] => [
  { keys: [MOD_KEY, 'S'], does: t('common:shortcuts.list.save') },
  { keys: [MOD_KEY, 'F'], does: t('common:shortcuts.list.find') },
  { keys: [MOD_KEY, 'N'], does: t('common:shortcuts.list.newTender') },
  ...NUMBERED_SCREENS.map((screen, index) => ({
    keys: [MOD_KEY, String(index + 1)],
    does: t('common:shortcuts.list.goTo', { screen: screenEntry(screen).title }),
  })),
  { keys: [MOD_KEY, 'Z'], does: t('common:shortcuts.list.undo') },
  { keys: [MOD_KEY, t('common:shortcuts.shift'), 'Z'], does: t('common:shortcuts.list.redo') },
  { keys: [MOD_KEY, 'P'], does: t('common:shortcuts.list.print') },
  { keys: [MOD_KEY, '?'], does: t('common:shortcuts.list.show') },
];

/** The screen's own search or filter box, if it shows one (the dialogs' boxes are not the screen's). */
function screenSearchBox(): HTMLInputElement | null {
  const boxes = document.querySelectorAll<HTMLInputElement>('#main input[type="search"]:not(:disabled)');
  return [...boxes].find((box) => box.getClientRects().length > 0) ?? null;
}

function findOnScreen(): void {
  const box = screenSearchBox();
  if (!box) return useAppStore.getState().showShortcutPanel('find');
  box.focus();
  box.select();
}

function saveNow(): void {
  const { saveState, saveNow: save, openTenderId } = useAppStore.getState();
  if (openTenderId && saveState.status === 'pending') void save();
}

/** Runs one command, whether it came from a shortcut or from the desktop menu. */
export function runAppCommand(command: AppCommand | 'print'): void {
  const state = useAppStore.getState();
  switch (command) {
    case 'save':
      return saveNow();
    case 'find':
      return findOnScreen();
    case 'new-tender':
      state.navigate('tenders');
      return state.requestNewTender(true);
    case 'shortcuts':
      return state.showShortcutPanel('shortcuts');
    case 'print':
      return window.print();
    default: {
      const tenderId = tenderOfCommand(command);
      if (tenderId) return state.navigate('details', tenderId);
      const screen = NUMBERED_SCREENS[Number(command.slice('screen-'.length)) - 1];
      if (screen) state.navigate(screen);
    }
  }
}

/** The command a key press asks for, if it is one of the shortcuts above (undo and redo aside). */
export function commandOfKey(event: KeyboardEvent): AppCommand | 'print' | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null;
  if (event.key === '?' || (event.code === 'Slash' && event.shiftKey)) return 'shortcuts';
  if (event.shiftKey) return null;
  const digit = /^Digit([1-7])$/.exec(event.code)?.[1];
  if (digit) return `screen-${digit}` as AppCommand;
  const letters: Record<string, AppCommand | 'print'> = { s: 'save', f: 'find', n: 'new-tender', p: 'print' };
  return letters[event.key.toLowerCase()] ?? null;
}
