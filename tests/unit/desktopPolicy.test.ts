import { describe, expect, test } from 'vitest';
import { isInAppUrl, isSafeExternalUrl, isTrustedSenderFrame } from '../../electron/main/urlPolicy';
import { WINDOW_WEB_PREFERENCES } from '../../electron/main/webPreferences';

describe('desktop shell policies', () => {
  test('the window keeps the Electron security checklist settings', () => {
    expect(WINDOW_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  test.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://nas/share', 'ms-msdt:/id', 'app://orchestre/index.html', '//x'])(
    'openExternal refuses %s',
    (url) => expect(isSafeExternalUrl(url)).toBeNull(),
  );

  test('openExternal accepts web links', () => {
    expect(isSafeExternalUrl('https://www.example.fr/a?b=1')?.hostname).toBe('www.example.fr');
  });

  test.each([
    [{ url: 'app://orchestre/index.html', parent: null }, true],
    [{ url: 'app://orchestre/index.html', parent: {} }, false],
    [{ url: 'https://evil.example/', parent: null }, false],
    [{ url: 'app://orchestre.evil/', parent: null }, false],
    [{ url: 'file:///tmp/x.html', parent: null }, false],
    [null, false],
  ])('IPC sender %j trusted: %s', (frame, trusted) => {
    expect(isTrustedSenderFrame(frame)).toBe(trusted);
  });

  test('navigation stays in the app', () => {
    expect(isInAppUrl('app://orchestre/#/e/1')).toBe(true);
    expect(isInAppUrl('https://example.fr')).toBe(false);
    expect(isInAppUrl('app://orchestre.evil.com/')).toBe(false);
  });
});
