import { useEffect } from 'react';

/**
 * Performance marks the benchmark (`npm run bench`) reads in Chromium: the moment a screen
 * shows its data and answers input. Names are part of the bench's contract; keep them stable.
 */
export const READY_MARKS = {
  home: 'orchestre:home-ready',
  actionTable: 'orchestre:action-table-ready',
} as const;

/**
 * Marks `name` once per page load, after the first frame painted with `ready` true (the
 * timeout runs after that frame: the main thread is free again, the screen is interactive).
 */
export function useReadyMark(name: string, ready: boolean): void {
  useEffect(() => {
    if (!ready || performance.getEntriesByName(name, 'mark').length) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (!performance.getEntriesByName(name, 'mark').length) performance.mark(name);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [name, ready]);
}
