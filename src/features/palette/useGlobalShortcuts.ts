import { useEffect, useRef } from 'react';
import { hasMod } from './shortcuts';

export interface GlobalShortcutHandlers {
  palette(): void;
  help(): void;
}

/**
 * The app-wide keys (listed in shortcuts.ts): Mod+K and F1.
 */
export function useGlobalShortcuts(handlers: GlobalShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const key = event.key.toLowerCase();
      if (hasMod(event) && key === 'k') {
        event.preventDefault();
        latest.current.palette();
      } else if (event.key === 'F1') {
        event.preventDefault();
        latest.current.help();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
