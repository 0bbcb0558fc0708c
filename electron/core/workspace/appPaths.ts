import os from 'node:os';
import path from 'node:path';

/**
 * Where app-level data lives when running outside Electron (CLI, browser mode):
 * the same folder Electron's `app.getPath('userData')` gives for "Orchestre".
 * `ORCHESTRE_USER_DATA` overrides it (tests, portable installs).
 */
export function defaultUserDataDir(env = process.env, platform = process.platform): string {
  if (env.ORCHESTRE_USER_DATA) return path.resolve(env.ORCHESTRE_USER_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Orchestre');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Orchestre');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Orchestre');
}

/** New engagements go to ~/Documents/Orchestre unless the user picks another folder. */
export function defaultEngagementsFolder(env = process.env): string {
  if (env.ORCHESTRE_DOCUMENTS) return path.resolve(env.ORCHESTRE_DOCUMENTS);
  return path.join(os.homedir(), 'Documents', 'Orchestre');
}
