import path from 'node:path';
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../core/security/contentSecurityPolicy';
import { resolveStaticFile } from '../bridge/staticFiles';
import { APP_SCHEME } from './urlPolicy';

/**
 * The renderer is served from `app://orchestre/`, not file:// — a real origin, so
 * module scripts load, the CSP applies, and the sender check in IPC has an origin
 * to compare with. Must be registered before the app is ready.
 */

export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'orchestre') return new Response('Not found', { status: 404 });
    const target = resolveStaticFile(rendererDir, url.pathname) ?? resolveStaticFile(rendererDir, '/index.html');
    if (!target) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(path.resolve(target.file)).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Type', target.type);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: 200, headers });
  });
}
