import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SourcesProvider } from '../lib/sources-context';
import { getEffectiveConfig, useEffectiveConfig } from '../stores/connections-store';
import { useMemo } from 'react';

/** Rebuilds the sources whenever the user edits a connection. */
function LiveSources({ children }: { children: ReactNode }): ReactNode {
  const stored = useEffectiveConfig();
  // Tokens are merged back in from memory; `stored` is the trigger.
  const config = useMemo(() => (stored ? getEffectiveConfig() : stored), [stored]);
  return <SourcesProvider config={config}>{children}</SourcesProvider>;
}

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }): ReactNode {
  return (
    <QueryClientProvider client={queryClient}>
      <LiveSources>{children}</LiveSources>
    </QueryClientProvider>
  );
}
