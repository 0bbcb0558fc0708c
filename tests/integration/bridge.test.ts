import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { startBridge, type RunningBridge } from '../../electron/bridge/server';
import { createTestApi } from '../helpers/apiHarness';
import { tempDir } from '../helpers/tempDir';

let bridge: RunningBridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

async function start() {
  const { api, events } = createTestApi();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Orchestre</title>');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'secret');
  bridge = await startBridge({ api, events, staticDir });
  return bridge;
}

/** Raw HTTP, so the test controls every header (fetch would set Origin/Host itself). */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('loopback bridge', () => {
  test('listens on 127.0.0.1 with a random port and a per-launch token', async () => {
    const b = await start();
    expect(b.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(b.token.length).toBeGreaterThanOrEqual(40);
    expect(b.launchUrl).toBe(`${b.url}/#token=${b.token}`);
  });

  test('a call with the token works', async () => {
    const b = await start();
    const res = await request(b.port, { path: '/api/app:info', headers: { Authorization: `Bearer ${b.token}`, Host: `127.0.0.1:${b.port}` }, body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { platform: 'web' } });
  });

  test.each([
    ['no token', {}],
    ['a wrong token', { Authorization: 'Bearer nope' }],
    ['the token without its scheme', { Authorization: 'TOKEN' }],
  ])('%s is refused', async (_label, headers) => {
    const b = await start();
    const res = await request(b.port, { path: '/api/app:info', headers: { ...headers, Host: `127.0.0.1:${b.port}` }, body: '{}' });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
  });

  test('another origin is refused even with the token', async () => {
    const b = await start();
    const res = await request(b.port, {
      path: '/api/app:info',
      headers: { Authorization: `Bearer ${b.token}`, Origin: 'http://evil.example', Host: `127.0.0.1:${b.port}` },
      body: '{}',
    });
    expect(res.status).toBe(403);
  });

  test('another Host header (DNS rebinding) is refused', async () => {
    const b = await start();
    const res = await request(b.port, { path: '/api/app:info', headers: { Authorization: `Bearer ${b.token}`, Host: `evil.example:${b.port}` }, body: '{}' });
    expect(res.status).toBe(403);
  });

  test('the events stream needs the token too', async () => {
    const b = await start();
    const res = await request(b.port, { method: 'GET', path: '/api/events', headers: { Host: `127.0.0.1:${b.port}` } });
    expect(res.status).toBe(401);
  });

  test('static files cannot escape the renderer folder', async () => {
    const b = await start();
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request(b.port, { method: 'GET', path: attempt, headers: { Host: `127.0.0.1:${b.port}` } });
      expect(res.body).not.toContain('secret');
    }
    const index = await request(b.port, { method: 'GET', path: '/', headers: { Host: `127.0.0.1:${b.port}` } });
    expect(index.body).toContain('<title>Orchestre</title>');
  });

  test('malformed JSON gets a typed error', async () => {
    const b = await start();
    const res = await request(b.port, { path: '/api/app:info', headers: { Authorization: `Bearer ${b.token}`, Host: `127.0.0.1:${b.port}` }, body: '{oops' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });
});
