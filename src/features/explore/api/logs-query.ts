import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { LogQueryResult } from '../../../domain/logs/log-result';
import { alignWindow } from '../../../domain/step';
import type { TimeWindow } from '../../../domain/time-range';
import { exploreKeys } from '../../../lib/query-keys';
import type { Logs } from '../../../sources/logs-capability';
import type { Source } from '../../../sources/source';

export interface LogRunSpec {
  query: string;
  window: TimeWindow;
  limit: number;
  stepSeconds: number;
}

/** A LogQL query over the pane's range: lines for a log query, series for a metric query. */
export function useLogQuery(logs: Logs, source: Source, spec: LogRunSpec): UseQueryResult<LogQueryResult> {
  const window = alignWindow(spec.window, spec.stepSeconds);
  return useQuery({
    queryKey: exploreKeys.logs(source.cacheKey, spec.query, window, spec.limit, spec.stepSeconds),
    queryFn: ({ signal }) =>
      logs.queryRange(spec.query, window, { limit: spec.limit, stepSeconds: spec.stepSeconds }, signal),
    enabled: spec.query.trim() !== '',
    placeholderData: keepPreviousData,
    // A query the server refused will be refused again: the user edits it instead.
    retry: false,
  });
}

/** Label names of the connection's streams over the range, or one label's values when `label` is given. */
export function useLogLabels(
  logs: Logs,
  source: Source,
  window: TimeWindow,
  label?: string,
): UseQueryResult<string[]> {
  // Whole minutes: the label list does not need to be asked again every second of a relative range.
  const minute = alignWindow(window, 60);
  return useQuery({
    queryKey: exploreKeys.logLabels(source.cacheKey, minute, label),
    queryFn: ({ signal }) =>
      label === undefined ? logs.labelNames(minute, signal) : logs.labelValues(label, minute, signal),
    enabled: label !== '',
    staleTime: 60_000,
  });
}
