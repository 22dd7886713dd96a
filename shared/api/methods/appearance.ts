import { z } from 'zod';
import { IdSchema } from '../../model/common';
import { LanguageSchema } from '../../model/language';
import { returns } from '../define';

/** The user's colour scheme choice, as the desktop window's native parts (title bar, menus, scrollbars) should follow it. */
export const ColorSchemeChoiceSchema = z.enum(['system', 'light', 'dark']);
export type ColorSchemeChoice = z.infer<typeof ColorSchemeChoiceSchema>;

/** How many recent tenders the desktop menu lists. */
export const RECENT_IN_MENU = 10;

export const appearanceMethods = {
  /** The desktop app sets its native theme; browser mode has none and answers applied: false. */
  'appearance.setColorScheme': {
    input: z.object({ scheme: ColorSchemeChoiceSchema }).strict(),
    output: returns<{ applied: boolean }>(),
  },
  /** The user's language: the services' messages and the desktop menu speak it from then on. */
  'appearance.setLanguage': {
    input: z.object({ language: LanguageSchema }).strict(),
    output: returns<{ applied: boolean }>(),
  },
  /** The desktop menu's File > Open recent lists these (most recent first); browser mode has no menu. */
  'menu.setRecentTenders': {
    input: z
      .object({
        tenders: z.array(z.object({ id: IdSchema, title: z.string().max(300) }).strict()).max(RECENT_IN_MENU),
      })
      .strict(),
    output: returns<{ applied: boolean }>(),
  },
} as const;
