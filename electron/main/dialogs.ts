import { dialog, shell, type BrowserWindow } from 'electron';
import type { PlatformServices } from '../core/api/context';
import type { Workspace } from '../core/workspace/workspace';
import { isSafeExternalUrl } from './urlPolicy';

/** Native dialogs and the OS shell, offered to the API as platform services. */
export function createDesktopPlatform(getWindow: () => BrowserWindow | null, workspace: Workspace): PlatformServices {
  const fr = () => workspace.uiLang() === 'fr';
  return {
    kind: 'electron',
    async pickEngagementFile() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: fr() ? 'Ouvrir une mission' : 'Open an engagement',
        defaultPath: workspace.defaultFolder(),
        properties: ['openFile'],
        filters: [{ name: fr() ? 'Missions Orchestre' : 'Orchestre engagements', extensions: ['orchestre'] }],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder(defaultPath) {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: fr() ? 'Choisir un dossier' : 'Choose a folder',
        properties: ['openDirectory', 'createDirectory'],
        ...(defaultPath ? { defaultPath } : {}),
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openPath(file) {
      await shell.openPath(file);
    },
    showItemInFolder(file) {
      shell.showItemInFolder(file);
    },
    async openExternal(url) {
      // Re-checked here too: whatever reaches the OS shell is an http(s) URL.
      const safe = isSafeExternalUrl(url.toString());
      if (safe) await shell.openExternal(safe.toString());
    },
  };
}
