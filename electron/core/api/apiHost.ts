import { contract, isMethodName, type Envelope, type MethodName } from '../../../src/shared/contract';
import { parsePayload } from '../../../src/shared/contract/validate';
import { AppError } from '../../../src/shared/errors';
import { toAppError } from '../store/sqliteErrors';
import { runAsEdit } from '../store/undoScope';
import type { ApiServices, CallContext } from './context';
import { isEdit } from './edits';
import { handlers } from './handlers';

export interface ApiHost {
  readonly services: ApiServices;
  /** Validates, runs, and wraps the result; never throws, never leaks a stack. */
  invoke(method: string, payload: unknown, clientId: string): Promise<Envelope<unknown>>;
}

type AnyHandler = (input: unknown, ctx: CallContext) => unknown;

/**
 * The one place where a method name meets its handler. Both transports (IPC and
 * the loopback bridge) are loops calling `invoke`; neither holds business rules.
 */
export function createApiHost(services: ApiServices, log: (message: string) => void = () => {}): ApiHost {
  const table = handlers as unknown as Record<string, AnyHandler>;
  const missing = Object.keys(contract).filter((name) => typeof table[name] !== 'function');
  const extra = Object.keys(table).filter((name) => !isMethodName(name));
  if (missing.length || extra.length) {
    throw new Error(`API table mismatch. Missing handlers: ${missing.join(', ') || '-'}; unknown: ${extra.join(', ') || '-'}`);
  }

  return {
    services,
    async invoke(method, payload, clientId) {
      if (!isMethodName(method)) return { ok: false, error: new AppError('UNKNOWN_METHOD', { method: String(method).slice(0, 80) }).toShape() };
      const started = performance.now();
      try {
        const input = parsePayload(contract[method as MethodName].input, payload);
        const engagementId = (input as { engagementId?: unknown }).engagementId;
        if (typeof engagementId === 'string') services.sessions.assertOwner(engagementId, clientId);
        const handler = table[method] as AnyHandler;
        const run = () => handler(input, { ...services, clientId });
        // An edit's writes are recorded under its method name, as one undoable step.
        const value = await (isEdit(method as MethodName, input) ? runAsEdit(method, run) : run());
        return { ok: true, value: value ?? null };
      } catch (error) {
        const appError = toAppError(error);
        if (appError.code === 'INTERNAL') log(`[api] ${method} failed: ${(error as Error)?.stack ?? String(error)}`);
        return { ok: false, error: appError.toShape() };
      } finally {
        const elapsed = performance.now() - started;
        // Slow calls are made visible, as Signal Desktop does for its SQL (threshold 40 ms).
        if (elapsed > 40) log(`[api] slow ${method}: ${elapsed.toFixed(1)} ms`);
      }
    },
  };
}
