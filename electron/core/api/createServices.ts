import path from 'node:path';
import { workspaceFilePaths } from '../domain/search/knownFiles';
import { SearchCache } from '../domain/search/searchCache';
import { RollingBackups } from '../store/rollingBackups';
import { EngagementSessions } from '../store/sessions';
import { Workspace } from '../workspace/workspace';
import type { ApiServices, PlatformServices } from './context';
import { EventHub } from './eventHub';

/** While editing, an engagement is backed up every 10 minutes if it changed. */
const PERIODIC_BACKUP_MS = 10 * 60 * 1000;

/** Wires the services a host needs from the user-data folder; shared by Electron and the browser mode. */
export function createServices(options: {
  userDataDir: string;
  /** Built from the workspace, since native dialogs speak the UI language and start in the default folder. */
  platform: PlatformServices | ((workspace: Workspace) => PlatformServices);
  appVersion: string;
  backupIntervalMs?: number;
}): {
  services: ApiServices;
  events: EventHub;
} {
  const workspace = new Workspace(options.userDataDir);
  const events = new EventHub();
  const sessions = new EngagementSessions({ backupDir: workspace.backupDir });
  const backups = new RollingBackups(workspace.backupDir, workspace.backupKeep());
  backups.startPeriodic(sessions, options.backupIntervalMs ?? PERIODIC_BACKUP_MS);
  const services: ApiServices = {
    sessions,
    workspace,
    backups,
    searchCache: new SearchCache(path.join(workspace.dir, 'search-cache.sqlite')),
    platform: typeof options.platform === 'function' ? options.platform(workspace) : options.platform,
    appVersion: options.appVersion,
    now: () => Date.now(),
    emit: events.emit,
  };
  // The first search should not have to read every engagement: fill the search cache in the background.
  setImmediate(() => services.searchCache.warm(workspaceFilePaths(workspace))).unref();
  return { services, events };
}
