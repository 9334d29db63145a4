import type { HttpHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { createDemoHandlers } from './demo-handlers';
import type { DemoOptions } from './demo-options';

export interface DemoWorkerExtras {
  /**
   * Also answer as an MLflow tracking server under this path (`/mlflow`): the
   * mock that replays MLflow's REST API, for trying an `mlflow` connection
   * without a server. Loaded only when asked for.
   */
  mlflowBaseUrl?: string;
}

/**
 * Starts the demo backend in the browser's service worker. Call it before the
 * first render, from a dynamic import, so msw stays out of builds without the demo.
 */
export async function startDemoWorker(options: DemoOptions, extras: DemoWorkerExtras = {}): Promise<void> {
  const handlers: HttpHandler[] = [];
  if (extras.mlflowBaseUrl) {
    const { createMlflowHandlers } = await import('./mlflow/handlers');
    handlers.push(...createMlflowHandlers({ baseUrl: extras.mlflowBaseUrl }));
  }
  const worker = setupWorker(...handlers, ...createDemoHandlers(options));
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Only the demo path is answered; the app's own files and real backends pass through.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
