import { setupServer, type SetupServer } from 'msw/node';
import { createMlflowMock, type MlflowHandlerOptions, type MlflowMock } from './handlers';

/** Where tests reach the mock MLflow: Node's fetch needs an absolute URL. */
export const MLFLOW_TEST_URL = 'http://mlflow.test';

/**
 * The mock MLflow for Vitest: `listen({ onUnhandledRequest: 'error' })` in
 * `beforeAll`, `resetHandlers()` after each test, `close()` at the end.
 */
export function createMlflowServer(options: Partial<MlflowHandlerOptions> = {}): {
  server: SetupServer;
  store: MlflowMock['store'];
} {
  const mock = createMlflowMock({ baseUrl: MLFLOW_TEST_URL, ...options });
  return { server: setupServer(...mock.handlers), store: mock.store };
}
