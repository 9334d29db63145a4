import type { Gaps } from './gap-scan';

export interface RunBounds {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** First and last index of each run of data between kept gaps; both ends are data points. */
export function runBounds(firstData: number, lastData: number, kept: Int32Array, gaps: Gaps): RunBounds {
  const lo = new Int32Array(kept.length + 1);
  const hi = new Int32Array(kept.length + 1);
  lo[0] = firstData;
  for (let r = 0; r < kept.length; r += 1) {
    const g = kept[r] ?? 0;
    hi[r] = (gaps.starts[g] ?? 0) - 1;
    lo[r + 1] = gaps.resumes[g] ?? 0;
  }
  hi[kept.length] = lastData;
  return { lo, hi };
}

/** Splits `total` points between runs: both ends of each run, the rest in proportion to length. */
export function runBudgets(runs: RunBounds, total: number): Int32Array {
  const count = runs.lo.length;
  const budgets = new Int32Array(count);
  let base = 0;
  let spare = 0;
  for (let r = 0; r < count; r += 1) {
    const size = (runs.hi[r] ?? 0) - (runs.lo[r] ?? 0) + 1;
    base += Math.min(size, 2);
    spare += Math.max(0, size - 2);
  }
  const extra = Math.max(0, total - base);
  for (let r = 0; r < count; r += 1) {
    const size = (runs.hi[r] ?? 0) - (runs.lo[r] ?? 0) + 1;
    const share = spare === 0 ? 0 : Math.floor((extra * Math.max(0, size - 2)) / spare);
    // `total` only binds for a lone run when edge markers leave it fewer than two points.
    budgets[r] = Math.min(size, Math.min(size, 2) + share, total);
  }
  return budgets;
}
