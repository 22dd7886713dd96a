import { dialog, type BrowserWindow } from 'electron';

/**
 * While edits are not saved, the page's beforeunload handler refuses to unload. Electron shows no
 * question of its own for that: it emits 'will-prevent-unload', and the page stays unless the handler
 * calls preventDefault. So closing the window (or reloading it) asks here, with Stay as the default.
 */
export function askBeforeLeavingUnsavedEdits(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'Leave without saving?',
      message: 'Leave without saving?',
      detail:
        'Some edits to the open tender are not saved to the workspace yet. The bar at the top of the window says why. If you leave now, those edits may be lost.',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
}
