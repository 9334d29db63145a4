import type { SortedSample } from './sample';

export interface EcdfGaps {
  /** sup |F − G| over the merged values: the Kolmogorov–Smirnov statistic D. */
  readonly supremum: number;
  /** ∫ |F − G| dx: the Wasserstein-1 distance, in the samples' units. */
  readonly area: number;
}

/**
 * One walk over two sorted samples' merged values, group of equal values by group, comparing
 * their empirical CDFs F (of x) and G (of y). Between two consecutive merged values both ECDFs
 * are flat, so the area is a sum of rectangles and the supremum is reached at a group's end.
 * KS and Wasserstein share this walk, so scoring a feature both ways reads its rows once.
 * `observed`, when given (n + m + 1 long), gets a 1 at each position i + j where the ECDFs are
 * compared: the exact KS p-value counts only the lattice paths through those.
 */
export function walkEcdfs(x: SortedSample, y: SortedSample, observed?: Uint8Array): EcdfGaps {
  const n = x.length;
  const m = y.length;
  let i = 0;
  let j = 0;
  let previous = Math.min(x[0] ?? Infinity, y[0] ?? Infinity);
  let supremum = 0;
  let area = 0;
  while (i < n || j < m) {
    const value = Math.min(x[i] ?? Infinity, y[j] ?? Infinity);
    area += Math.abs(i / n - j / m) * (value - previous);
    while (i < n && (x[i] ?? Infinity) <= value) i += 1;
    while (j < m && (y[j] ?? Infinity) <= value) j += 1;
    if (observed) observed[i + j] = 1;
    const gap = Math.abs(i / n - j / m);
    if (gap > supremum) supremum = gap;
    previous = value;
  }
  return { supremum, area };
}
