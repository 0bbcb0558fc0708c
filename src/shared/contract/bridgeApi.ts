import type { Envelope, MethodInput, MethodName, MethodResult } from './index';
import type { AppEvent } from './events';

/**
 * What the preload exposes as `window.orchestre` in the desktop app: one named
 * function per contract method (never ipcRenderer itself), an event subscription,
 * and the path of a dropped file (Electron's webUtils; no path exists in a browser).
 */
export interface OrchestreDesktopBridge {
  api: { [M in MethodName]: (payload: MethodInput<M>) => Promise<Envelope<MethodResult<M>>> };
  onEvent(listener: (event: AppEvent) => void): () => void;
  getPathForFile(file: File): string;
}

/**
 * The loopback HTTP bridge (browser mode, end-to-end tests):
 * - `POST /api/<method>` with the JSON payload as body, header
 *   `Authorization: Bearer <token>`; answers 200 with an `Envelope` as JSON.
 * - `GET /api/events` (same header): a `text/event-stream` of `data: <AppEvent JSON>` lines.
 * The token is handed to the page in the URL fragment `#token=…` (never sent to the
 * server by the browser), then kept in sessionStorage under this key.
 */
export const BRIDGE_TOKEN_STORAGE_KEY = 'orchestre.bridgeToken';
export const BRIDGE_API_PREFIX = '/api/';
export const BRIDGE_EVENTS_PATH = '/api/events';
