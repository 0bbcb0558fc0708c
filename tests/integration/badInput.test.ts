import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterEach, describe, expect, test } from 'vitest';
import { formatError } from '../../src/shared/errorMessages';
import { ERROR_CODES } from '../../src/shared/errors';
import { captureNote } from '../../electron/core/domain/interview/notes';
import { EngagementSessions } from '../../electron/core/store/sessions';
import { createTestClient, type TestClient } from '../helpers/callApi';
import { dumpEngagement } from '../helpers/dumpEngagement';
import { makeEngagement, sha256 } from '../helpers/engagementFiles';
import { tempDir } from '../helpers/tempDir';

/** Rows of docs/bad-input.md that the store, image and text tests elsewhere do not cover. */
let client: TestClient | undefined;
afterEach(() => {
  client?.close();
  client = undefined;
});

const FILE_ERRORS = [
  'FILE_CORRUPT',
  'FILE_NOT_SQLITE',
  'FILE_TRUNCATED',
  'FILE_OTHER_APP',
  'FILE_HEADER_UNSUPPORTED',
  'FILE_TOO_NEW',
];

describe('damaged engagement files', () => {
  test('random byte flips (seeded): refused with a file error and left unchanged, or opened intact; never an unexpected error', async () => {
    const dir = tempDir();
    const good = fs.readFileSync(makeEngagement(dir, 'source.orchestre'));
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: good.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (flips) => {
          const bytes = Buffer.from(good);
          for (const { at, xor } of flips) bytes[at]! ^= xor;
          const file = path.join(dir, 'abime.orchestre');
          fs.rmSync(file, { force: true });
          fs.writeFileSync(file, bytes);
          const before = sha256(file);
          const sessions = new EngagementSessions({ backupDir: path.join(dir, 'backups') });
          try {
            const session = await sessions.open(file, 'test');
            // Opened: every table must still read (a damaged page shows up as FILE_CORRUPT, not a crash).
            session.read(dumpEngagement);
            sessions.close(session.id);
          } catch (error) {
            const code = (error as { code?: string }).code ?? '';
            expect(ERROR_CODES).toContain(code);
            expect(FILE_ERRORS).toContain(code);
            expect(sha256(file)).toBe(before);
            refused += 1;
          } finally {
            sessions.closeAll();
          }
        },
      ),
      { seed: 7_071_789, numRuns: 40 },
    );
    expect(refused).toBeGreaterThan(0);
  });
});

describe('paths', () => {
  test.each([
    ['spaces', 'Dossier clients/Mission  Dupont & Fils'],
    ['accents (NFC)', 'Clients/Société Générale Énergie'.normalize('NFC')],
    ['accents (NFD, as macOS writes them)', 'Clients/Société Générale Énergie'.normalize('NFD')],
    ['emoji', 'Clients 🎯/Mission 🚀 croissance'],
  ])('a folder and a file name with %s: create, write, close, reopen', async (_label, relative) => {
    const c = (client = createTestClient());
    const folder = path.join(c.root, path.dirname(relative));
    const handle = await c.call('engagement:create', {
      clientName: 'Dupont',
      folder,
      fileName: path.basename(relative),
    });
    expect(path.basename(handle.path)).toBe(`${path.basename(relative)}.orchestre`);
    await c.call('engagement:update', {
      engagementId: handle.engagementId,
      patch: { context: 'Écrit dans un chemin difficile' },
    });
    await c.call('engagement:close', { engagementId: handle.engagementId });
    const again = await c.call('engagement:open', { path: handle.path });
    expect((await c.call('engagement:overview', { engagementId: again.engagementId })).info.context).toBe(
      'Écrit dans un chemin difficile',
    );
  });

  test('the NFC spelling of a file saved under its NFD name is a different name on Linux: FILE_NOT_FOUND, not a crash', async () => {
    const c = (client = createTestClient());
    const handle = await c.call('engagement:create', {
      clientName: 'Éloïse',
      folder: c.root,
      fileName: 'Éloïse'.normalize('NFD'),
    });
    await c.call('engagement:close', { engagementId: handle.engagementId });
    const nfc = path.join(c.root, `${'Éloïse'.normalize('NFC')}.orchestre`);
    if (fs.existsSync(nfc)) return; // a normalising file system (macOS): both spellings are the same file
    expect((await c.refused('engagement:open', { path: nfc })).code).toBe('FILE_NOT_FOUND');
  });
});

