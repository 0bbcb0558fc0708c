import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Which API method a write belongs to, carried across `await`s (a handler may
 * prepare an image before writing): the session's undo log names its step
 * after it, and writes made outside any edit (a draft autosave, an export, the
 * CLI) run without one and are not undoable.
 */
const scope = new AsyncLocalStorage<{ label: string }>();

export function runAsEdit<T>(label: string, work: () => T): T {
  return scope.run({ label }, work);
}

export function currentEdit(): string | null {
  return scope.getStore()?.label ?? null;
}
