import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Deployment } from '../../../domain/deployment';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';
import type { Operations } from '../../../sources/operations-capability';

export const deploymentsOptions = (operations: Operations, sourceKey: string, model: string) =>
  queryOptions({
    queryKey: operationsKeys.deployments(sourceKey, model),
    queryFn: ({ signal }) => operations.listDeployments(model, signal),
  });

export function useDeployments(model: string): UseQueryResult<Deployment[]> {
  const { capability, source } = useRequiredCapability('operations');
  return useQuery(deploymentsOptions(capability, source.cacheKey, model));
}
