import type { Envelope } from '../../shared/contract';
import type { AppEvent } from '../../shared/contract/events';

/**
 * How the renderer reaches the API: the desktop preload (IPC) or the loopback
 * HTTP bridge. Picked once at start-up; the client never branches on it again.
 */
export interface Transport {
  readonly kind: 'desktop' | 'http';
  invoke(method: string, payload: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** The file-system path of a dropped file; null where none exists (browser). */
  pathForFile(file: File): string | null;
}
