import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { createTestApi } from '../helpers/apiHarness';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function setup() {
  const harness = createTestApi();
  cleanup = () => harness.services.sessions.closeAll();
  const call = async (method: string, payload: unknown) => {
    const result = await harness.api.invoke(method, payload, 'w');
    if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
    return result.value as never;
  };
  const handle = (await call('engagement:create', { clientName: 'Fromagerie Vidal' })) as { engagementId: string; path: string };
  const uid = harness.services.sessions.get(handle.engagementId).read((db) => db.prepare('SELECT uid FROM engagement').pluck().get() as string);
  return { ...harness, call, handle, uid };
}

describe('rolling backups', () => {
  test('opening takes a backup in the app data folder, never beside the file', async () => {
    const { call, handle, uid, services } = await setup();
    await services.backups.settle(handle.engagementId);
    const list = (await call('backup:list', { uid })) as { reason: string; readable: boolean; clientName: string; fileName: string }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ reason: 'ouverture', readable: true, clientName: 'Fromagerie Vidal' });
    expect(fs.readdirSync(path.dirname(handle.path)).filter((name) => !name.startsWith('Fromagerie Vidal'))).toEqual([]);
    expect(services.backups.folderFor(uid).startsWith(services.workspace.dir)).toBe(true);
  });

  test('keeps only the configured count, and the copies are complete engagements', async () => {
    const { call, handle, uid, services } = await setup();
    await services.backups.settle(handle.engagementId);
    await call('backup:setKeep', { keep: 3 });
    for (let i = 0; i < 5; i += 1) {
      await call('engagement:update', { engagementId: handle.engagementId, patch: { clientCity: `Ville ${i}` } });
      await call('backup:create', { engagementId: handle.engagementId });
    }
    const list = (await call('backup:list', { uid })) as { fileName: string }[];
    expect(list).toHaveLength(3);
    const newest = new Database(path.join(services.backups.folderFor(uid), list[0]!.fileName), { readonly: true });
    expect(newest.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(newest.prepare('SELECT client_city FROM engagement').pluck().get()).toBe('Ville 4');
    newest.close();
  });

  test('restoring writes a new file with its own identity and opens it; the original is untouched', async () => {
    const { call, handle, uid, services } = await setup();
    await services.backups.settle(handle.engagementId);
    await call('engagement:update', { engagementId: handle.engagementId, patch: { clientCity: 'Avant' } });
    const saved = (await call('backup:create', { engagementId: handle.engagementId })) as { fileName: string };
    await call('engagement:update', { engagementId: handle.engagementId, patch: { clientCity: 'Après' } });

    const restored = (await call('backup:restore', { uid, fileName: saved.fileName })) as { engagementId: string; path: string };
    expect(restored.path).not.toBe(handle.path);
    expect(path.basename(restored.path)).toMatch(/^Fromagerie Vidal - restauré le .*\.orchestre$/);
    const overview = (await call('engagement:overview', { engagementId: restored.engagementId })) as { info: { clientCity: string; uid: string } };
    expect(overview.info.clientCity).toBe('Avant');
    expect(overview.info.uid).not.toBe(uid);
    const original = (await call('engagement:overview', { engagementId: handle.engagementId })) as { info: { clientCity: string } };
    expect(original.info.clientCity).toBe('Après');
  });

  test('a backup is named by uid and file name: paths outside the backup folder are refused', async () => {
    const { api, uid } = await setup();
    for (const fileName of ['../../workspace.json', '/etc/passwd', '2026-01-01T00-00-00-000Z ../x.orchestre']) {
      const result = await api.invoke('backup:restore', { uid, fileName }, 'w');
      expect(result.ok).toBe(false);
    }
    expect(await api.invoke('backup:list', { uid: '../..' }, 'w')).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', params: { field: 'uid' } } });
  });

  test('duplicating goes through the backup API into a new file beside the original', async () => {
    const { call, handle } = await setup();
    await call('engagement:update', { engagementId: handle.engagementId, patch: { clientCity: 'Rodez' } });
    const copy = (await call('engagement:duplicate', { engagementId: handle.engagementId })) as { path: string };
    expect(path.basename(copy.path)).toBe('Fromagerie Vidal - Stratégie digitale (copie).orchestre');
    const db = new Database(copy.path, { readonly: true });
    expect(db.prepare('SELECT client_city FROM engagement').pluck().get()).toBe('Rodez');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    const second = (await call('engagement:duplicate', { engagementId: handle.engagementId })) as { path: string };
    expect(path.basename(second.path)).toBe('Fromagerie Vidal - Stratégie digitale (copie) (2).orchestre');
  });
});
