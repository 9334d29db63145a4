import { render, type RenderResult } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/providers';
import { routes } from '../app/router';
import { DEMO_CONFIG, type RuntimeConfig } from '../sources/connection-config';
import { connectionsActions } from '../stores/connections-store';
import { QueryClient } from '@tanstack/react-query';
import type { Clock } from '../lib/use-now';
import { TEST_NOW } from './demo-server';

export interface RenderAppResult extends RenderResult {
  router: ReturnType<typeof createMemoryRouter>;
  queryClient: QueryClient;
}

/** The demo server's clock (`startDemoServer`), so the page's "last 7 days" is the backend's too. */
export const TEST_CLOCK: Clock = { now: () => TEST_NOW };

/** The whole app at a URL, against whatever the test's MSW server answers, on the test's one clock. */
export function renderApp(
  url: string,
  config: RuntimeConfig = DEMO_CONFIG,
  clock: Clock = TEST_CLOCK,
): RenderAppResult {
  connectionsActions.resetToPreset();
  connectionsActions.setPreset(config);
  // A fresh client per test, no retries: a test sees the first answer.
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const view = render(
    <AppProviders queryClient={queryClient} clock={clock}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}
