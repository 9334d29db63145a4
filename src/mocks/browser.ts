import { getResponse, type HttpHandler } from 'msw';
import type { InPageBackend } from '../sources/http';
import { createDemoHandlers } from './demo-handlers';
import type { DemoOptions } from './demo-options';

export interface DemoBackendExtras {
  /**
   * Also answer as an MLflow tracking server under this path (`/mlflow`): the
   * mock that replays MLflow's REST API, for trying an `mlflow` connection
   * without a server. Loaded only when asked for.
   */
  mlflowBaseUrl?: string;
}

/**
 * The demo backend, answering in the page: the app's HTTP client asks it before the network
 * (`holdRequestsUntil` in sources/http.ts). Loaded from a dynamic import, so MSW stays out of
 * builds without the demo. A request no handler answers (the app's own files, a real backend)
 * goes to the network.
 */
export async function startDemoBackend(
  options: DemoOptions,
  extras: DemoBackendExtras = {},
): Promise<InPageBackend> {
  const handlers: HttpHandler[] = [];
  if (extras.mlflowBaseUrl) {
    const { createMlflowHandlers } = await import('./mlflow/handlers');
    handlers.push(...createMlflowHandlers({ baseUrl: extras.mlflowBaseUrl }));
  }
  handlers.push(...createDemoHandlers(options));
  return (request) => getResponse(handlers, request);
}
