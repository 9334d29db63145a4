/** Axis ticks at round numbers, and the axis range they span. */
export interface NiceScale {
  /** Evenly spaced, increasing, each a whole multiple of `step`. */
  ticks: number[];
  /** 1, 2 or 5 × 10^k. */
  step: number;
  /** The axis range: from the first tick to the last, widened (only by rounding) to hold min and max. */
  domain: [number, number];
}

const MANTISSAS = [1, 2, 5] as const;

/**
 * Ticks for an axis over [min, max] at round numbers: the smallest step of 1, 2 or 5 × 10^k that
 * covers the range in at most `maxTicks` ticks (or three, the fewest that can span 0), from the multiple of the step at or below `min`
 * to the one at or above `max` (the 1-2-5 rule of Heckbert, "Nice Numbers for Graph Labels",
 * Graphics Gems, 1990; D3's `d3.ticks` uses the same steps). So an AUC axis over 0.55–1 reads
 * 0.5, 0.6 … 1 and an error-rate axis over 0–13 % reads 0, 5, 10, 15 %, never 0.55, 0.64, 0.73.
 *
 * Each tick is computed as a whole number divided by a power of ten, so it is the double nearest
 * its decimal (0.3, not 0.30000000000000004) and labels print cleanly.
 */
export function niceTicks(min: number, max: number, maxTicks = 6): NiceScale {
  if (!Number.isFinite(min) || !Number.isFinite(max)) {
    throw new RangeError(`niceTicks: the range must be finite, got ${min}–${max}`);
  }
  if (!Number.isInteger(maxTicks) || maxTicks < 2) {
    throw new RangeError(`niceTicks: maxTicks must be an integer ≥ 2, got ${maxTicks}`);
  }
  const low = Math.min(min, max);
  const high = Math.max(min, max);
  let lo = low;
  let hi = high;
  if (hi - lo < 1e-300) {
    // A flat range gets room around it: 0 → 0–1 (a denormal counts as 0), 0.5 → 0.45–0.55.
    if (Math.abs(lo) < 1e-300) {
      lo = 0;
      hi = 1;
    } else {
      const pad = Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    }
  }
  // Ticks are consecutive multiples of the step, so a range on both sides of 0 needs three at least.
  const limit = lo < 0 && hi > 0 ? Math.max(3, maxTicks) : maxTicks;
  const raw = (hi - lo) / (limit - 1);
  let exponent = Math.floor(Math.log10(raw));
  for (;;) {
    for (const mantissa of MANTISSAS) {
      const scale = fromDecimal(mantissa, exponent);
      if (scale.step < raw * (1 - 1e-12)) continue;
      // A hair of tolerance, so 0.3 / 0.1 = 2.9999999999999996 counts as the tick 3.
      const first = Math.floor(lo / scale.step + 1e-9);
      const last = Math.ceil(hi / scale.step - 1e-9);
      if (last - first + 1 > limit) continue;
      const ticks: number[] = [];
      for (let k = first; k <= last; k += 1) ticks.push(scale.at(k));
      const top = ticks[ticks.length - 1] ?? hi;
      return { ticks, step: scale.step, domain: [Math.min(ticks[0] ?? lo, low), Math.max(top, high)] };
    }
    exponent += 1;
  }
}

/** The step mantissa × 10^exponent, and its k-th multiple, each as exact as a double allows. */
function fromDecimal(mantissa: number, exponent: number): { step: number; at: (k: number) => number } {
  if (exponent >= 0) {
    const power = 10 ** exponent;
    return { step: mantissa * power, at: (k) => k * mantissa * power };
  }
  const divisor = 10 ** -exponent;
  return { step: mantissa / divisor, at: (k) => (k * mantissa) / divisor };
}
