import type { Handlers } from '@shared/api/contract';
import type { appearanceMethods } from '@shared/api/methods/appearance';
import { setLanguage } from '@shared/i18n';
import type { DesktopShell } from './files';

type AppearanceHandlers = Pick<Handlers, keyof typeof appearanceMethods>;

/** The colour scheme and the recent tenders reach the desktop shell when there is one. The colour scheme reaches the desktop shell's native theme when there is a shell that has one. */
export function createAppearanceHandlers(shell?: DesktopShell): AppearanceHandlers {
  return {
    'appearance.setColorScheme': ({ scheme }) => {
      if (!shell?.setColorScheme) return { applied: false };
      shell.setColorScheme(scheme);
      return { applied: true };
    },
    'appearance.setLanguage': async ({ language }) => {
      await setLanguage(language);
      shell?.setLanguage?.(language);
      return { applied: true };
    },
    'menu.setRecentTenders': ({ tenders }) => {
      if (!shell?.setRecentTenders) return { applied: false };
      shell.setRecentTenders(tenders);
      return { applied: true };
    },
  };
}
