import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ObjectiveStatus } from '../../../domain/slo';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';
import type { Operations } from '../../../sources/operations-capability';

export const objectivesOptions = (operations: Operations, sourceKey: string, model?: string) =>
  queryOptions({
    queryKey: operationsKeys.objectives(sourceKey, model),
    queryFn: ({ signal }) => operations.listObjectives(model, signal),
    refetchInterval: 60_000,
  });

export function useObjectives(model?: string): UseQueryResult<ObjectiveStatus[]> {
  const { capability, source } = useRequiredCapability('operations');
  return useQuery(objectivesOptions(capability, source.cacheKey, model));
}
