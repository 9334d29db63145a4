import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { PerformanceReport } from '../../../domain/monitoring';
import { useRequiredCapability } from '../../../lib/capability';
import { monitoringKeys } from '../../../lib/query-keys';
import type { BucketedRequest, Monitoring } from '../../../sources/monitoring-capability';
import { monitoringTarget, useBucketedRequest } from '../../../lib/queries/monitoring-target';

export const performanceOptions = (
  monitoring: Monitoring,
  sourceKey: string,
  model: string,
  version: string | undefined,
  request: BucketedRequest,
) => {
  const target = monitoringTarget(model, version);
  return queryOptions({
    queryKey: monitoringKeys.performance(sourceKey, target, request),
    queryFn: ({ signal }) => monitoring.performance(target, request, signal),
  });
};

/** Quality metrics over the global time range, with the label delay. */
export function usePerformance(
  model: string,
  version: string | undefined,
): UseQueryResult<PerformanceReport> {
  const { capability, source } = useRequiredCapability('monitoring');
  return useQuery(performanceOptions(capability, source.cacheKey, model, version, useBucketedRequest()));
}
