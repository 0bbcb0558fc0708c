import { useSyncExternalStore } from 'react';
import type { ApiError } from '../api/ApiError';

/**
 * What the header's save indicator shows: anything pending (an edit waiting for
 * its debounce, or a call in flight) reads « Enregistrement… »; then « Enregistré »
 * or the last error, with a retry when one is known.
 */
export interface SaveState {
  pending: number;
  lastSavedAt: number | null;
  error: ApiError | null;
  retry: (() => void) | null;
}

type Listener = () => void;

export function createSaveStore() {
  let state: SaveState = { pending: 0, lastSavedAt: null, error: null, retry: null };
  const pendingWork = new Set<symbol>();
  const listeners = new Set<Listener>();

  const set = (next: Partial<SaveState>) => {
    state = { ...state, ...next, pending: pendingWork.size };
    for (const listener of listeners) listener();
  };

  return {
    getState: () => state,
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Marks work as pending; call the returned function when it settles. */
    begin(): (outcome: { error?: ApiError | null; retry?: () => void }) => void {
      const token = Symbol('save');
      pendingWork.add(token);
      set({});
      return ({ error = null, retry }) => {
        if (!pendingWork.delete(token)) return;
        if (error) set({ error, retry: retry ?? null });
        else set({ error: null, retry: null, lastSavedAt: Date.now() });
      };
    },
    /** An edit that will be saved after its debounce; released by `settle` or `cancel`. */
    hold(): { release: () => void } {
      const token = Symbol('edit');
      pendingWork.add(token);
      set({});
      return {
        release: () => {
          if (pendingWork.delete(token)) set({});
        },
      };
    },
    reset() {
      pendingWork.clear();
      set({ lastSavedAt: null, error: null, retry: null });
    },
  };
}

export type SaveStore = ReturnType<typeof createSaveStore>;

/** One store for the window: there is one header to show it. */
export const saveStore: SaveStore = createSaveStore();

export function useSaveState(): SaveState {
  return useSyncExternalStore(saveStore.subscribe, saveStore.getState);
}
