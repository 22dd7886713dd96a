/**
 * Security gate, the half that needs the built renderer and a real browser:
 * the CSP of the built page, the page reaching nothing but its own host, and a DNS-rebound host
 * name getting nothing. The rest of the gate (electronegativity, Host/token refusals at the HTTP
 * level) is test/unit/reliability/security-gate.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Request } from '@playwright/test';
import { test, expect } from './fixtures';

const BUILT_INDEX = resolve(__dirname, '..', '..', 'out', 'renderer', 'index.html');

function unsafeSources(policy: string): string[] {
  return policy
    .split(';')
    .flatMap((directive) => directive.trim().split(/\s+/).slice(1))
    .filter((source) => /^'unsafe-|^'wasm-unsafe-eval'$/i.test(source));
}

test.describe('Security gate', () => {
  test('the built page and the host both carry a CSP without unsafe-inline or unsafe-eval', async ({ request }) => {
    const html = await readFile(BUILT_INDEX, 'utf8');
    const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
    const meta = tag ? /content=(["'])(.*?)\1/is.exec(tag)?.[2] : undefined;
    expect(meta, 'out/renderer/index.html has a CSP meta tag').toBeTruthy();
    expect(unsafeSources(meta!)).toEqual([]);
    expect(meta).toMatch(/script-src 'self'(;|$)/);
    // The build must not have inlined any script or style the policy would then have to allow.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style[\s>]/i);

    const page = await request.get('/');
    expect(page.status()).toBe(200);
    const header = page.headers()['content-security-policy'];
    expect(header, 'the host sends a CSP header').toBeTruthy();
    expect(unsafeSources(header!)).toEqual([]);
    expect(header).toMatch(/connect-src 'self'/);
  });

  test('the page makes no request to any other origin, on any screen, even when it tries', async ({ browser, host }) => {
    const context = await browser.newContext();
    const own = (url: string) => url.startsWith(`${host.baseURL}/`) || url.startsWith('data:') || url.startsWith('blob:');
    const attempted: Request[] = [];
    context.on('request', (req) => {
      if (!own(req.url())) attempted.push(req);
    });
    // Only requests the browser is really about to send reach a route handler (CSP-blocked ones never
    // do). Any that does is recorded and aborted, so it never leaves the machine.
    const escaped: string[] = [];
    await context.route(
      (url) => !own(url.href),
      (route) => {
        escaped.push(`${route.request().method()} ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    const page = await context.newPage();
    try {
      // 1. Using the app: not a single request to anywhere else, not even one the CSP would stop.
      await page.goto(host.url);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const links = page.getByRole('navigation').getByRole('link');
      const count = await links.count();
      expect(count, 'the app frame shows its navigation').toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) {
        await links.nth(i).click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
      expect(
        attempted.map((req) => `${req.method()} ${req.url()}`),
        'requests to other origins while using the app',
      ).toEqual([]);

      // 2. The page itself tries every way out it has; the CSP must stop each one before it is sent.
      const outcomes = await page.evaluate(async () => {
        const tries: Record<string, () => Promise<unknown>> = {
          'fetch https': () => fetch('https://example.com/'),
          'fetch http': () => fetch('http://example.com/'),
          'fetch another local port': () => fetch('http://127.0.0.1:9/'),
          'fetch localhost by name': () => fetch(`http://localhost:${location.port}/api/tenders.list`, { method: 'POST', body: '{}' }),
          image: () =>
            new Promise((ok, fail) => {
              const img = new Image();
              img.onload = ok;
              img.onerror = fail;
              img.src = 'https://example.com/pixel.png';
            }),
          script: () =>
            new Promise((ok, fail) => {
              const script = document.createElement('script');
              script.onload = ok;
              script.onerror = fail;
              script.src = 'https://example.com/x.js';
              document.head.append(script);
            }),
          websocket: () =>
            new Promise((ok, fail) => {
              const socket = new WebSocket('wss://example.com/');
              socket.onopen = ok;
              socket.onerror = fail;
            }),
          'event source': () =>
            new Promise((ok, fail) => {
              const source = new EventSource('https://example.com/events');
              source.onopen = ok;
              source.onerror = () => {
                source.close();
                fail(new Error('error'));
              };
            }),
        };
        const result: Record<string, string> = {};
        for (const [name, attempt] of Object.entries(tries)) {
          try {
            await attempt();
            result[name] = 'reached';
          } catch {
            result[name] = 'blocked';
          }
        }
        return result;
      });
      for (const [name, outcome] of Object.entries(outcomes)) expect(outcome, name).toBe('blocked');
      // Chromium reports some blocked subresources as requests; each must have failed on the CSP itself.
      for (const req of attempted) {
        await req.response();
        expect(req.failure()?.errorText, `${req.method()} ${req.url()}`).toMatch(/^(csp|net::ERR_BLOCKED_BY_CSP)$/);
      }
      expect(escaped, 'requests that left the page for another origin').toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a page that reaches the host under another name (DNS rebinding) gets nothing', async ({ playwright, host, token }, testInfo) => {
    const configured = testInfo.project.use.launchOptions ?? {};
    // Chromium resolves rebind.test to 127.0.0.1, as an attacker's DNS would after the page loaded.
    const browser = await playwright.chromium.launch({
      ...configured,
      args: [...(configured.args ?? []), '--host-resolver-rules=MAP rebind.test 127.0.0.1'],
    });
    try {
      const page = await browser.newPage();
      const rebound = `http://rebind.test:${new URL(host.baseURL).port}`;
      const response = await page.goto(`${rebound}/`);
      expect(response?.status()).toBe(403);
      expect(await page.content()).not.toContain('Content-Security-Policy');
      // Even holding the real token, the rebound origin is refused.
      const status = await page.evaluate(
        async ([url, secret]) =>
          (await fetch(`${url}/api/tenders.list`, { method: 'POST', headers: { 'x-tenderwright-token': secret! }, body: '{}' })).status,
        [rebound, token],
      );
      expect(status).toBe(403);
    } finally {
      await browser.close();
    }
  });
});
