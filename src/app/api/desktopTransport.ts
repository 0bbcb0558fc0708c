import type { Envelope } from '../../shared/contract';
import type { OrchestreDesktopBridge } from '../../shared/contract/bridgeApi';
import type { Transport } from './transport';

/** The typed functions the desktop preload exposes as `window.orchestre`. */
export function createDesktopTransport(bridge: OrchestreDesktopBridge): Transport {
  const api = bridge.api as unknown as Record<string, ((payload: unknown) => Promise<Envelope<unknown>>) | undefined>;
  return {
    kind: 'desktop',
    invoke(method, payload) {
      const fn = api[method];
      if (!fn) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', params: { method } } });
      return fn(payload);
    },
    subscribe: (listener) => bridge.onEvent(listener),
    pathForFile: (file) => bridge.getPathForFile(file) || null,
  };
}
