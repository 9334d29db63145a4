import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Alert, Silence } from '../../../domain/alert';
import { useRequiredCapability } from '../../../lib/capability';
import { alertsKeys } from '../../../lib/query-keys';
import type { AlertFilter, Alerts } from '../../../sources/capabilities';

export const alertsOptions = (alerts: Alerts, sourceKey: string, filter: AlertFilter) =>
  queryOptions({
    queryKey: alertsKeys.list(sourceKey, filter),
    queryFn: ({ signal }) => alerts.listAlerts(filter, signal),
    refetchInterval: 30_000,
  });

export function useAlerts(filter: AlertFilter): UseQueryResult<Alert[]> {
  const { capability, source } = useRequiredCapability('alerts');
  return useQuery(alertsOptions(capability, source.cacheKey, filter));
}

export function useSilences(): UseQueryResult<Silence[]> {
  const { capability, source } = useRequiredCapability('alerts');
  return useQuery({
    queryKey: [...alertsKeys.all(source.cacheKey), 'silences'],
    queryFn: ({ signal }) => capability.listSilences(signal),
    refetchInterval: 60_000,
  });
}
