/**
 * A request for the home screen from elsewhere (the desktop menu's « Nouvelle
 * mission » / « Ouvrir… », a file handed over by the OS, the palette's « Restaurer une
 * sauvegarde »): the app navigates home
 * and the home screen acts on it.
 */
export type HomeIntent = { kind: 'new' } | { kind: 'open' } | { kind: 'openPath'; path: string } | { kind: 'backups' };

let pending: HomeIntent | null = null;
let handler: ((intent: HomeIntent) => void) | null = null;

export function requestHomeIntent(intent: HomeIntent): void {
  if (handler) handler(intent);
  else pending = intent;
}

/**
 * The home screen registers here while mounted. A request made just before it
 * mounted (navigate home, then act) is delivered right after registration.
 */
export function onHomeIntent(handle: (intent: HomeIntent) => void): () => void {
  handler = handle;
  const waiting = pending;
  pending = null;
  if (waiting) queueMicrotask(() => handler === handle && handle(waiting));
  return () => {
    if (handler === handle) handler = null;
  };
}
