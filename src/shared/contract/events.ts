/**
 * Events pushed from the main side to the renderer (progress of long jobs,
 * engagement closed under us). One channel name, declared here only.
 */
export const EVENT_CHANNEL = 'orchestre:event';

export interface JobProgressEvent {
  type: 'job:progress';
  jobId: string;
  /** 0..1 */
  progress: number;
  /** A short i18n key of the current step, e.g. `export.step.charts`. */
  step: string;
}

export interface JobDoneEvent {
  type: 'job:done';
  jobId: string;
}

export interface EngagementClosedEvent {
  type: 'engagement:closed';
  engagementId: string;
  reason: 'closed' | 'file-missing';
}

/** The app menu (desktop) and OS file associations ask the renderer to run a command. */
export const MENU_COMMANDS = ['engagement.new', 'engagement.open', 'engagement.openPath', 'deliverables.export', 'edit.undo', 'edit.redo', 'help.shortcuts', 'help.about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface CommandEvent {
  type: 'command';
  command: MenuCommand;
  /** For `engagement.openPath`: a file the OS handed to the app (double-click, recent item). */
  path?: string;
}

export type AppEvent = JobProgressEvent | JobDoneEvent | EngagementClosedEvent | CommandEvent;
