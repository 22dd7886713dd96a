/**
 * Exposes exactly the contract's methods as window.api, each a thin invoke on its derived channel.
 * ipcRenderer itself never reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { METHODS, channelOf, type ApiBridge, type Method } from '../../shared/api/contract';

const invoker = (method: Method) => (input: unknown) => ipcRenderer.invoke(channelOf(method), input);

const api = Object.fromEntries(METHODS.map((method) => [method, invoker(method)])) as ApiBridge satisfies ApiBridge;

contextBridge.exposeInMainWorld('api', api);
