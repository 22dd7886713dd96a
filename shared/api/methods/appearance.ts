import { z } from 'zod';
import { returns } from '../define';

/** The user's colour scheme choice, as the desktop window's native parts (title bar, menus, scrollbars) should follow it. */
export const ColorSchemeChoiceSchema = z.enum(['system', 'light', 'dark']);
export type ColorSchemeChoice = z.infer<typeof ColorSchemeChoiceSchema>;

export const appearanceMethods = {
  /** The desktop app sets its native theme; browser mode has none and answers applied: false. */
  'appearance.setColorScheme': {
    input: z.object({ scheme: ColorSchemeChoiceSchema }).strict(),
    output: returns<{ applied: boolean }>(),
  },
} as const;
