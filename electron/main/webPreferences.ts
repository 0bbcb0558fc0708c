/**
 * The window's security settings, stated explicitly even where they are
 * Electron's defaults, so a test can read them back and a refactor cannot
 * quietly drop one (electronjs.org/docs/latest/tutorial/security).
 */
export const WINDOW_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: true,
} as const;
