import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { DriftTimeline } from '../../../domain/monitoring';
import { useRequiredCapability } from '../../../lib/capability';
import { monitoringKeys } from '../../../lib/query-keys';
import type { BucketedRequest, Monitoring } from '../../../sources/monitoring-capability';
import { monitoringTarget, useBucketedRequest } from '../../../lib/queries/monitoring-target';

export const driftTimelineOptions = (
  monitoring: Monitoring,
  sourceKey: string,
  model: string,
  version: string | undefined,
  request: BucketedRequest,
) => {
  const target = monitoringTarget(model, version);
  return queryOptions({
    queryKey: monitoringKeys.driftTimeline(sourceKey, target, request),
    queryFn: ({ signal }) => monitoring.driftTimeline(target, request, signal),
  });
};

/** The window's live counts per bucket: what drift over time is computed from. */
export function useDriftTimeline(model: string, version: string | undefined): UseQueryResult<DriftTimeline> {
  const { capability, source } = useRequiredCapability('monitoring');
  return useQuery(driftTimelineOptions(capability, source.cacheKey, model, version, useBucketedRequest()));
}
