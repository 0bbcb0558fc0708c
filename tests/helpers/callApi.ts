import { onTestFinished } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '../../src/shared/contract';
import { createTestApi } from './apiHarness';

/**
 * A typed, unwrapped caller over the real API host: tests read like the
 * renderer's code, and a refused call fails the test with its error code.
 */
export function createTestClient() {
  const harness = createTestApi();
  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
    const result = await harness.api.invoke(method, input, 'test-client');
    if (!result.ok) throw Object.assign(new Error(`${method} refused: ${JSON.stringify(result.error)}`), { apiError: result.error });
    return result.value as MethodResult<M>;
  }
  async function refused<M extends MethodName>(method: M, input: unknown) {
    const result = await harness.api.invoke(method, input, 'test-client');
    if (result.ok) throw new Error(`${method} was accepted`);
    return result.error;
  }
  return { ...harness, call, refused, close: () => harness.services.sessions.closeAll() };
}

export type TestClient = ReturnType<typeof createTestClient>;

/**
 * The setup most API tests share: a client whose clock stands still at `now`, with one new
 * engagement, closed when the test ends. Call it from inside the test.
 */
export async function openTestEngagement(now: Date, engagement: MethodInput<'engagement:create'> = { clientName: 'Atelier Moreau' }) {
  const c = createTestClient();
  onTestFinished(() => c.close());
  c.services.now = () => now.getTime();
  const { engagementId } = await c.call('engagement:create', engagement);
  return { c, engagementId };
}
