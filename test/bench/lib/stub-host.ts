import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHandlers, type HandlerOptions } from '../../../electron/services/handlers';
import { startBrowserHost } from '../../../electron/web/server';

/** The browser host on the bench's own workspace, serving a one-line page where the built renderer would be. */
export async function startStubHost(dir: string, options: HandlerOptions = {}) {
  const workspace = join(dir, 'workspace');
  const rendererDir = join(dir, 'renderer');
  await mkdir(rendererDir, { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tenderwright</title>');
  const handlers = await createHandlers(workspace, undefined, options);
  const host = await startBrowserHost({ handlers, rendererDir });
  return { handlers, host };
}
