import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startBridge, type RunningBridge } from '../../electron/bridge/server';
import { contract, METHOD_NAMES, type Envelope, type MethodName } from '../../src/shared/contract';
import { ERROR_CODES } from '../../src/shared/errors';
import { createTestApi } from '../helpers/apiHarness';
import { dumpEngagement } from '../helpers/dumpEngagement';

/**
 * Property-based fuzz of the whole API through the loopback bridge (the browser
 * mode's transport): random and hostile payloads to every method of the
 * contract. Each answer must be a JSON envelope with a known error code, the
 * server must keep answering, and an invalid payload must not change a byte of
 * the engagement nor of the workspace folder. Seeded and bounded for `npm test`.
 */
const SEED = 20_261_123;
const RUNS_PER_METHOD = 5;

let bridge: RunningBridge;
let harness: ReturnType<typeof createTestApi>;
let engagementId: string;
let sessionId: number;
let agent: http.Agent;

function post(urlPath: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: 'POST',
        path: urlPath,
        agent,
        headers: {
          Authorization: `Bearer ${bridge.token}`,
          Host: `127.0.0.1:${bridge.port}`,
          'Content-Type': 'application/json',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function callRaw(method: string, payload: unknown): Promise<Envelope<unknown>> {
  const res = await post(`/api/${encodeURIComponent(method)}`, JSON.stringify(payload) ?? '');
  return JSON.parse(res.body) as Envelope<unknown>;
}

/** Every file under the temporary root (user data, documents, backups) with its hash. */
function workspaceHash(): string {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        lines.push(
          `${path.relative(harness.root, full)} ${crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')}`,
        );
    }
  };
  walk(harness.root);
  return lines.join('\n');
}

/** The open engagement as rows (its file is held open, so its bytes are read through SQLite) plus every other file. */
function snapshot(): string {
  return `${harness.services.sessions.get(engagementId).read(dumpEngagement)}\n--\n${workspaceHash()}`;
}

/** Strings that have broken parsers, paths, XML and HTML elsewhere. */
const hostileString = fc.constantFrom(
  '',
  ' ',
  '../../../../etc/passwd',
  '..\\..\\Windows\\win.ini',
  '/dev/zero',
  'C:\\CON',
  'file:///etc/shadow',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</w:t><w:t>injected',
  ']]><!--',
  "'; DROP TABLE notes; --",
  '\u0000\u0001\u001f',
  '\ud800',
  '\udfff\ud800',
  '🎉'.repeat(300),
  'x'.repeat(5000),
  '__proto__',
  'constructor',
  '%s%n%x',
  '1e309',
  'NaN',
  'données accentuées e\u0301',
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(null, true, false, 0, 1, 2, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, [], {}, [[[]]], {
    __proto__: { polluted: 1 },
  }),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.array(hostileString, { maxLength: 3 }),
);

/** The keys an input schema declares (zod objects, possibly refined), to aim hostile values at real fields. */
function declaredKeys(method: MethodName): string[] {
  const schema = contract[method].input as unknown as {
    shape?: Record<string, unknown>;
    def?: { in?: { shape?: Record<string, unknown> } };
  };
  return Object.keys(schema.shape ?? schema.def?.in?.shape ?? {});
}

/** A payload for `method`: anything at all, or its own fields (and our real engagement id) with hostile values. */
function payloadFor(method: MethodName): fc.Arbitrary<unknown> {
  const keys = declaredKeys(method);
  const aimed = keys.length
    ? fc
        .record(Object.fromEntries(keys.map((key) => [key, hostileValue])), { requiredKeys: [] })
        .chain((fields) =>
          fc.oneof(
            fc.constant({ ...fields, ...(keys.includes('engagementId') ? { engagementId } : {}) }),
            fc.constant({
              ...fields,
              [`extra${keys.length}`]: 'champ inconnu',
              ...(keys.includes('engagementId') ? { engagementId } : {}),
            }),
            fc.constant(fields),
          ),
        )
    : fc.constant({ unexpected: true });
  return fc.oneof(aimed, aimed, fc.anything({ maxDepth: 3 }), hostileValue);
}

/**
 * Judged on what the server receives: the JSON text. An object made with a `__proto__`
 * literal carries inherited keys that zod sees in-process but JSON drops on the wire.
 */
function isInvalid(method: MethodName, payload: unknown): boolean {
  const text = JSON.stringify(payload);
  const received: unknown = text === undefined ? {} : JSON.parse(text);
  return !contract[method].input.safeParse(received).success;
}

