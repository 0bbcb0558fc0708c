import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/contentSecurityPolicy';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name!, values] as const;
  }),
);

describe('the renderer Content-Security-Policy', () => {
  test('scripts come from the app only: no eval, no inline script, no remote origin', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });

  test('no plugins, no <base>, no form posts, no framing, and fetch stays on the app', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  test.each(['electron/main/protocol.ts', 'electron/bridge/server.ts'])(
    '%s sends it as a header with every page',
    (file) => {
      const source = fs.readFileSync(path.join(__dirname, '../..', file), 'utf8');
      expect(source).toMatch(/['"]Content-Security-Policy['"][,:]\s*CONTENT_SECURITY_POLICY/);
    },
  );
});
