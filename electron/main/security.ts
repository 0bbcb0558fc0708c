import { app, session, shell, type WebContents } from 'electron';
import { isInAppUrl, isSafeExternalUrl } from './urlPolicy';

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
      if (!isInAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isInAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const safe = isSafeExternalUrl(url);
      if (safe) void shell.openExternal(safe.toString());
      return { action: 'deny' };
    });
  });
}
