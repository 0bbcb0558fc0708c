import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { formatError } from '../../../src/shared/errorMessages';
import { createTestClient, type TestClient } from '../../helpers/callApi';
import { dumpEngagement } from '../../helpers/dumpEngagement';
import { sha256 } from '../../helpers/engagementFiles';

let client: TestClient | undefined;
afterEach(() => {
  client?.close();
  client = undefined;
});

/** A real engagement with one interview note, created through the API, then closed. */
async function engagementOnDisk() {
  const c = (client = createTestClient());
  const handle = await c.call('engagement:create', { clientName: 'Maison Lefèvre' });
  const session = await c.call('interview:createSession', {
    engagementId: handle.engagementId,
    session: { title: 'Découverte' },
  });
  await c.call('note:capture', {
    engagementId: handle.engagementId,
    sessionId: session.id,
    text: 'Le site date de 2015.',
  });
  await c.call('engagement:close', { engagementId: handle.engagementId });
  return { c, file: handle.path, sessionId: session.id };
}

/** Write methods across the domains, with payloads that are valid for a writable file. */
function writeAttempts(engagementId: string, sessionId: number): [string, unknown][] {
  return [
    ['engagement:update', { engagementId, patch: { clientName: 'Autre nom' } }],
    ['stakeholder:create', { engagementId, stakeholder: { name: 'Claire Martin' } }],
    ['note:capture', { engagementId, sessionId, text: 'Une note de plus' }],
    ['objective:create', { engagementId, objective: { statement: 'Doubler les demandes de devis' } }],
    ['risk:create', { engagementId, risk: { title: 'Retard du prestataire' } }],
    ['interview:createSession', { engagementId, session: { title: 'Deuxième entretien' } }],
  ];
}

function chmodTree(target: string, mode: number) {
  fs.chmodSync(target, mode);
}

describe('a read-only engagement file', () => {
  test('opens read-only; every write is refused with FILE_READ_ONLY and a French message; not a byte changes', async () => {
    const { c, file, sessionId } = await engagementOnDisk();
    fs.chmodSync(file, 0o444);
    const before = sha256(file);
    const mtime = fs.statSync(file).mtimeMs;

    const handle = await c.call('engagement:open', { path: file });
    expect(handle.readOnly).toBe(true);
    expect((await c.call('engagement:overview', { engagementId: handle.engagementId })).readOnly).toBe(true);
    for (const [method, payload] of writeAttempts(handle.engagementId, sessionId)) {
      const error = await c.refused(method as 'engagement:update', payload);
      expect(error.code, method).toBe('FILE_READ_ONLY');
    }
    const error = await c.refused('engagement:update', { engagementId: handle.engagementId, patch: { title: 'x' } });
    expect(formatError(error, 'fr')).toMatch(
      /^Le fichier «\sMaison Lefèvre - Stratégie digitale\.orchestre\s» est en lecture seule\s: les modifications ne peuvent pas être enregistrées\.$/,
    );
    expect(formatError(error, 'en')).toMatch(/is read-only: changes cannot be saved/);

    // Below the API too: the connection itself is read-only.
    const session = c.services.sessions.get(handle.engagementId);
    expect(() => session.read((db) => db.prepare("UPDATE engagement SET title = 'x'").run())).toThrow(
      expect.objectContaining({ code: 'FILE_READ_ONLY' }),
    );
    // Reading works: the note is there.
    const notes = await c.call('note:list', { engagementId: handle.engagementId, sessionId });
    expect(JSON.stringify(notes)).toContain('Le site date de 2015.');

    await c.call('engagement:close', { engagementId: handle.engagementId });
    expect(sha256(file)).toBe(before);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
  });

  test('a file in a read-only folder opens read-only (SQLite could not create its journal there)', async () => {
    const { c, file } = await engagementOnDisk();
    const folder = path.dirname(file);
    const before = sha256(file);
    chmodTree(folder, 0o555);
    try {
      const handle = await c.call('engagement:open', { path: file });
      expect(handle.readOnly).toBe(true);
      const error = await c.refused('engagement:update', { engagementId: handle.engagementId, patch: { title: 'x' } });
      expect(error.code).toBe('FILE_READ_ONLY');
      // Creating a new engagement there is refused too, by folder.
      const created = await c.refused('engagement:create', { clientName: 'Nouveau', folder });
      expect(created.code).toBe('FOLDER_NOT_WRITABLE');
      await c.call('engagement:close', { engagementId: handle.engagementId });
    } finally {
      chmodTree(folder, 0o755);
    }
    expect(sha256(file)).toBe(before);
  });

  test('a leftover journal next to a read-only file: refused with FILE_NEEDS_RECOVERY, file and journal untouched', async () => {
    const { c, file } = await engagementOnDisk();
    // An edit interrupted mid-way: copy the file and its journal while a transaction is open.
    const copy = path.join(path.dirname(file), 'interrompu.orchestre');
    const writer = new Database(file);
    writer.pragma('cache_size = 1');
    writer.exec('BEGIN');
    writer.prepare("UPDATE engagement SET context = 'à moitié écrit' WHERE id = 1").run();
    // Enough pages that SQLite spills them into the file before the commit: the journal is hot.
    writer.exec('CREATE TABLE scratch (x TEXT)');
    for (let i = 0; i < 2000; i += 1) writer.prepare('INSERT INTO scratch VALUES (?)').run('x'.repeat(500));
    writer.prepare('UPDATE engagement SET client_name = ? WHERE id = 1').run('pas encore enregistré');
    fs.copyFileSync(file, copy);
    fs.copyFileSync(`${file}-journal`, `${copy}-journal`);
    writer.exec('ROLLBACK');
    writer.close();
    fs.chmodSync(copy, 0o444);
    const before = [sha256(copy), sha256(`${copy}-journal`)];

    const error = await c.refused('engagement:open', { path: copy });
    expect(error.code).toBe('FILE_NEEDS_RECOVERY');
    expect(formatError(error, 'fr')).toContain('interrompu.orchestre-journal');
    expect([sha256(copy), sha256(`${copy}-journal`)]).toEqual(before);

    // Made writable again, it opens: SQLite plays the journal back, the half-done edit is gone.
    fs.chmodSync(copy, 0o644);
    const handle = await c.call('engagement:open', { path: copy });
    const overview = await c.call('engagement:overview', { engagementId: handle.engagementId });
    expect(overview.info.context).toBe('');
    expect(overview.info.clientName).toBe('Maison Lefèvre');
  });
});

