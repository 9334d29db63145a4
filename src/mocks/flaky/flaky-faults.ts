import { createRng } from '../fleet/prng';

/** How a request fails under the `flaky` scenario: the ways real backends fail. */
export const FLAKY_FAULTS = ['500', 'timeout', 'refused', 'malformed'] as const;
export type FlakyFault = (typeof FLAKY_FAULTS)[number];

/** The share of requests that fail when `?faultRate=` does not say. */
export const DEFAULT_FAULT_RATE = 0.1;

/**
 * Whether the `occurrence`-th request for `key` (e.g. `GET /registry/models`) fails, and how.
 * A pure function of its arguments: the same seed gives the same faults on every run, and
 * keying by request rather than by arrival order keeps it so when requests race each other.
 */
export function flakyFault(
  seed: number,
  rate: number,
  key: string,
  occurrence: number,
): FlakyFault | undefined {
  const rng = createRng(seed, 'flaky', key, occurrence);
  if (!(rng.next() < rate)) return undefined;
  return rng.pick(FLAKY_FAULTS);
}

/** The fault plan of one demo backend: counts each request's occurrences and asks `flakyFault`. */
export function createFaultPlan(seed: number, rate: number): (key: string) => FlakyFault | undefined {
  const seen = new Map<string, number>();
  return (key) => {
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return flakyFault(seed, rate, key, occurrence);
  };
}

/** `?faultRate=` as a share in [0, 1]; nonsense falls back to the default rather than break the demo. */
export function parseFaultRate(text: string | null | undefined): number {
  const trimmed = text?.trim() ?? '';
  if (!/^\d*\.?\d+$/.test(trimmed)) return DEFAULT_FAULT_RATE;
  return Math.min(1, Number(trimmed));
}
