import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { EVENT_CHANNEL, METHOD_NAMES } from '../../src/shared/contract';
import type { AppEvent } from '../../src/shared/contract/events';
import type { OrchestreDesktopBridge } from '../../src/shared/contract/bridgeApi';

/**
 * The typed client, nothing else: one named function per contract method, each
 * invoking the IPC channel of the same name. `ipcRenderer` itself never reaches
 * the page.
 */
const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (payload: unknown) => ipcRenderer.invoke(method, payload)]),
) as OrchestreDesktopBridge['api'];

const bridge: OrchestreDesktopBridge = {
  api,
  onEvent(listener) {
    const forward = (_event: Electron.IpcRendererEvent, payload: AppEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
  getPathForFile(file) {
    return webUtils.getPathForFile(file);
  },
};

contextBridge.exposeInMainWorld('orchestre', bridge);
