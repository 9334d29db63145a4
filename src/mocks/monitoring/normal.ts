import type { Rng } from '../fleet/prng';

/**
 * Φ(x) for the demo's distributions, via erf from Abramowitz & Stegun 7.1.26 (absolute error
 * < 1.5e-7): plenty for generating counts, and far cheaper than a series.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** A standard normal draw (Box–Muller), from the demo's seeded stream. */
export function gaussian(rng: Rng): number {
  const u = Math.max(rng.next(), Number.MIN_VALUE);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}
