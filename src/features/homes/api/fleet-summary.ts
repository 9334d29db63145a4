import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { FleetSummary } from '../../../domain/fleet';
import type { Registry } from '../../../sources/capabilities';
import { useRequiredCapability } from '../../../lib/capability';
import { registryKeys } from '../../../lib/query-keys';

export const fleetSummaryOptions = (registry: Registry, sourceKey: string) =>
  queryOptions({
    queryKey: registryKeys.summary(sourceKey),
    queryFn: ({ signal }) => registry.summary(signal),
    staleTime: 60_000,
  });

export function useFleetSummary(): UseQueryResult<FleetSummary> {
  const { capability, source } = useRequiredCapability('registry');
  return useQuery(fleetSummaryOptions(capability, source.cacheKey));
}
