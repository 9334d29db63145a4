import { render, type RenderResult } from '@testing-library/react';
import { useLayoutEffect, type ReactNode } from 'react';
import { MemoryRouter, useLocation, type Location } from 'react-router';
import { AppProviders } from '../app/providers';
import { AppRoutes } from '../app/router';
import { DEMO_CONFIG, type RuntimeConfig } from '../sources/connection-config';
import { connectionsActions } from '../stores/connections-store';
import { QueryClient } from '@tanstack/react-query';
import type { Clock } from '../lib/use-now';
import { TEST_NOW } from './demo-server';

/** Where the app is: `router.state.location` follows every navigation, as a data router's would. */
export interface AppLocation {
  state: { location: Location };
}

export interface RenderAppResult extends RenderResult {
  router: AppLocation;
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
  const router = { state: {} } as AppLocation;
  const view = render(
    <AppProviders queryClient={queryClient} clock={clock}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <LocationProbe onChange={(location) => (router.state.location = location)} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...view, router, queryClient };
}

function LocationProbe({ onChange }: { onChange: (location: Location) => void }): ReactNode {
  const location = useLocation();
  useLayoutEffect(() => {
    onChange(location);
  }, [onChange, location]);
  return null;
}
