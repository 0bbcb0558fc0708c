import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { Workspace } from '../../electron/core/workspace/workspace';
import { createTestClient, type TestClient } from '../helpers/callApi';
import { tempDir } from '../helpers/tempDir';

let client: TestClient | undefined;
afterEach(() => client?.close());

const digest = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('the home screen’s engagements (workspace metadata)', () => {
  test('archiving hides an engagement without moving or writing its file, and survives reopening', async () => {
    client = createTestClient();
    const { call, services } = client;
    const handle = await call('engagement:create', { clientName: 'Garage Leroy' });
    await call('engagement:close', { engagementId: handle.engagementId });
    const before = { digest: digest(handle.path), mtime: fs.statSync(handle.path).mtimeMs };

    const state = await call('workspace:setArchived', { path: handle.path, archived: true });
    expect(state.recents.find((r) => r.path === handle.path)).toMatchObject({ archived: true, exists: true });
    expect(fs.existsSync(handle.path)).toBe(true);
    expect(digest(handle.path)).toBe(before.digest);
    expect(fs.statSync(handle.path).mtimeMs).toBe(before.mtime);

    // Opening it again does not unarchive it, and the setting is in workspace.json.
    const reopened = await call('engagement:open', { path: handle.path });
    await call('engagement:close', { engagementId: reopened.engagementId });
    expect(services.workspace.state().recents[0]).toMatchObject({ path: handle.path, archived: true });
    expect(new Workspace(services.workspace.dir).state().recents[0]).toMatchObject({ archived: true });

    const back = await call('workspace:setArchived', { path: handle.path, archived: false });
    expect(back.recents[0]).toMatchObject({ archived: false });
  });

  test('each entry carries client, title, stage, created and last opened without opening the file', async () => {
    client = createTestClient();
    const { call, services } = client;
    const handle = await call('engagement:create', { clientName: 'Boulangerie Martin', title: 'Refonte' });
    await call('objective:create', { engagementId: handle.engagementId, objective: { statement: 'Doubler les ventes en ligne' } });
    await call('engagement:close', { engagementId: handle.engagementId });
    const [entry] = services.workspace.state().recents;
    expect(entry).toMatchObject({ clientName: 'Boulangerie Martin', title: 'Refonte', archived: false });
    expect(entry?.createdAt).toBeGreaterThan(0);
    expect(entry?.phase).toBe('framing');
  });

  test('an unknown path cannot be archived; nothing is written', async () => {
    client = createTestClient();
    const before = fs.existsSync(client.services.workspace.file) ? fs.readFileSync(client.services.workspace.file, 'utf8') : null;
    const error = await client.refused('workspace:setArchived', { path: '/nowhere/x.orchestre', archived: true });
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
    const after = fs.existsSync(client.services.workspace.file) ? fs.readFileSync(client.services.workspace.file, 'utf8') : null;
    expect(after).toBe(before);
  });

  test('a workspace written by an earlier version keeps its entries; the file’s archived status seeds the flag', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'workspace.json'),
      JSON.stringify({
        version: 1,
        firstRunDone: true,
        recents: [
          { path: '/a.orchestre', clientName: 'A', title: 'T', lastOpenedAt: 5, progress: 0.5, status: 'archived' },
          { path: '/b.orchestre', clientName: 'B', title: 'T', lastOpenedAt: 6, progress: 0, status: 'active' },
        ],
      }),
    );
    const state = new Workspace(dir).state();
    expect(state.firstRun).toBe(false);
    expect(state.recents).toMatchObject([
      { clientName: 'A', archived: true, createdAt: 5, phase: 'start' },
      { clientName: 'B', archived: false, createdAt: 6, phase: 'start' },
    ]);
  });

  test('500 engagements list quickly: the state reads workspace.json, never the files', () => {
    const dir = tempDir();
    const docs = path.join(dir, 'docs');
    fs.mkdirSync(docs);
    const recents = Array.from({ length: 500 }, (_, i) => {
      const file = path.join(docs, `Client ${i}.orchestre`);
      fs.writeFileSync(file, 'not opened by the listing');
      return { path: file, clientName: `Client ${i}`, title: 'T', lastOpenedAt: i, progress: 0, phase: 'plan', createdAt: i, archived: i % 5 === 0 };
    });
    fs.writeFileSync(path.join(dir, 'workspace.json'), JSON.stringify({ version: 1, firstRunDone: true, recents }));
    const workspace = new Workspace(dir);
    const started = performance.now();
    const state = workspace.state();
    expect(performance.now() - started).toBeLessThan(100);
    expect(state.recents).toHaveLength(500);
    expect(state.recents.filter((r) => r.archived)).toHaveLength(100);
  });

  test('the welcome screen shows on a fresh workspace until dismissed or a first engagement is created', async () => {
    client = createTestClient();
    expect((await client.call('workspace:get', {})).firstRun).toBe(true);
    expect((await client.call('workspace:finishFirstRun', {})).firstRun).toBe(false);
    expect(new Workspace(client.services.workspace.dir).state().firstRun).toBe(false);

    const other = createTestClient();
    try {
      await other.call('engagement:create', { clientName: 'Première' });
      expect((await other.call('workspace:get', {})).firstRun).toBe(false);
    } finally {
      other.close();
    }
  });

  test('« Ouvrir l’exemple » writes the demo once into the default folder, then opens the same file', async () => {
    client = createTestClient();
    const first = await client.call('engagement:openDemo', {});
    expect(path.dirname(first.path)).toBe(client.services.workspace.defaultFolder());
    await client.call('engagement:close', { engagementId: first.engagementId });
    const second = await client.call('engagement:openDemo', {});
    expect(second.path).toBe(first.path);
    expect(fs.readdirSync(client.services.workspace.defaultFolder()).filter((f) => f.endsWith('.orchestre'))).toHaveLength(1);
    // Opening the demo does not end the welcome screen: the consultant has not started yet.
    expect((await client.call('workspace:get', {})).firstRun).toBe(true);
  });
});
