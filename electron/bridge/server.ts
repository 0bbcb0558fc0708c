import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { BRIDGE_API_PREFIX, BRIDGE_EVENTS_PATH } from '../../src/shared/contract/bridgeApi';
import { AppError } from '../../src/shared/errors';
import type { ApiHost } from '../core/api/apiHost';
import type { EventHub } from '../core/api/eventHub';
import { CONTENT_SECURITY_POLICY } from '../core/security/contentSecurityPolicy';
import { resolveStaticFile } from './staticFiles';

export interface BridgeOptions {
  api: ApiHost;
  events: EventHub;
  /** 0 (default) picks a random free port. */
  port?: number;
  /** A per-launch secret; random when omitted. */
  token?: string;
  /** The built renderer (out/renderer); omitted in API-only tests. */
  staticDir?: string;
  log?: (message: string) => void;
}

export interface RunningBridge {
  url: string;
  /** URL to give the user: the token travels in the fragment, which browsers never send. */
  launchUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Payloads carry base64 images; anything larger is refused before parsing. */
const MAX_BODY_BYTES = 80 * 1024 * 1024;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The loopback HTTP transport over the API table, for the browser mode and the
 * end-to-end tests. Listens on 127.0.0.1 only; every API call needs the launch
 * token; requests naming another Host (DNS rebinding) or another Origin are refused.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const token = options.token ?? crypto.randomBytes(32).toString('base64url');
  const tokenBuffer = Buffer.from(`Bearer ${token}`);
  const log = options.log ?? (() => {});
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const eventStreams = new Set<http.ServerResponse>();

  const hasToken = (request: http.IncomingMessage): boolean => {
    const given = Buffer.from(request.headers.authorization ?? '');
    return given.length === tokenBuffer.length && crypto.timingSafeEqual(given, tokenBuffer);
  };

  const sendJson = (response: http.ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  const refuse = (response: http.ServerResponse, status: number, error: AppError) =>
    sendJson(response, status, { ok: false, error: error.toShape() });

  const server = http.createServer((request, response) => {
    const host = request.headers.host ?? '';
    const origin = request.headers.origin;
    if (!allowedHosts().has(host)) return refuse(response, 403, new AppError('FORBIDDEN_SENDER'));
    if (origin !== undefined && !allowedOrigins().has(origin)) return refuse(response, 403, new AppError('FORBIDDEN_SENDER'));

    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname === '/healthz') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' });
      return response.end('ok');
    }

    if (url.pathname === BRIDGE_EVENTS_PATH) {
      if (request.method !== 'GET') return refuse(response, 405, new AppError('UNKNOWN_METHOD', { method: 'events' }));
      if (!hasToken(request)) return refuse(response, 401, new AppError('FORBIDDEN_SENDER'));
      response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      response.write(': connected\n\n');
      eventStreams.add(response);
      request.on('close', () => eventStreams.delete(response));
      return;
    }

    if (url.pathname.startsWith(BRIDGE_API_PREFIX)) {
      if (request.method !== 'POST') return refuse(response, 405, new AppError('UNKNOWN_METHOD', { method: url.pathname }));
      if (!hasToken(request)) return refuse(response, 401, new AppError('FORBIDDEN_SENDER'));
      let method: string;
      try {
        method = decodeURIComponent(url.pathname.slice(BRIDGE_API_PREFIX.length));
      } catch {
        // Malformed percent-encoding: refused here, since a throw in this handler would end the process.
        return refuse(response, 400, new AppError('UNKNOWN_METHOD', { method: url.pathname.slice(0, 80) }));
      }
      return readBody(request, MAX_BODY_BYTES)
        .then(async (body) => {
          let payload: unknown;
          try {
            payload = body.length ? JSON.parse(body.toString('utf8')) : {};
          } catch {
            return refuse(response, 400, new AppError('INVALID_PAYLOAD', { field: '(racine)', reason: 'JSON invalide', issue: 'invalid_type' }));
          }
          const envelope = await options.api.invoke(method, payload, 'web');
          sendJson(response, 200, envelope);
        })
        .catch((error: unknown) => {
          if (error instanceof AppError) return refuse(response, 413, error);
          log(`[bridge] ${String(error)}`);
          refuse(response, 500, new AppError('INTERNAL', { detail: 'bridge' }));
        });
    }

    if (!options.staticDir || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return refuse(response, 404, new AppError('NOT_FOUND', { what: url.pathname }));
    }
    const target = resolveStaticFile(options.staticDir, url.pathname) ?? resolveStaticFile(options.staticDir, '/index.html');
    if (!target) return refuse(response, 404, new AppError('NOT_FOUND', { what: url.pathname }));
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': target.type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': path.basename(target.file) === 'index.html' ? 'no-store' : 'public, max-age=31536000, immutable',
    });
    if (request.method === 'HEAD') return response.end();
    // The file may vanish between resolve and read (a rebuild of out/): end the reply, keep serving.
    fs.createReadStream(target.file)
      .on('error', () => response.destroy())
      .pipe(response);
  });

  const unsubscribe = options.events.subscribe((event) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const stream of eventStreams) stream.write(line);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    launchUrl: `${url}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(request: http.IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new AppError('IMAGE_TOO_LARGE', { size: `${Math.round(size / 1048576)} Mo`, limit: `${limit / 1048576} Mo` }));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
