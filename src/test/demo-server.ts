import { afterAll, afterEach, beforeAll } from 'vitest';
import { createDemoServer } from '../mocks/node';

/** A fixed clock, so times in assertions never drift: 2026-11-27 12:00 UTC. */
export const TEST_NOW = Date.UTC(2026, 10, 27, 12, 0, 0);

/** The demo backend for a test file: started before, reset after each test, closed after all. */
export function startDemoServer(
  options: Parameters<typeof createDemoServer>[0] = {},
): ReturnType<typeof createDemoServer> {
  const server = createDemoServer({ now: TEST_NOW, ...options });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}
