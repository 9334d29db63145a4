import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { FleetFacets } from '../../../domain/fleet';
import { useRequiredCapability } from '../../../lib/capability';
import { registryKeys } from '../../../lib/query-keys';
import type { Registry } from '../../../sources/capabilities';

export const facetsOptions = (registry: Registry, sourceKey: string) =>
  queryOptions({
    queryKey: registryKeys.facets(sourceKey),
    queryFn: ({ signal }) => registry.facets(signal),
    staleTime: 5 * 60_000,
  });

export function useFacets(): UseQueryResult<FleetFacets> {
  const { capability, source } = useRequiredCapability('registry');
  return useQuery(facetsOptions(capability, source.cacheKey));
}
