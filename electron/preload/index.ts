/**
 * Exposes exactly the contract's methods as window.api, each a thin invoke on its derived channel.
 * ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
// Names only: the contract's schemas stay out of the preload (they are checked in the main process).
import { METHOD_NAMES, channelOf, type MethodName } from '../../shared/api/methodNames';
import type { ApiBridge } from '../../shared/api/contract';

const invoker = (method: MethodName) => (input: unknown) => ipcRenderer.invoke(channelOf(method), input);

const api = Object.fromEntries(METHOD_NAMES.map((method) => [method, invoker(method)])) as ApiBridge satisfies ApiBridge;

contextBridge.exposeInMainWorld('api', api);
