import type { MethodInput, MethodName, MethodResult } from '../../shared/contract';
import type { OrchestreDesktopBridge } from '../../shared/contract/bridgeApi';
import type { AppEvent } from '../../shared/contract/events';
import { DEFAULT_LANG, type Lang } from '../../shared/lang';
import { ApiError } from './ApiError';
import { takeBridgeToken } from './bridgeToken';
import { createDesktopTransport } from './desktopTransport';
import { createHttpTransport } from './httpTransport';
import type { Transport } from './transport';

declare global {
  interface Window {
    orchestre?: OrchestreDesktopBridge;
  }
}

let transport: Transport | null = null;
let currentLang: () => Lang = () => DEFAULT_LANG;

/** Picks the transport once: the desktop preload when present, else the loopback bridge. */
export function initApi(options: { lang: () => Lang }): Transport {
  currentLang = options.lang;
  transport ??= window.orchestre ? createDesktopTransport(window.orchestre) : createHttpTransport(takeBridgeToken());
  return transport;
}

function requireTransport(): Transport {
  if (!transport) throw new Error('initApi() must run before the first call');
  return transport;
}

/** Calls one contract method; resolves with its value or throws an ApiError. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  let envelope;
  try {
    envelope = await requireTransport().invoke(method, input);
  } catch (error) {
    throw new ApiError(
      { code: 'INTERNAL', params: { detail: error instanceof Error ? error.message : String(error) } },
      currentLang(),
    );
  }
  if (envelope.ok) return envelope.value as MethodResult<M>;
  throw new ApiError(envelope.error, currentLang());
}

export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  return requireTransport().subscribe(listener);
}

/** The path of a dropped file (desktop only); null in the browser. */
export function pathForDroppedFile(file: File): string | null {
  return requireTransport().pathForFile(file);
}
