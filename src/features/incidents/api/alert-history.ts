import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AlertInterval } from '../../../domain/alert';
import type { TimeWindow } from '../../../domain/time-range';
import { alertsKeys } from '../../../lib/query-keys';
import { useCapability } from '../../../lib/sources-context';
import type { AlertFilter } from '../../../sources/capabilities';

/**
 * What fired and when. Optional on a timeline: without an alerts connection the
 * query stays idle and `available` says so, and the rest of the page works.
 */
export function useAlertHistory(
  filter: AlertFilter,
  window: TimeWindow,
): { query: UseQueryResult<AlertInterval[]>; available: boolean } {
  const resolution = useCapability('alerts');
  const query = useQuery({
    queryKey: alertsKeys.history(resolution.ok ? resolution.source.cacheKey : 'none', filter, window),
    queryFn: ({ signal }) =>
      resolution.ok ? resolution.capability.history(filter, window, signal) : Promise.resolve([]),
    enabled: resolution.ok,
  });
  return { query, available: resolution.ok };
}
