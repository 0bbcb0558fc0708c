import { useEffect, useRef } from 'react';
import { hasMod } from './shortcuts';

export interface GlobalShortcutHandlers {
  palette(): void;
  help(): void;
  undo(): void;
  redo(): void;
}

/** A field where the browser's own text undo must keep working. */
export function isTextEditing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  return false;
}

/**
 * The app-wide keys (listed in shortcuts.ts): Mod+K, F1, and undo/redo of the
 * engagement's edits. Undo and redo are left to the browser inside text fields
 * and while a dialog is open, so typing is undone as everywhere else.
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
      } else if (hasMod(event) && !event.altKey && (key === 'z' || key === 'y')) {
        if (isTextEditing(event.target) || document.querySelector('dialog[open]')) return;
        event.preventDefault();
        if (key === 'y' || event.shiftKey) latest.current.redo();
        else latest.current.undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
