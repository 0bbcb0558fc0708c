import { afterEach, describe, expect, test } from 'vitest';
import { contract, METHOD_NAMES } from '../../src/shared/contract';
import { createTestApi } from '../helpers/apiHarness';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup() {
  const harness = createTestApi();
  cleanup = () => harness.services.sessions.closeAll();
  return harness;
}

describe('the API contract', () => {
  test('every method reads domain:verb and has an input schema', () => {
    expect(METHOD_NAMES.length).toBeGreaterThan(10);
    for (const name of METHOD_NAMES) {
      expect(name).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
      expect(typeof contract[name].input.safeParse).toBe('function');
    }
  });

  test('an unknown method is refused with a typed error, not an exception', async () => {
    const { api } = setup();
    expect(await api.invoke('engagement:dropTables', {}, 'c')).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', params: { method: 'engagement:dropTables' } } });
    expect(await api.invoke('__proto__', {}, 'c')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await api.invoke('toString', {}, 'c')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  test.each([
    ['engagement:create', { clientName: '' }, 'clientName'],
    ['engagement:create', { clientName: 'A', budgetEnvelopeCents: -5 }, 'budgetEnvelopeCents'],
    ['engagement:create', { clientName: 'A', startDate: '2026-02-30' }, 'startDate'],
    ['engagement:create', { clientName: 'A', fileName: '../../etc/passwd' }, 'fileName'],
    ['engagement:create', { clientName: 'A', sneaky: true }, 'sneaky'],
    ['engagement:open', { path: 42 }, 'path'],
    ['engagement:overview', { engagementId: "'; DROP TABLE notes; --" }, 'engagementId'],
    ['workspace:setLanguage', { lang: 'de' }, 'lang'],
    ['branding:save', { name: 'X', primaryColor: 'red' }, 'agencyName'],
    ['engagement:create', 'not an object', '(racine)'],
  ])('%s with a bad payload is refused naming the field (%j)', async (method, payload, field) => {
    const { api } = setup();
    const result = await api.invoke(method, payload, 'c');
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', params: { field } } });
  });

  test('a bad patch is refused and the engagement is left unchanged', async () => {
    const { api } = setup();
    const created = await api.invoke('engagement:create', { clientName: 'Boulangerie Martin' }, 'c');
    if (!created.ok) throw new Error('create failed');
    const { engagementId } = created.value as { engagementId: string };
    const before = await api.invoke('engagement:overview', { engagementId }, 'c');
    const refused = await api.invoke('engagement:update', { engagementId, patch: { startDate: '2027-01-10', endDate: '2026-01-10' } }, 'c');
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', params: { field: 'patch.endDate' } } });
    expect(await api.invoke('engagement:overview', { engagementId }, 'c')).toEqual(before);
  });

  test('create, update, reopen: the engagement keeps what was saved', async () => {
    const { api, services } = setup();
    const created = await api.invoke('engagement:create', { clientName: 'Boulangerie Martin', budgetEnvelopeCents: 1_200_000 }, 'c');
    if (!created.ok) throw new Error(JSON.stringify(created));
    const handle = created.value as { engagementId: string; path: string };
    expect(handle.path.endsWith('Boulangerie Martin - Stratégie digitale.orchestre')).toBe(true);
    const updated = await api.invoke('engagement:update', { engagementId: handle.engagementId, patch: { clientCity: 'Nantes\u0007' } }, 'c');
    expect(updated).toMatchObject({ ok: true, value: { info: { clientCity: 'Nantes', budgetEnvelopeCents: 1_200_000 } } });
    await api.invoke('engagement:close', { engagementId: handle.engagementId }, 'c');
    expect(await api.invoke('engagement:overview', { engagementId: handle.engagementId }, 'c')).toMatchObject({ ok: false, error: { code: 'ENGAGEMENT_NOT_OPEN' } });
    const reopened = await api.invoke('engagement:open', { path: handle.path }, 'c');
    if (!reopened.ok) throw new Error('reopen failed');
    const overview = await api.invoke('engagement:overview', { engagementId: (reopened.value as { engagementId: string }).engagementId }, 'c');
    expect(overview).toMatchObject({ ok: true, value: { info: { clientName: 'Boulangerie Martin', clientCity: 'Nantes' } } });
    expect(services.workspace.state().recents[0]).toMatchObject({ clientName: 'Boulangerie Martin', exists: true });
  });

  test('a second engagement for the same client gets a numbered file; a typed name is never overwritten', async () => {
    const { api } = setup();
    const first = await api.invoke('engagement:create', { clientName: 'Garage Leroy' }, 'c');
    const second = await api.invoke('engagement:create', { clientName: 'Garage Leroy' }, 'c');
    expect(second).toMatchObject({ ok: true, value: { path: expect.stringMatching(/Garage Leroy - Stratégie digitale \(2\)\.orchestre$/) } });
    expect(first.ok).toBe(true);
    const typed = await api.invoke('engagement:create', { clientName: 'Garage Leroy', fileName: 'Garage Leroy - Stratégie digitale' }, 'c');
    expect(typed).toMatchObject({ ok: false, error: { code: 'FILE_EXISTS' } });
  });

  test('openExternal refuses anything but http(s)', async () => {
    const { api, services } = setup();
    const opened: string[] = [];
    services.platform.openExternal = async (url) => void opened.push(url.toString());
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'not a url']) {
      expect(await api.invoke('shell:openExternal', { url }, 'c')).toEqual({ ok: true, value: { opened: false } });
    }
    expect(await api.invoke('shell:openExternal', { url: 'https://www.example.fr/' }, 'c')).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual(['https://www.example.fr/']);
  });
});

describe('engagement ownership', () => {
  test('a window cannot act on an engagement another window opened', async () => {
    const { api } = setup();
    const created = await api.invoke('engagement:create', { clientName: 'Cave Dubois' }, 'window-1');
    if (!created.ok) throw new Error('create failed');
    const { engagementId } = created.value as { engagementId: string };
    expect(await api.invoke('engagement:overview', { engagementId }, 'window-2')).toMatchObject({ ok: false, error: { code: 'ENGAGEMENT_NOT_OPEN' } });
    expect(await api.invoke('engagement:close', { engagementId }, 'window-2')).toMatchObject({ ok: false });
    expect(await api.invoke('engagement:overview', { engagementId }, 'window-1')).toMatchObject({ ok: true });
  });
});

describe('opening exported files', () => {
  test('only an existing .docx reaches the OS; other paths are refused', async () => {
    const { api, services, root } = setup();
    const opened: string[] = [];
    services.platform.openPath = async (file) => void opened.push(file);
    services.platform.showItemInFolder = (file) => void opened.push(`folder:${file}`);
    const fs = await import('node:fs');
    const path = await import('node:path');
    const docx = path.join(root, 'Plan d’action - Client - v1.docx');
    fs.writeFileSync(docx, 'PK');
    fs.writeFileSync(path.join(root, 'run.sh'), '#!/bin/sh');
    for (const bad of [path.join(root, 'run.sh'), path.join(root, 'absent.docx'), root, '/bin/sh']) {
      expect(await api.invoke('shell:openPath', { path: bad }, 'c')).toEqual({ ok: true, value: { opened: false } });
    }
    expect(await api.invoke('shell:openPath', { path: docx }, 'c')).toEqual({ ok: true, value: { opened: true } });
    expect(await api.invoke('shell:showItemInFolder', { path: docx }, 'c')).toEqual({ ok: true, value: { opened: true } });
    expect(opened).toEqual([docx, `folder:${docx}`]);
  });
});

describe('client logo', () => {
  test('a PNG becomes the client logo; replacing it removes the old image; a non-image is refused and nothing changes', async () => {
    const { api } = setup();
    const sharp = (await import('sharp')).default;
    const png = (color: string) => sharp({ create: { width: 300, height: 120, channels: 3, background: color } }).png().toBuffer();
    const created = await api.invoke('engagement:create', { clientName: 'Atelier Morel' }, 'c');
    if (!created.ok) throw new Error('create failed');
    const { engagementId } = created.value as { engagementId: string };
    const first = await api.invoke('engagement:setClientLogo', { engagementId, data: (await png('#aa3300')).toString('base64') }, 'c');
    const firstId = (first as { ok: true; value: { info: { clientLogoImageId: number } } }).value.info.clientLogoImageId;
    expect(firstId).toBeGreaterThan(0);
    const refused = await api.invoke('engagement:setClientLogo', { engagementId, data: Buffer.from('%PDF-1.7 not an image').toString('base64') }, 'c');
    expect(refused).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_IMAGE' } });
    const second = await api.invoke('engagement:setClientLogo', { engagementId, data: (await png('#0033aa')).toString('base64') }, 'c');
    const secondId = (second as { ok: true; value: { info: { clientLogoImageId: number } } }).value.info.clientLogoImageId;
    expect(secondId).not.toBe(firstId);
    expect(await api.invoke('image:get', { engagementId, id: firstId }, 'c')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const removed = await api.invoke('engagement:setClientLogo', { engagementId, data: null }, 'c');
    expect(removed).toMatchObject({ ok: true, value: { info: { clientLogoImageId: null } } });
  });
});
