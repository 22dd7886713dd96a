import { describe, expect, it } from 'vitest';
import { createAppearanceHandlers } from '../../../../electron/services/appearance';
import type { DesktopShell } from '../../../../electron/services/files';
import { dispatch, type Handlers } from '@shared/api/contract';
import type { ColorSchemeChoice } from '@shared/api/methods/appearance';

/** A desktop shell that records the native theme it was given (Electron's nativeTheme is not under test). */
function recordingShell(themes: ColorSchemeChoice[]): DesktopShell {
  return {
    chooseSavePath: async () => null,
    openPath: async () => undefined,
    showInFolder: () => undefined,
    setColorScheme: (scheme) => void themes.push(scheme),
  };
}

const handlersWith = (shell?: DesktopShell) => createAppearanceHandlers(shell) as unknown as Handlers;

describe('the colour scheme and the native theme', () => {
  it('hands the choice to the desktop shell', async () => {
    const themes: ColorSchemeChoice[] = [];
    const handlers = handlersWith(recordingShell(themes));
    for (const scheme of ['dark', 'light', 'system'] as const) {
      expect(await dispatch(handlers, 'appearance.setColorScheme', { scheme })).toEqual({ ok: true, data: { applied: true } });
    }
    expect(themes).toEqual(['dark', 'light', 'system']);
  });

  it('in browser mode, or with a shell without a native theme, applies nothing', async () => {
    const { setColorScheme: _none, ...plain } = recordingShell([]);
    for (const handlers of [handlersWith(), handlersWith(plain)]) {
      expect(await dispatch(handlers, 'appearance.setColorScheme', { scheme: 'dark' })).toEqual({ ok: true, data: { applied: false } });
    }
  });

  it('refuses a scheme that is not one of the three choices, and passes nothing on', async () => {
    const themes: ColorSchemeChoice[] = [];
    const result = await dispatch(handlersWith(recordingShell(themes)), 'appearance.setColorScheme', { scheme: 'auto' });
    expect(result.ok).toBe(false);
    expect(themes).toEqual([]);
  });
});
