import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Deployment, LiveDeployment } from '../../../domain/deployment';
import { useRequiredCapability } from '../../../lib/capability';
import { operationsKeys } from '../../../lib/query-keys';
import { useCapability } from '../../../lib/sources-context';
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

export function useLiveDeployment(model: string): LiveDeployment {
  const resolution = useCapability('operations');
  // The same key as useDeployments, so the deployments tab and the charts share one request.
  const query = useQuery({
    queryKey: operationsKeys.deployments(resolution.ok ? resolution.source.cacheKey : 'none', model),
    queryFn: ({ signal }) =>
      resolution.ok ? resolution.capability.listDeployments(model, signal) : Promise.resolve([]),
    enabled: resolution.ok,
  });
  if (!resolution.ok)
    return { status: 'settled', deployment: undefined, reason: 'no connection lists deployments' };
  if (query.isPending) return { status: 'pending' };
  if (query.isError)
    return { status: 'settled', deployment: undefined, reason: 'the deployments could not be read' };
  const production = query.data.find((d) => d.environment === 'production');
  return production
    ? { status: 'settled', deployment: production }
    : { status: 'settled', deployment: undefined, reason: 'the model has no production deployment' };
}
