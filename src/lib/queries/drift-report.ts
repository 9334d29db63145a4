import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { DriftReport } from '../../domain/monitoring';
import type { TimeWindow } from '../../domain/time-range';
import { useRequiredCapability } from '../capability';
import { monitoringKeys } from '../query-keys';
import { useTimeWindow } from '../use-time-range';
import type { Monitoring } from '../../sources/monitoring-capability';
import { monitoringTarget } from './monitoring-target';

export const driftReportOptions = (
  monitoring: Monitoring,
  sourceKey: string,
  model: string,
  version: string | undefined,
  window: TimeWindow,
) => {
  const target = monitoringTarget(model, version);
  return queryOptions({
    queryKey: monitoringKeys.driftReport(sourceKey, target, window),
    queryFn: ({ signal }) => monitoring.driftReport(target, window, signal),
  });
};

/** Reference vs current profiles of a model's features over the global time range. */
export function useDriftReport(model: string, version: string | undefined): UseQueryResult<DriftReport> {
  const { capability, source } = useRequiredCapability('monitoring');
  return useQuery(driftReportOptions(capability, source.cacheKey, model, version, useTimeWindow()));
}
