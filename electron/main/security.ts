/**
 * Electron's security checklist in one place. Only type imports from `electron` here, so the
 * browser host can share the CSP without loading Electron.
 */
import type { App, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** No inline script or style, no eval, nothing from the network: the app is entirely local. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: true,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

/** True when a URL is the app's own page (the packaged file or the dev server in development). */
export function isAppUrl(url: string, appEntryUrl: string): boolean {
  try {
    const target = new URL(url);
    const entry = new URL(appEntryUrl);
    if (entry.protocol === 'file:') return target.protocol === 'file:' && target.pathname === entry.pathname;
    return target.origin === entry.origin;
  } catch {
    return false;
  }
}

/** Denies permission requests, sets the CSP header on every response. */
export function secureSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
}

/** Blocks navigation away from the app, new windows and <webview> attachment for every web contents. */
export function lockDownWebContents(app: App, appEntryUrl: () => string): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appEntryUrl())) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appEntryUrl())) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
