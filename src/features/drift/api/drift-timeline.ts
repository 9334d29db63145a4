import type { UseQueryResult } from '@tanstack/react-query';
import type { DriftTimeline } from '../../../domain/monitoring';
import { monitoringKeys } from '../../../lib/query-keys';
import { useBucketedMonitoring } from '../../../lib/queries/monitoring-target';

/** The window's live counts per bucket: what drift over time is computed from. */
export function useDriftTimeline(model: string, version: string | undefined): UseQueryResult<DriftTimeline> {
  return useBucketedMonitoring(
    monitoringKeys.driftTimeline,
    (monitoring, target, request, signal) => monitoring.driftTimeline(target, request, signal),
    model,
    version,
  );
}
