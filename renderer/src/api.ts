/**
 * The only place the renderer talks to the outside world: window.api in Electron (exposed by the
 * preload from the shared contract), HTTP to the browser host otherwise. Both carry the same envelope.
 */
import type { ApiBridge, Input, Method, Output } from '@shared/api/contract';
import type { ApiErrorBody, ApiResult } from '@shared/api/errors';
import { isAppCommand, type AppCommand } from '@shared/appCommands';

declare global {
  interface Window {
    api?: ApiBridge;
    /** The desktop menu's commands (Electron only); returns the unsubscribe. */
    appMenu?: { onCommand: (listener: (command: string) => void) => () => void };
  }
}

/** Raised in the renderer when a call fails; carries the per-field issues for forms. */
export class ApiCallError extends Error {
  constructor(public readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
  }
}

const TOKEN_KEY = 'tenderwright.token';

/** The browser host puts its per-run token in the URL; keep it for reloads in this tab only. */
function browserHostToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function overHttp<M extends Method>(method: M, input: Input<M>): Promise<ApiResult<Output<M>>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenderwright-token': browserHostToken() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'io', message: 'Tenderwright is not running: the connection to it was lost.' } };
  }
  try {
    return (await response.json()) as ApiResult<Output<M>>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `Unexpected reply (HTTP ${response.status}).` } };
  }
}

/** Calls an API method and returns its data, or throws ApiCallError with the service's message. */
export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const bridge = window.api;
  const result = bridge ? await (bridge[method] as (i: Input<M>) => Promise<ApiResult<Output<M>>>)(input) : await overHttp(method, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data;
}

export const transport = (): 'electron' | 'browser' => (window.api ? 'electron' : 'browser');

/** Listens for the desktop menu's commands; in the browser there is no such menu and this does nothing. */
export function onAppCommand(listener: (command: AppCommand) => void): () => void {
  const menu = window.appMenu;
  if (!menu) return () => undefined;
  return menu.onCommand((command) => {
    if (isAppCommand(command)) listener(command);
  });
}