// A fresh workspace per test (tests/helpers/tempDir removes it after each one).
beforeEach(async () => {
  agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  harness = createTestApi();
  fs.mkdirSync(path.join(harness.root, 'static'), { recursive: true });
  fs.writeFileSync(path.join(harness.root, 'static', 'index.html'), '<!doctype html><title>Orchestre</title>');
  bridge = await startBridge({
    api: harness.api,
    events: harness.events,
    staticDir: path.join(harness.root, 'static'),
  });
  const created = await callRaw('engagement:create', { clientName: 'Cible du fuzz' });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  engagementId = (created.value as { engagementId: string }).engagementId;
  const session = await callRaw('interview:createSession', { engagementId, session: { title: 'Entretien' } });
  if (!session.ok) throw new Error(JSON.stringify(session.error));
  sessionId = (session.value as { id: number }).id;
  await callRaw('note:capture', { engagementId, sessionId, text: 'Une note avant le fuzz' });
  // The backup taken on open runs in the background: let it land before the first snapshot.
  await harness.services.backups.settle(engagementId);
});

afterEach(async () => {
  await bridge?.close();
  agent.destroy();
  harness?.services.sessions.closeAll();
});

describe('API fuzz through the loopback bridge (fast-check, seeded)', () => {
  test(`invalid payloads to each of the ${METHOD_NAMES.length} methods: INVALID_PAYLOAD, no write, the server keeps answering`, async () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(100);
    let sent = 0;
    for (const [index, method] of METHOD_NAMES.entries()) {
      const before = snapshot();
      await fc.assert(
        fc.asyncProperty(payloadFor(method), async (payload) => {
          fc.pre(isInvalid(method, payload));
          sent += 1;
          const envelope = await callRaw(method, payload);
          expect(envelope.ok, `${method} accepted ${JSON.stringify(payload)?.slice(0, 200)}`).toBe(false);
          if (!envelope.ok) expect(envelope.error.code).toBe('INVALID_PAYLOAD');
        }),
        { seed: SEED + index, numRuns: RUNS_PER_METHOD, maxSkipsPerRun: 20 },
      );
      expect(snapshot(), `${method} changed something on an invalid payload`).toBe(before);
    }
    expect(sent).toBeGreaterThan(METHOD_NAMES.length * (RUNS_PER_METHOD - 1));
    // Still alive and still the same data.
    const overview = await callRaw('engagement:overview', { engagementId });
    expect(overview.ok).toBe(true);
  }, 180_000);

  test('unknown methods, malformed bodies and hostile method names get typed refusals', async () => {
    const before = snapshot();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 60 }), hostileString), async (name) => {
        fc.pre(!(METHOD_NAMES as string[]).includes(name));
        let encoded: string;
        try {
          encoded = encodeURIComponent(name);
        } catch {
          encoded = '%ED%A0%80'; // a lone surrogate cannot be URI-encoded: send its raw UTF-8 bytes
        }
        const res = await post(`/api/${encoded}`, '{}');
        const envelope = JSON.parse(res.body) as Envelope<unknown>;
        expect(envelope.ok).toBe(false);
        if (!envelope.ok) expect(ERROR_CODES).toContain(envelope.error.code);
      }),
      { seed: SEED, numRuns: 40 },
    );
    for (const raw of ['/api/%E0%A4%A', '/api/%ZZ', '/api/%00', '/api/..%2F..%2Fetc%2Fpasswd', '/api/']) {
      const envelope = JSON.parse((await post(raw, '{}')).body) as Envelope<unknown>;
      expect(envelope, raw).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    for (const body of ['{oops', '[', 'null', '"texte"', '\u0000', '{"engagementId": "' + 'a'.repeat(100_000) + '"}']) {
      const res = await post('/api/engagement:overview', body);
      const envelope = JSON.parse(res.body) as Envelope<unknown>;
      expect(envelope.ok, body.slice(0, 20)).toBe(false);
      if (!envelope.ok) expect(envelope.error.code).toBe('INVALID_PAYLOAD');
    }
    expect(snapshot()).toBe(before);
  });

  test('hostile but valid payloads on the open engagement: a result or a typed, expected error, never INTERNAL', async () => {
    // Only methods that act inside the engagement file: no folder or path of the caller's choosing.
    const scoped = METHOD_NAMES.filter((method) => {
      const keys = declaredKeys(method);
      return (
        method !== 'engagement:close' &&
        keys.includes('engagementId') &&
        !keys.some((key) => ['folder', 'path', 'outDir', 'target'].includes(key))
      );
    });
    expect(scoped.length).toBeGreaterThan(80);
    const internal: string[] = [];
    let sent = 0;
    for (const [index, method] of scoped.entries()) {
      // Drawn, then kept when the schema accepts them: most hostile payloads are invalid.
      const valid = fc
        .sample(payloadFor(method), { seed: SEED + 1000 + index, numRuns: 40 })
        .filter((payload) => !isInvalid(method, payload));
      for (const payload of valid.slice(0, 3)) {
        sent += 1;
        const envelope = await callRaw(method, payload);
        if (!envelope.ok) {
          expect(ERROR_CODES).toContain(envelope.error.code);
          if (envelope.error.code === 'INTERNAL') internal.push(`${method} ${JSON.stringify(payload).slice(0, 160)}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(30);
    expect(internal).toEqual([]);
    const check = harness.services.sessions
      .get(engagementId)
      .read((db) => db.pragma('integrity_check', { simple: true }));
    expect(check).toBe('ok');
  }, 120_000);
});
