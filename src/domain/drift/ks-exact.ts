/**
 * Most lattice cells the exact K–S p-value may visit, (n + 1)·(m + 1): measured at ~25 ms per
 * million cells on a busy two-core machine, so ≤ 6 ms here. The drift view scores every feature
 * in every time bucket (a week of hourly buckets is 168 runs per feature), so the cost must stay
 * bounded; beyond the cap the asymptotic p-value is used, and reported as such. By then both
 * sides have a few hundred rows unless the windows are lopsided, and the asymptotic law is within
 * a few per cent. SciPy's ks_2samp(method='auto') runs the exact test up to 10,000 rows per side;
 * the lower cap here matters for very lopsided windows (a 20,000-row reference against 20 rows),
 * where the asymptotic law with nₑ ≈ the smaller size is rough.
 */
export const KS_EXACT_MAX_CELLS = 250_000;

/** Whether the exact p-value fits under the cell cap for samples of n and m rows. */
export function exactFits(n: number, m: number): boolean {
  return Number.isInteger(n) && Number.isInteger(m) && (n + 1) * (m + 1) <= KS_EXACT_MAX_CELLS;
}

/**
 * Exact two-sided p-value Pr(D ≥ d) of the two-sample Kolmogorov–Smirnov statistic under the
 * null that both samples come from one distribution, by counting lattice paths (Gnedenko &
 * Korolyuk 1951; Hodges 1957): the pooled sample in sorted order is a path from (0, 0) to
 * (n, m), one step right per reference row and one up per current row, every path equally
 * likely. D ≥ d iff the path touches a point where |i/n − j/m| ≥ d.
 *
 * `observed[t]` marks the positions t = i + j at which the ECDFs are compared: all of them for
 * samples without ties (omit `observed`), only the end of each tie group — or each bin of a
 * histogram — otherwise. Checking only there makes this the exact permutation test for tied or
 * binned data, where the continuous formula would be conservative. Without ties it equals
 * scipy.stats.ks_2samp(method='exact').
 *
 * The recurrence carries, instead of path counts (which overflow past a few hundred rows), the
 * probability u(i, j) that a uniform random path to (i, j) has stayed inside:
 * u(i, j) = (i/(i+j))·u(i−1, j) + (j/(i+j))·u(i, j−1), set to 0 outside. Every value lies in
 * [0, 1], so nothing overflows; p = 1 − u(n, m) has an absolute error near 1e-15, ample for a
 * comparison with a threshold. Cost O(n·m) time, O(m) memory.
 */
export function ksExactPValue(n: number, m: number, statistic: number, observed?: Uint8Array): number {
  if (!(n > 0 && m > 0 && Number.isInteger(n) && Number.isInteger(m))) {
    throw new RangeError(`exact K–S needs whole, positive sample sizes, got ${n} and ${m}`);
  }
  // D takes values |i·m − j·n| / (n·m): compare integers, not floats that may differ in the last bit.
  const threshold = Math.round(statistic * n * m);
  if (threshold <= 0) return 1;
  const inside = new Float64Array(m + 1);
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      const t = i + j;
      if (t === 0) {
        inside[0] = 1;
        continue;
      }
      // inside[j] still holds row i − 1; inside[j − 1] already holds row i.
      let value = (i / t) * (inside[j] ?? 0) + (j > 0 ? (j / t) * (inside[j - 1] ?? 0) : 0);
      if ((observed === undefined || observed[t] === 1) && Math.abs(i * m - j * n) >= threshold) value = 0;
      inside[j] = value;
    }
  }
  return Math.min(1, Math.max(0, 1 - (inside[m] ?? 0)));
}
