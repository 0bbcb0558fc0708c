import path from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from './urlPolicy';
import { WINDOW_WEB_PREFERENCES } from './webPreferences';
import { loadWindowState, trackWindowState } from './windowState';

export function createMainWindow(options: { preloadPath: string; userDataDir: string }): BrowserWindow {
  const state = loadWindowState(options.userDataDir);
  const window = new BrowserWindow({
    ...(state.centered ? { width: state.bounds.width, height: state.bounds.height, center: true } : state.bounds),
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Orchestre',
    backgroundColor: '#f7f7f5',
    icon: path.join(__dirname, '../../resources/icon.png'),
    webPreferences: { ...WINDOW_WEB_PREFERENCES, preload: options.preloadPath },
  });
  if (state.maximized) window.maximize();
  trackWindowState(window, options.userDataDir);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
