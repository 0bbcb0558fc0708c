import path from 'node:path';
import { app, BrowserWindow, Menu } from 'electron';
import { EVENT_CHANNEL } from '../../src/shared/contract';
import type { AppEvent, MenuCommand } from '../../src/shared/contract/events';
import { createApiHost } from '../core/api/apiHost';
import { createServices } from '../core/api/createServices';
import { FILE_EXTENSION } from '../core/store/fileFormat';
import { createDesktopPlatform } from './dialogs';
import { registerIpc } from './ipc';
import { buildAppMenu } from './menu';
import { registerAppSchemeAsPrivileged, serveRenderer } from './protocol';
import { applySecurityPolicies } from './security';
import { createMainWindow } from './window';

/**
 * The Electron main process: lifecycle, window, menu, protocol, dialogs and IPC
 * registration. Everything else lives in electron/core and runs without Electron.
 */
let mainWindow: BrowserWindow | null = null;
/** Files handed over by the OS before the window could receive them. */
const pendingPaths: string[] = [];

const filesFromArgv = (argv: string[]) => argv.filter((arg) => arg.toLowerCase().endsWith(FILE_EXTENSION));

if (process.env.ORCHESTRE_USER_DATA) app.setPath('userData', path.resolve(process.env.ORCHESTRE_USER_DATA));

if (!app.requestSingleInstanceLock()) {
  // Another Orchestre is running: it receives our argv (file to open) and takes focus.
  app.quit();
} else {
  registerAppSchemeAsPrivileged();
  pendingPaths.push(...filesFromArgv(process.argv.slice(1)));

  app.on('second-instance', (_event, argv) => {
    for (const file of filesFromArgv(argv)) sendCommand('engagement.openPath', file);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (mainWindow) sendCommand('engagement.openPath', file);
    else pendingPaths.push(file);
  });

  void app.whenReady().then(start);
}

function send(event: AppEvent): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
}

function sendCommand(command: MenuCommand, file?: string): void {
  send({ type: 'command', command, ...(file ? { path: file } : {}) });
}

function start(): void {
  const userDataDir = app.getPath('userData');
  applySecurityPolicies();
  serveRenderer(path.join(__dirname, '../renderer'));

  const { services, events } = createServices({
    userDataDir,
    platform: (workspace) => createDesktopPlatform(() => mainWindow, workspace),
    appVersion: app.getVersion(),
  });
  const api = createApiHost(services, (message) => console.warn(message));
  registerIpc(api);

  const refreshMenu = () => {
    const state = services.workspace.state();
    Menu.setApplicationMenu(buildAppMenu(state.uiLang, state.recents, sendCommand));
  };
  events.subscribe((event) => {
    send(event);
    if (event.type === 'engagement:closed') refreshMenu();
  });
  refreshMenu();

  mainWindow = createMainWindow({ preloadPath: path.join(__dirname, '../preload/index.cjs'), userDataDir });
  mainWindow.webContents.on('did-finish-load', () => {
    refreshMenu();
    for (const file of pendingPaths.splice(0)) sendCommand('engagement.openPath', file);
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => services.sessions.closeAll());
}
