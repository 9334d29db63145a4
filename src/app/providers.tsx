import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SourcesProvider } from '../lib/sources-context';
import { ClockProvider, systemClock, type Clock } from '../lib/use-now';
import { useEffectiveConfig, withTokens } from '../stores/connections-store';
import { useMemo } from 'react';

/** Rebuilds the sources whenever the user edits a connection. */
function LiveSources({ children }: { children: ReactNode }): ReactNode {
  const stored = useEffectiveConfig();
  // Tokens live in memory, outside the persisted store: merge them back in.
  const config = useMemo(() => withTokens(stored), [stored]);
  return <SourcesProvider config={config}>{children}</SourcesProvider>;
}

export function AppProviders({
  queryClient,
  clock = systemClock,
  children,
}: {
  queryClient: QueryClient;
  /** The page's clock: the system's, or in tests the demo server's, so both agree on "now". */
  clock?: Clock;
  children: ReactNode;
}): ReactNode {
  return (
    <ClockProvider clock={clock}>
      <QueryClientProvider client={queryClient}>
        <LiveSources>{children}</LiveSources>
      </QueryClientProvider>
    </ClockProvider>
  );
}
