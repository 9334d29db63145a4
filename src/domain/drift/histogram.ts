import { assertSameLength } from './counts';

/**
 * Checks a binned numeric profile: `edges` has one more entry than each count vector and is
 * finite and strictly increasing, so bin i is [edges[i], edges[i+1]).
 */
export function assertHistogram(
  edges: readonly number[],
  refCounts: readonly number[],
  curCounts: readonly number[],
  label: string,
): void {
  assertSameLength(refCounts, curCounts, label);
  assertEdges(edges, refCounts.length, label);
}

/** Checks `edges` bound `binCount` bins and are finite and strictly increasing. */
export function assertEdges(edges: readonly number[], binCount: number, label: string): void {
  if (edges.length !== binCount + 1) {
    throw new RangeError(`${label}: ${binCount} bins need ${binCount + 1} edges, got ${edges.length}`);
  }
  let previous = -Infinity;
  for (const edge of edges) {
    if (!Number.isFinite(edge) || edge <= previous) {
      throw new RangeError(`${label}: edges must be finite and strictly increasing`);
    }
    previous = edge;
  }
}
