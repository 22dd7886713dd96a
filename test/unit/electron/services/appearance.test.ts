import { describe, expect, it } from 'vitest';
import { createAppearanceHandlers } from '../../../../electron/services/appearance';
import type { DesktopShell } from '../../../../electron/services/files';
import { dispatch, type Handlers } from '@shared/api/contract';
import type { ColorSchemeChoice } from '@shared/api/methods/appearance';
import { isAppCommand, tenderOfCommand } from '@shared/appCommands';

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

describe('the recent tenders in the desktop menu', () => {
  it('hands the list to the desktop shell, and in browser mode applies nothing', async () => {
    const lists: { id: string; title: string }[][] = [];
    const shell: DesktopShell = { ...recordingShell([]), setRecentTenders: (tenders) => void lists.push(tenders) };
    const tenders = [
      { id: 't-1', title: 'School meals' },
      { id: 't-2', title: 'Road salt' },
    ];
    expect(await dispatch(handlersWith(shell), 'menu.setRecentTenders', { tenders })).toEqual({ ok: true, data: { applied: true } });
    expect(lists).toEqual([tenders]);
    expect(await dispatch(handlersWith(), 'menu.setRecentTenders', { tenders })).toEqual({ ok: true, data: { applied: false } });
  });

  it('refuses an id that could not be a tender, and more tenders than the menu lists, passing nothing on', async () => {
    const lists: unknown[] = [];
    const shell: DesktopShell = { ...recordingShell([]), setRecentTenders: (tenders) => void lists.push(tenders) };
    const bad = await dispatch(handlersWith(shell), 'menu.setRecentTenders', { tenders: [{ id: '../x', title: 'x' }] });
    const many = Array.from({ length: 11 }, (_, i) => ({ id: `t-${i}`, title: `Tender ${i}` }));
    const tooMany = await dispatch(handlersWith(shell), 'menu.setRecentTenders', { tenders: many });
    expect([bad.ok, tooMany.ok]).toEqual([false, false]);
    expect(lists).toEqual([]);
  });
});

describe('the desktop menu opening a recent tender', () => {
  it('accepts open-tender commands for tender ids only', () => {
    expect(isAppCommand('open-tender:t-1')).toBe(true);
    expect(tenderOfCommand('open-tender:t-1')).toBe('t-1');
    for (const bad of ['open-tender:', 'open-tender:../x', 'open-tender:a b', 'open-tenders:t-1']) expect(isAppCommand(bad)).toBe(false);
  });
});
