import type { DriftDirection } from '../../domain/drift/drift-method';
import type { Point } from '../../domain/series';
import { formatScore } from './drift-format';

/** A score series in words, for screen readers: "from 0.02 to 0.31, highest 0.33". */
export function describeScoreSeries(points: readonly Point[], direction: DriftDirection): string {
  const values = points.flatMap(([, v]) => (v === null || !Number.isFinite(v) ? [] : [v]));
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return 'no data in this window';
  const worst = direction === 'p-value-below' ? Math.min(...values) : Math.max(...values);
  const format = (v: number): string => formatScore(v, direction);
  return `from ${format(first)} to ${format(last)}, ${direction === 'p-value-below' ? 'lowest' : 'highest'} ${format(worst)}`;
}
