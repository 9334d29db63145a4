import { useMemo } from 'react';
import { chooseStep } from '../../domain/step';
import type { TimeWindow } from '../../domain/time-range';
import { useTimeWindow } from '../use-time-range';
import type { BucketedRequest, MonitoringTarget } from '../../sources/monitoring-capability';

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