describe('a file deleted, moved or replaced while open', () => {
  async function openWithEdit() {
    const { c, file, sessionId } = await engagementOnDisk();
    const handle = await c.call('engagement:open', { path: file });
    const engagementId = handle.engagementId;
    await c.call('note:capture', { engagementId, sessionId, text: 'Noté juste avant la suppression' });
    return { c, file, engagementId, sessionId };
  }

  test('deleted: status says so, writes are refused with FILE_MOVED, and « Dupliquer » saves every acknowledged edit', async () => {
    const { c, file, engagementId, sessionId } = await openWithEdit();
    expect(await c.call('engagement:fileStatus', { engagementId })).toEqual({ state: 'inPlace' });
    const dumpBefore = c.services.sessions.get(engagementId).read(dumpEngagement);
    fs.unlinkSync(file);

    expect(await c.call('engagement:fileStatus', { engagementId })).toEqual({ state: 'missing' });
    const error = await c.refused('note:capture', { engagementId, sessionId, text: 'Perdue ?' });
    expect(error.code).toBe('FILE_MOVED');
    expect(formatError(error, 'fr')).toMatch(/déplacé, renommé ou supprimé pendant qu’il était ouvert/);
    expect(formatError(error, 'fr')).toMatch(/enregistrez-en une copie/);
    expect(c.services.sessions.get(engagementId).read(dumpEngagement)).toBe(dumpBefore);

    const rescueFolder = path.join(c.root, 'Sauvetage');
    const { path: copy } = await c.call('engagement:duplicate', { engagementId, folder: rescueFolder });
    await c.call('engagement:close', { engagementId });
    const reopened = await c.call('engagement:open', { path: copy });
    const notes = await c.call('note:list', { engagementId: reopened.engagementId, sessionId });
    expect(JSON.stringify(notes)).toContain('Noté juste avant la suppression');
    expect(JSON.stringify(notes)).not.toContain('Perdue ?');
  });

  test('the whole folder deleted: the copy goes to the default folder', async () => {
    const { c, file, engagementId } = await openWithEdit();
    fs.rmSync(path.dirname(file), { recursive: true });
    const { path: copy } = await c.call('engagement:duplicate', { engagementId });
    expect(fs.existsSync(copy)).toBe(true);
    expect(path.dirname(copy)).toBe(c.services.workspace.defaultFolder());
  });

  test('moved or renamed: writes are refused (no journal left at the old name), nothing is lost', async () => {
    const { c, file, engagementId, sessionId } = await openWithEdit();
    const moved = path.join(path.dirname(file), 'Archives - Lefèvre.orchestre');
    fs.renameSync(file, moved);
    expect(await c.call('engagement:fileStatus', { engagementId })).toEqual({ state: 'missing' });
    expect((await c.refused('engagement:update', { engagementId, patch: { title: 'Nouveau titre' } })).code).toBe(
      'FILE_MOVED',
    );
    await c.call('engagement:close', { engagementId });
    expect(fs.existsSync(`${file}-journal`)).toBe(false);
    const reopened = await c.call('engagement:open', { path: moved });
    const notes = await c.call('note:list', { engagementId: reopened.engagementId, sessionId });
    expect(JSON.stringify(notes)).toContain('Noté juste avant la suppression');
  });

  test('replaced by another file of the same name (a sync client update): writes are refused', async () => {
    const { c, file, engagementId } = await openWithEdit();
    const other = `${file}.sync`;
    fs.copyFileSync(file, other);
    fs.renameSync(other, file);
    const replacedBytes = sha256(file);
    expect(await c.call('engagement:fileStatus', { engagementId })).toEqual({ state: 'replaced' });
    expect((await c.refused('engagement:update', { engagementId, patch: { title: 'x' } })).code).toBe('FILE_MOVED');
    expect(sha256(file)).toBe(replacedBytes);
  });
});
