import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Incident } from '../../../domain/incident';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';
import type { IncidentFilter, Operations } from '../../../sources/operations-capability';

export const incidentsOptions = (operations: Operations, sourceKey: string, filter: IncidentFilter) =>
  queryOptions({
    queryKey: operationsKeys.incidents(sourceKey, filter),
    queryFn: ({ signal }) => operations.listIncidents(filter, signal),
    refetchInterval: 60_000,
  });

export function useIncidents(filter: IncidentFilter): UseQueryResult<Incident[]> {
  const { capability, source } = useRequiredCapability('operations');
  return useQuery(incidentsOptions(capability, source.cacheKey, filter));
}
