import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CapabilityName } from '../sources/capabilities';
import type { RuntimeConfig } from '../sources/connection-config';
import { createSourceSet, type CapabilityResolution, type SourceSet } from '../sources/select-source';

const SourcesContext = createContext<SourceSet | null>(null);

export function SourcesProvider({
  config,
  children,
}: {
  config: RuntimeConfig;
  children: ReactNode;
}): ReactNode {
  const sourceSet = useMemo(() => createSourceSet(config), [config]);
  return <SourcesContext value={sourceSet}>{children}</SourcesContext>;
}

export function useSourceSet(): SourceSet {
  const sourceSet = useContext(SourcesContext);
  if (!sourceSet) throw new Error('useSourceSet must be used inside <SourcesProvider>.');
  return sourceSet;
}

/** The capability and the source that answers it, or the reason none does. */
export function useCapability<C extends CapabilityName>(name: C): CapabilityResolution<C> {
  return useSourceSet().resolve(name);
}
