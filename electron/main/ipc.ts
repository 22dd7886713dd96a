import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { METHODS, channelOf, dispatch, type Handlers } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';

/**
 * Registers every contract method on IPC. Input is parsed with the method's schema inside dispatch;
 * calls from any frame other than the app's own top-level page are refused.
 */
export function registerIpc(handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      const frame = event.senderFrame;
      const trusted = frame !== null && frame === event.sender.mainFrame && isTrustedUrl(frame.url);
      if (!trusted) {
        return { ok: false, error: { code: 'unauthorized', message: 'Calls are accepted only from the Tenderwright window.' } };
      }
      return dispatch(handlers, method, input);
    });
  }
}
