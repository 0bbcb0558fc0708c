import { EngagementSessions } from '../store/sessions';
import { Workspace } from '../workspace/workspace';
import type { ApiServices, PlatformServices } from './context';
import { EventHub } from './eventHub';

/** Wires the services a host needs from the user-data folder; shared by Electron and the browser mode. */
export function createServices(options: {
  userDataDir: string;
  /** Built from the workspace, since native dialogs speak the UI language and start in the default folder. */
  platform: PlatformServices | ((workspace: Workspace) => PlatformServices);
  appVersion: string;
}): {
  services: ApiServices;
  events: EventHub;
} {
  const workspace = new Workspace(options.userDataDir);
  const events = new EventHub();
  const services: ApiServices = {
    sessions: new EngagementSessions({ backupDir: workspace.backupDir }),
    workspace,
    platform: typeof options.platform === 'function' ? options.platform(workspace) : options.platform,
    appVersion: options.appVersion,
    now: () => Date.now(),
    emit: events.emit,
  };
  return { services, events };
}
