import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { alignWindow, chooseStep } from '../../../domain/step';
import type { SeriesResult } from '../../../domain/series';
import type { TimeWindow } from '../../../domain/time-range';
import { useRequiredCapability } from '../../../lib/capability';
import { metricsKeys } from '../../../lib/query-keys';
import type { Metrics, MetricsTarget, SeriesRequest, ServingSignal } from '../../../sources/capabilities';

/** Charts are about this wide on a laptop; the step keeps about one point per pixel. */
const CHART_WIDTH_PX = 900;
/** When the connection does not say how often it scrapes (the demo, a REST server). */
const DEFAULT_SCRAPE_INTERVAL_SECONDS = 15;

export function seriesRequest(
  window: TimeWindow,
  scrapeIntervalSeconds = DEFAULT_SCRAPE_INTERVAL_SECONDS,
  widthPx = CHART_WIDTH_PX,
): SeriesRequest {
  const stepSeconds = chooseStep({ rangeMs: window.to - window.from, widthPx, scrapeIntervalSeconds });
  return { window: alignWindow(window, stepSeconds), stepSeconds };
}

export const servingSeriesOptions = (
  metrics: Metrics,
  sourceKey: string,
  target: MetricsTarget,
  signal: ServingSignal,
  request: SeriesRequest,
) =>
  queryOptions({
    queryKey: metricsKeys.serving(sourceKey, target, signal, request),
    queryFn: ({ signal: abort }) => metrics.serving(target, signal, request, abort),
    placeholderData: keepPreviousData,
  });

export function useServingSeries(
  target: MetricsTarget,
  signal: ServingSignal,
  window: TimeWindow,
): UseQueryResult<SeriesResult> {
  const { capability, source } = useRequiredCapability('metrics');
  return useQuery(
    servingSeriesOptions(
      capability,
      source.cacheKey,
      target,
      signal,
      seriesRequest(window, capability.scrapeIntervalSeconds),
    ),
  );
}
