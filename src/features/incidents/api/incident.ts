import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { IncidentDetail } from '../../../domain/incident';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';
import type { Operations } from '../../../sources/operations-capability';

export const incidentOptions = (operations: Operations, sourceKey: string, id: string) =>
  queryOptions({
    queryKey: operationsKeys.incident(sourceKey, id),
    queryFn: ({ signal }) => operations.getIncident(id, signal),
  });

export function useIncident(id: string): UseQueryResult<IncidentDetail> {
  const { capability, source } = useRequiredCapability('operations');
  return useQuery(incidentOptions(capability, source.cacheKey, id));
}
