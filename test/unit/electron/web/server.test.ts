import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../../electron/services/handlers';
import { startBrowserHost, type BrowserHost } from '../../../../electron/web/server';

let root: string;
let rendererDir: string;
let host: BrowserHost;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the Host header and odd paths go out exactly as written. */
function send(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((done, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, body: unknown, token: string | null = host.token) =>
  send({
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-tenderwright-token': token }) },
    body: JSON.stringify(body),
  });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tw-web-'));
  rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Tenderwright</title>');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  host = await startBrowserHost({ handlers: await createHandlers(join(root, 'workspace')), rendererDir });
});

afterEach(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    const address = host.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers API calls that carry the token', async () => {
    const created = await api('tenders.create', { title: 'Phones', reference: 'P-1', buyer: 'Region', lots: ['Phones'] });
    expect(created.status).toBe(200);
    const list = JSON.parse((await api('tenders.list', {})).body);
    expect(list.ok).toBe(true);
    expect(list.data.map((t: { title: string }) => t.title)).toEqual(['Phones']);
  });

  it('refuses calls without the token or with a wrong one, and does nothing', async () => {
    const missing = await api('tenders.create', { title: 'X', reference: '', buyer: '', lots: ['A'] }, null);
    const wrong = await api('tenders.create', { title: 'X', reference: '', buyer: '', lots: ['A'] }, 'not-the-token');
    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(JSON.parse(missing.body).error.message).toMatch(/token/i);
    const tenders = await readdir(join(root, 'workspace', 'tenders')).catch(() => []);
    expect(tenders).toEqual([]);
  });

  it('rejects invalid payloads with a message naming the field', async () => {
    const wrongType = await api('tenders.create', { title: 42, reference: '', buyer: '', lots: ['A'] });
    expect(wrongType.status).toBe(400);
    expect(JSON.parse(wrongType.body).error.issues[0].path).toBe('title');

    const unknown = JSON.parse((await api('tenders.create', { title: 'A', reference: '', buyer: '', lots: ['A'], admin: true })).body);
    expect(unknown.error.message).toMatch(/admin/);

    const huge = JSON.parse((await api('tenders.create', { title: 'x'.repeat(100_000), reference: '', buyer: '', lots: ['A'] })).body);
    expect(huge.error.issues[0]).toMatchObject({ path: 'title' });
    expect(huge.error.message).toMatch(/at most 300 characters/);

    const notJson = await send({
      path: '/api/tenders.list',
      method: 'POST',
      headers: { 'x-tenderwright-token': host.token },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toMatch(/not valid JSON/);

    const malformed = await send({ path: '/api/%E0%A4%A', method: 'POST', headers: { 'x-tenderwright-token': host.token }, body: '{}' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.message).toMatch(/method name/);

    const unknownMethod = await api('tenders.explode', {});
    expect(unknownMethod.status).toBe(404);
    expect(JSON.parse(unknownMethod.body).error.message).toMatch(/Unknown API method/);
  });

  it('serves the renderer and refuses path traversal however it is spelled', async () => {
    const index = await send({ path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/renderer/../../secret.txt',
      '/%00',
    ]) {
      const res = await send({ path });
      expect(res.status, path).not.toBe(200);
      expect(res.body).not.toContain('outside the renderer');
    }
  });

  it('refuses requests addressed to another host name (DNS rebinding) and cross-site origins', async () => {
    const rebound = await send({
      path: '/api/tenders.list',
      method: 'POST',
      headers: { host: `evil.example:${host.port}`, 'x-tenderwright-token': host.token },
      body: '{}',
    });
    expect(rebound.status).toBe(403);
    const crossSite = await send({
      path: '/api/tenders.list',
      method: 'POST',
      headers: { origin: 'http://evil.example', 'x-tenderwright-token': host.token },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
  });

  it('refuses oversized bodies before reading them', async () => {
    const res = await send({
      path: '/api/tenders.list',
      method: 'POST',
      headers: { 'x-tenderwright-token': host.token, 'content-length': String(50 * 1024 * 1024) },
      body: '',
    }).catch((error: Error) => ({ status: -1, headers: {}, body: error.message }));
    expect([413, -1]).toContain(res.status);
  });
});
