import type { EngagementPhase } from '../engagementPhase';
import type { Lang } from '../lang';

export interface RecentEngagement {
  path: string;
  clientName: string;
  title: string;
  lastOpenedAt: number;
  /** 0..1 at the time it was last closed. */
  progress: number;
  /** Where the method stood when it was last opened or closed. */
  phase: EngagementPhase;
  /** When the engagement was created (its own record), for sorting. */
  createdAt: number;
  /** Hidden from the main list; kept in the workspace only, the file is never touched. */
  archived: boolean;
  /** False when the file is no longer where it was. */
  exists: boolean;
}

export interface EngagementFileEntry {
  path: string;
  fileName: string;
  sizeBytes: number;
  modifiedAt: number;
  /**
   * Client, title and status as the search cache read them from this very
   * version of the file (same size and date); null until the cache has it
   * (it is filled in the background once the folder is listed).
   */
  meta: EngagementFileMeta | null;
}

export interface EngagementFileMeta {
  clientName: string;
  title: string;
  status: string;
  updatedAt: number;
}

export interface WorkspaceState {
  uiLang: Lang;
  defaultFolder: string;
  recents: RecentEngagement[];
  /** Show the welcome screen (demo, branding, first engagement) until dismissed or a first engagement is created. */
  firstRun: boolean;
}

export interface BrandingProfile {
  id: string;
  name: string;
  agencyName: string;
  consultantName: string;
  /** PNG/JPEG as a data URL, or null. */
  logoDataUrl: string | null;
  primaryColor: string;
  secondaryColor: string;
  headingFont: string;
  bodyFont: string;
  contactBlock: string;
  legalFooter: string;
  coverStyle: 'band' | 'full' | 'minimal';
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  /** Which transport the renderer talks to. */
  platform: 'electron' | 'web';
  /** Native open/save dialogs exist (desktop); the browser mode shows its own picker. */
  nativeDialogs: boolean;
}
