import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { DriftRanking } from '../../../domain/monitoring';
import type { TimeWindow } from '../../../domain/time-range';
import { useRequiredCapability } from '../../../lib/capability';
import { monitoringKeys } from '../../../lib/query-keys';
import { useTimeWindow } from '../../../lib/use-time-range';
import type { Monitoring } from '../../../sources/monitoring-capability';

export const driftRankingOptions = (
  monitoring: Monitoring,
  sourceKey: string,
  window: TimeWindow,
  limit: number,
) =>
  queryOptions({
    queryKey: monitoringKeys.driftRanking(sourceKey, window, limit),
    queryFn: ({ signal }) => monitoring.driftRanking(window, limit, signal),
    staleTime: 60_000,
  });

/** The fleet's monitored models, worst drift first, over the global time range. */
export function useDriftRanking(limit: number): UseQueryResult<DriftRanking> {
  const { capability, source } = useRequiredCapability('monitoring');
  return useQuery(driftRankingOptions(capability, source.cacheKey, useTimeWindow(), limit));
}
