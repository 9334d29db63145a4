import type { ExploreSeries } from '../../domain/explore/explore-result';
import { mergeNewestFirst, nsToMs, type LogLine, type LogQueryResult } from '../../domain/logs/log-result';
import type { Point } from '../../domain/series';
import type { LokiMatrixSeriesWire, LokiQueryRangeWire, StreamWire } from './schemas';

function streamKey(labels: Record<string, string>): string {
  return Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key] ?? ''}`)
    .join(',');
}

/** A stream's entries as lines carrying the stream's labels. */
export function streamToLines(stream: StreamWire): LogLine[] {
  const key = streamKey(stream.stream);
  return stream.values.map(([ns, line], i) => ({
    id: `${key}|${ns}|${i}`,
    t: nsToMs(ns),
    ns,
    line,
    labels: stream.stream,
  }));
}

/** `"NaN"`, `"+Inf"` as gaps; Loki's sample values are decimal strings like Prometheus's. */
function sampleValue(text: string): number | null {
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function matrixSeriesToDomain(series: LokiMatrixSeriesWire): ExploreSeries {
  return {
    labels: series.metric,
    points: series.values.map(([s, v]): Point => [Math.round(s * 1000), sampleValue(v)]),
  };
}

/**
 * A `query_range` answer: the lines of every stream merged newest first (Loki sorts within a
 * stream only), or one series per result of a metric query.
 */
export function queryRangeToDomain(
  body: LokiQueryRangeWire,
  limit: number,
  stepSeconds: number,
): LogQueryResult {
  const warnings = [...(body.warnings ?? [])];
  if (body.data.resultType === 'matrix')
    return { kind: 'matrix', series: body.data.result.map(matrixSeriesToDomain), stepSeconds, warnings };
  const lines = mergeNewestFirst(body.data.result.map(streamToLines)).slice(0, limit);
  return { kind: 'streams', lines, limit, warnings };
}
