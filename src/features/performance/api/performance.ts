import type { UseQueryResult } from '@tanstack/react-query';
import type { PerformanceReport } from '../../../domain/monitoring';
import { monitoringKeys } from '../../../lib/query-keys';
import { useBucketedMonitoring } from '../../../lib/queries/monitoring-target';

/** Quality metrics over the global time range, with the label delay. */
export function usePerformance(
  model: string,
  version: string | undefined,
): UseQueryResult<PerformanceReport> {
  return useBucketedMonitoring(
    monitoringKeys.performance,
    (monitoring, target, request, signal) => monitoring.performance(target, request, signal),
    model,
    version,
  );
}
