import { useQuery, type QueryKey, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { chooseStep } from '../../domain/step';
import type { TimeWindow } from '../../domain/time-range';
import { useTimeWindow } from '../use-time-range';
import type { BucketedRequest, Monitoring, MonitoringTarget } from '../../sources/monitoring-capability';
import { useRequiredCapability } from '../capability';

/**
 * Buckets of drift over time: about 240 across the window (a detail chart's width at two pixels
 * a bucket; sparklines downsample), never under an hour: fewer rows make a noisy score.
 */
export const DRIFT_BUCKETS = 240;
export const MIN_BUCKET_SECONDS = 3600;

export function driftStep(window: TimeWindow): number {
  return chooseStep({
    rangeMs: window.to - window.from,
    widthPx: DRIFT_BUCKETS,
    scrapeIntervalSeconds: MIN_BUCKET_SECONDS,
  });
}

export function monitoringTarget(model: string, version: string | undefined): MonitoringTarget {
  return version ? { model, version } : { model };
}

/** The global window and the bucket step that goes with it. */
export function useBucketedRequest(): BucketedRequest {
  const window = useTimeWindow();
  return useMemo(() => ({ window, stepSeconds: driftStep(window) }), [window]);
}

/** One model's (or version's) monitoring question over the global window, in buckets. */
export function useBucketedMonitoring<T>(
  key: (sourceKey: string, target: MonitoringTarget, request: BucketedRequest) => QueryKey,
  ask: (
    monitoring: Monitoring,
    target: MonitoringTarget,
    request: BucketedRequest,
    signal: AbortSignal,
  ) => Promise<T>,
  model: string,
  version: string | undefined,
): UseQueryResult<T> {
  const { capability, source } = useRequiredCapability('monitoring');
  const request = useBucketedRequest();
  const target = monitoringTarget(model, version);
  return useQuery({
    queryKey: key(source.cacheKey, target, request),
    queryFn: ({ signal }) => ask(capability, target, request, signal),
  });
}
