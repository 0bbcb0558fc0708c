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

export type AppEvent = JobProgressEvent | JobDoneEvent | EngagementClosedEvent;
