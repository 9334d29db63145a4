import type { ExploreResult } from '../../domain/explore/explore-result';
import type { InstantQueryWire, RangeSeriesWire } from './schemas';
import { toPoints, toValue } from './to-domain';

/** A `query_range` answer: one series per result, missing steps as gaps. */
export function matrixToExplore(
  result: readonly RangeSeriesWire[],
  stepSeconds: number,
  warnings: readonly string[] = [],
): ExploreResult {
  return {
    kind: 'matrix',
    stepSeconds,
    series: result.map((s) => ({ labels: s.metric, points: toPoints(s.values, stepSeconds) })),
    warnings: [...warnings],
  };
}

/** A `query` answer in each of its four result types (seconds → ms, "NaN" → a gap). */
export function instantToExplore(
  data: InstantQueryWire['data'],
  warnings: readonly string[] = [],
): ExploreResult {
  const w = [...warnings];
  switch (data.resultType) {
    case 'vector':
      return {
        kind: 'vector',
        series: data.result.map((s) => ({
          labels: s.metric,
          points: [[Math.round(s.value[0] * 1000), toValue(s.value[1])]],
        })),
        warnings: w,
      };
    case 'matrix':
      return {
        kind: 'matrix',
        series: data.result.map((s) => ({ labels: s.metric, points: toPoints(s.values) })),
        warnings: w,
      };
    case 'scalar':
      return {
        kind: 'scalar',
        t: Math.round(data.result[0] * 1000),
        value: toValue(data.result[1]),
        warnings: w,
      };
    case 'string':
      return { kind: 'string', t: Math.round(data.result[0] * 1000), value: data.result[1], warnings: w };
  }
}
