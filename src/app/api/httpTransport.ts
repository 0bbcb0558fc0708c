import type { Envelope } from '../../shared/contract';
import { BRIDGE_API_PREFIX, BRIDGE_EVENTS_PATH } from '../../shared/contract/bridgeApi';
import type { AppEvent } from '../../shared/contract/events';
import { createSseParser } from './sseLines';
import type { Transport } from './transport';

const RECONNECT_DELAY_MS = 2000;

/** The loopback bridge: `POST /api/<method>` and an SSE stream, both with the launch token. */
export function createHttpTransport(token: string | null): Transport {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const listeners = new Set<(event: AppEvent) => void>();
  let stream: AbortController | null = null;

  async function invoke(method: string, payload: unknown): Promise<Envelope<unknown>> {
    const response = await fetch(`${BRIDGE_API_PREFIX}${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(payload ?? {}),
    });
    // The bridge answers refusals (401, 403, 413) with an envelope too.
    const contentType = response.headers.get('Content-Type') ?? '';
    if (contentType.includes('application/json')) return (await response.json()) as Envelope<unknown>;
    return { ok: false, error: { code: 'INTERNAL', params: { detail: `HTTP ${response.status}` } } };
  }

  // EventSource cannot send the Authorization header, so the stream is read with fetch.
  async function readEvents(controller: AbortController): Promise<void> {
    const response = await fetch(BRIDGE_EVENTS_PATH, { headers, signal: controller.signal });
    if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
    const parse = createSseParser((data) => {
      try {
        const event = JSON.parse(data) as AppEvent;
        for (const listener of listeners) listener(event);
      } catch {
        // A malformed line is skipped rather than ending the stream.
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parse(value);
    }
  }

  function connect(): void {
    const controller = new AbortController();
    stream = controller;
    readEvents(controller)
      .catch(() => undefined)
      .finally(() => {
        if (stream === controller && listeners.size > 0)
          setTimeout(() => stream === controller && connect(), RECONNECT_DELAY_MS);
      });
  }

  return {
    kind: 'http',
    invoke,
    subscribe(listener) {
      listeners.add(listener);
      if (!stream) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream) {
          stream.abort();
          stream = null;
        }
      };
    },
    pathForFile: () => null,
  };
}
