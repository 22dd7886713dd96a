/**
 * The browser host: the renderer and the same services over HTTP, for tests and `npm run web`.
 * Listens on 127.0.0.1 only; every API call must carry the per-run token.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { dispatch, type Handlers } from '../../shared/api/contract';
import type { ApiErrorBody, ApiResult } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../main/security';

export const TOKEN_HEADER = 'x-tenderwright-token';
/** Enough for a very large tender; anything bigger is refused before it is read into memory. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const STATUS_FOR: Record<ApiErrorBody['code'], number> = {
  invalid_input: 400,
  unauthorized: 401,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  corrupt: 422,
  io: 500,
  internal: 500,
};

export interface BrowserHostOptions {
  handlers: Handlers;
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface BrowserHost {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function fail(res: ServerResponse, status: number, code: ApiErrorBody['code'], message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererRoot = resolve(options.rendererDir);
  let port = 0;

  /** Refuses requests addressed to any other host name (DNS rebinding). */
  const hostAllowed = (host: string | undefined) => host === `127.0.0.1:${port}` || host === `localhost:${port}`;

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return fail(res, 405, 'invalid_input', 'API calls must use POST.');
    const origin = req.headers.origin;
    if (origin !== undefined && !hostAllowed(origin.replace(/^http:\/\//, ''))) {
      return fail(res, 403, 'unauthorized', 'Calls from other sites are refused.');
    }
    const given = req.headers[TOKEN_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, token)) {
      return fail(res, 401, 'unauthorized', 'Missing or wrong access token: open the address Tenderwright printed at start-up.');
    }
    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // The rest of the upload is not wanted: close the connection once the refusal is sent.
        res.setHeader('connection', 'close');
        res.once('finish', () => req.destroy());
        return fail(res, 413, 'invalid_input', `Request larger than ${MAX_BODY_BYTES / 1024 / 1024} MB refused.`);
      }
      throw error;
    }
    let input: unknown;
    try {
      input = text.trim() === '' ? {} : JSON.parse(text);
    } catch {
      return fail(res, 400, 'invalid_input', 'The request body is not valid JSON.');
    }
    let methodName: string;
    try {
      methodName = decodeURIComponent(method);
    } catch {
      return fail(res, 400, 'invalid_input', 'The method name in the address is not valid.');
    }
    const result = await dispatch(options.handlers, methodName, input);
    sendJson(res, result.ok ? 200 : STATUS_FOR[result.error.code], result);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      res.writeHead(400).end('Bad path');
      return;
    }
    if (decoded.includes('\0')) {
      res.writeHead(400).end('Bad path');
      return;
    }
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = resolve(rendererRoot, relative);
    // Anything that resolves outside the built renderer is refused, however it was spelled.
    if (file !== rendererRoot && !file.startsWith(rendererRoot + sep)) {
      res.writeHead(404).end('Not found');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (!hostAllowed(req.headers.host)) {
        res.writeHead(403, { 'content-type': 'text/plain' }).end('Host not allowed');
        return;
      }
      // Parse against a fixed base: the request line's path is all we use.
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const api = /^\/api\/([^/]+)$/.exec(url.pathname);
      if (api) await handleApi(req, res, api[1] ?? '');
      else await handleStatic(req, res, url.pathname);
    })().catch((error: unknown) => {
      if (!res.headersSent) fail(res, 500, 'internal', `Unexpected error: ${error instanceof Error ? error.message : String(error)}`);
      else res.end();
    });
  });

  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

export const rendererDirNextTo = (builtFileDir: string) => join(builtFileDir, '..', 'renderer');
