import type { AppEvent } from '../../../src/shared/contract/events';

/** Fan-out of main-side events to whichever transports are listening. */
export class EventHub {
  private readonly listeners = new Set<(event: AppEvent) => void>();

  emit = (event: AppEvent): void => {
    for (const listener of this.listeners) listener(event);
  };

  subscribe(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
