import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  DEFAULT_TIME_RANGE,
  formatTimeRangeParam,
  parseTimeRange,
  resolveTimeRange,
  type TimeRangeSpec,
  type TimeWindow,
} from '../domain/time-range';
import { useNow } from './use-now';

export const TIME_RANGE_PARAM = 'range';

/** The global time range, kept in the URL so a link reproduces the view. */
export function useTimeRangeSpec(): TimeRangeSpec {
  const [params] = useSearchParams();
  return parseTimeRange(params.get(TIME_RANGE_PARAM)) ?? DEFAULT_TIME_RANGE;
}

export function useTimeWindow(): TimeWindow {
  const spec = useTimeRangeSpec();
  const now = useNow();
  return useMemo(() => resolveTimeRange(spec, now), [spec, now]);
}

export function useSetTimeRange(): (spec: TimeRangeSpec) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (spec: TimeRangeSpec) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.set(TIME_RANGE_PARAM, formatTimeRangeParam(spec));
        return next;
      }),
    [setParams],
  );
}
