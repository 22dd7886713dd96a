/**
 * Exposes exactly the contract's methods as window.api, each a thin invoke on its derived channel.
 * ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
// Names only: the contract's schemas stay out of the preload (they are checked in the main process).
import { METHOD_NAMES, channelOf, type MethodName } from '../../shared/api/methodNames';
import type { ApiBridge } from '../../shared/api/contract';
import { APP_COMMAND_CHANNEL, isAppCommand } from '../../shared/appCommands';

const invoker = (method: MethodName) => (input: unknown) => ipcRenderer.invoke(channelOf(method), input);

const api = Object.fromEntries(METHOD_NAMES.map((method) => [method, invoker(method)])) as ApiBridge satisfies ApiBridge;

contextBridge.exposeInMainWorld('api', api);

// The desktop menu's commands (Save, Find, New tender, screens…), run by the page like their shortcuts.
contextBridge.exposeInMainWorld('appMenu', {
  onCommand(listener: (command: string) => void) {
    const relay = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    };
    ipcRenderer.on(APP_COMMAND_CHANNEL, relay);
    return () => ipcRenderer.off(APP_COMMAND_CHANNEL, relay);
  },
});