/** A PNG whose header announces `width` × `height` pixels (the body is a few bytes: never decoded). */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('images', () => {
  async function setup() {
    const c = (client = createTestClient());
    const { engagementId } = await c.call('engagement:create', { clientName: 'Atelier Images' });
    const [channel] = await c.call('audit:get', { engagementId });
    const dump = () => c.services.sessions.get(engagementId).read(dumpEngagement);
    return { c, engagementId, channelId: channel!.id, dump };
  }

  test('a 20,000 px square picture is refused from its header alone (400 Mpx), nothing written', async () => {
    const { c, engagementId, channelId, dump } = await setup();
    const before = dump();
    const error = await c.refused('audit:addImage', {
      engagementId,
      channelId,
      data: pngHeader(20_000, 20_000).toString('base64'),
    });
    expect(error).toMatchObject({ code: 'IMAGE_TOO_LARGE', params: { size: '400 Mpx', limit: '40 Mpx' } });
    expect(dump()).toBe(before);
  });

  test('a 50 MB file is refused (by the payload limit), nothing written', async () => {
    const { c, engagementId, channelId, dump } = await setup();
    const before = dump();
    const fifty = Buffer.concat([pngHeader(100, 100), Buffer.alloc(50 * 1024 * 1024)]);
    const error = await c.refused('audit:addImage', { engagementId, channelId, data: fifty.toString('base64') });
    expect(error).toMatchObject({
      code: 'INVALID_PAYLOAD',
      params: { field: 'data', reason: 'image trop lourde (20 Mo au plus)' },
    });
    expect(formatError(error, 'fr')).toBe(
      'Donnée invalide pour le champ «\u00a0data\u00a0»\u00a0: image trop lourde (20 Mo au plus)',
    );
    expect(dump()).toBe(before);
  });

  test.each([
    [
      'TIFF',
      () =>
        sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } })
          .tiff()
          .toBuffer(),
    ],
    ['BMP', async () => Buffer.concat([Buffer.from('BM', 'latin1'), Buffer.alloc(60)])],
    [
      'HEIC',
      async () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic', 'latin1'), Buffer.alloc(40)]),
    ],
    [
      'AVIF',
      async () => Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypavif', 'latin1'), Buffer.alloc(40)]),
    ],
    ['ICO', async () => Buffer.from([0, 0, 1, 0, 1, 0, 16, 16, 0, 0, 1, 0, 32, 0])],
    [
      'SVG with a script',
      async () =>
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>fetch("https://x")</script></svg>',
        ),
    ],
  ])('%s is refused as an unsupported format', async (_label, make) => {
    const { c, engagementId, channelId, dump } = await setup();
    const before = dump();
    const error = await c.refused('audit:addImage', {
      engagementId,
      channelId,
      data: (await make()).toString('base64'),
    });
    expect(error.code).toBe('UNSUPPORTED_IMAGE');
    expect(dump()).toBe(before);
  });
});

describe('text', () => {
  async function setup() {
    const c = (client = createTestClient());
    const { engagementId } = await c.call('engagement:create', { clientName: 'Texte & Cie' });
    return { c, engagementId };
  }

  test('control characters and lone surrogates are cleaned at the API boundary; XML and HTML strings are kept as plain text', async () => {
    const { c, engagementId } = await setup();
    const hostile =
      'A\u0000B\u0007C\u001b[31m \ud800 </w:t><w:t>x ]]> <script>alert(1)</script> <img src=x onerror=alert(2)>';
    const overview = await c.call('engagement:update', { engagementId, patch: { context: hostile } });
    expect(overview.info.context).toBe(
      'ABC[31m \ufffd </w:t><w:t>x ]]> <script>alert(1)</script> <img src=x onerror=alert(2)>',
    );
  });

  test('a field of 1,000,000 characters is kept whole; one more is refused naming the field, nothing written', async () => {
    const { c, engagementId } = await setup();
    const megabyte = 'é'.repeat(1_000_000);
    const saved = await c.call('engagement:update', { engagementId, patch: { context: megabyte } });
    expect(saved.info.context.length).toBe(1_000_000);
    const before = c.services.sessions.get(engagementId).read(dumpEngagement);
    const error = await c.refused('engagement:update', { engagementId, patch: { context: `${megabyte}x` } });
    expect(error).toMatchObject({ code: 'INVALID_PAYLOAD', params: { field: 'patch.context' } });
    expect(c.services.sessions.get(engagementId).read(dumpEngagement)).toBe(before);
  });

  test('50,000 notes: written, listed, and the engagement still opens', async () => {
    const { c, engagementId } = await setup();
    const session = await c.call('interview:createSession', { engagementId, session: { title: 'Atelier géant' } });
    // The capture path the API uses, in one transaction (50,000 API calls would only time the loop).
    const total = 50_000;
    c.services.sessions.get(engagementId).write((db) => {
      for (let i = 0; i < total; i += 1)
        captureNote(db, { sessionId: session.id, text: `Note ${i} <b>pas du HTML</b>` }, 1_700_000_000_000 + i);
    });
    const started = performance.now();
    const listed = await c.call('note:list', { engagementId, sessionId: session.id });
    expect(JSON.stringify(listed)).toContain('Note 49999 <b>pas du HTML</b>');
    expect(performance.now() - started).toBeLessThan(10_000);
    const path = (await c.call('engagement:overview', { engagementId })).path;
    await c.call('engagement:close', { engagementId });
    const reopened = await c.call('engagement:open', { path });
    expect((await c.call('engagement:overview', { engagementId: reopened.engagementId })).info.clientName).toBe(
      'Texte & Cie',
    );
  }, 120_000);
});
