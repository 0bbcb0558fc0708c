import type { AppEvent } from '../../../src/shared/contract/events';
import type { SearchCache } from '../domain/search/searchCache';
import type { RollingBackups } from '../store/rollingBackups';
import type { EngagementSessions } from '../store/sessions';
import type { Workspace } from '../workspace/workspace';

/**
 * What only the host can do. Electron provides native dialogs and the OS shell;
 * the browser mode provides none of them (the renderer shows its own picker).
 */
export interface PlatformServices {
  kind: 'electron' | 'web';
  pickEngagementFile?(): Promise<string | null>;
  chooseFolder?(defaultPath?: string): Promise<string | null>;
  openExternal?(url: URL): Promise<void>;
  openPath?(file: string): Promise<void>;
  showItemInFolder?(file: string): void;
}

/** Everything a handler may use, passed in explicitly (no global service locator). */
export interface ApiServices {
  sessions: EngagementSessions;
  workspace: Workspace;
  backups: RollingBackups;
  /** Search across closed engagements (a disposable copy of their search rows). */
  searchCache: SearchCache;
  platform: PlatformServices;
  appVersion: string;
  now(): number;
  emit(event: AppEvent): void;
}

/** Per call: the services plus who is calling (a window id, or the browser client). */
export interface CallContext extends ApiServices {
  clientId: string;
}
