import { setupWorker } from 'msw/browser';
import { createDemoHandlers } from './demo-handlers';
import type { DemoOptions } from './demo-options';

/**
 * Starts the demo backend in the browser's service worker. Call it before the
 * first render, from a dynamic import, so msw stays out of builds without the demo.
 */
export async function startDemoWorker(options: DemoOptions): Promise<void> {
  const worker = setupWorker(...createDemoHandlers(options));
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Only the demo path is answered; the app's own files and real backends pass through.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
