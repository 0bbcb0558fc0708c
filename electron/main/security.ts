import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/** Only web links may leave the app, and only to the user's browser. */
export function isSafeExternalUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** An IPC call is trusted only from our own page's main frame (Electron security checklist #17). */
export function isTrustedFrameUrl(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false;
  try {
    return new URL(frameUrl).origin === APP_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * App-wide hardening, applied to every web contents as it is created: no
 * navigation away from the app, no new windows (http(s) links go to the browser),
 * no <webview>, and every permission request (camera, notifications…) denied.
 */
export function applySecurityPolicies(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const safe = isSafeExternalUrl(url);
      if (safe) void shell.openExternal(safe.toString());
      return { action: 'deny' };
    });
  });
}
